package org.qsl.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.dist.ProbabilityFiles;
import org.qsl.circuits.io.QsimFormat;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;

class SimulateCommandTest {
  @TempDir
  Path dir;

  @Test
  void simulatesCircuitFilesInBothFormats() throws Exception {
    // a GHZ state on three qubits: p(000) = p(111) = 1/2
    Path qsim = Files.writeString(dir.resolve("ghz.qsim"), "3\n0 h 0\n1 cnot 0 1\n2 cnot 1 2\n");
    Path qasm = Files.writeString(dir.resolve("ghz.qasm"), "OPENQASM 2.0;\n"
        + "include \"qelib1.inc\";\nqreg q[3];\nh q[0];\ncx q[0],q[1];\ncx q[1],q[2];\n");
    double[] ghz = {.5, 0, 0, 0, 0, 0, 0, .5};
    for (Path circuit : new Path[] {qsim, qasm}) {
      Path out = dir.resolve(circuit.getFileName() + ".txt");
      assertEquals(0, Qsl.run("simulate", "--circuit", circuit.toString(), "-o", out.toString()));
      assertArrayEquals(ghz, ProbabilityFiles.read(out).toArray(), 1e-7, circuit.toString());
    }
  }

  @Test
  void simulatesTheSeededRandomCircuitAndWritesIt() throws Exception {
    Path out = dir.resolve("p.f32");
    Path circuitOut = dir.resolve("c.qsim");
    assertEquals(0, Qsl.run("simulate", "--rows", "2", "--cols", "2", "--cycles", "6",
        "--seed", "3", "-o", out.toString(), "--circuit-out", circuitOut.toString()));
    Circuit expected = new SycamoreGenerator(Grid.rectangle(2, 2)).generate(6, 3);
    assertEquals(QsimFormat.format(expected), Files.readString(circuitOut));
    assertEquals(4 * 16, Files.size(out)); // raw float32, one per outcome
    assertTrue(ProbabilityFiles.read(out).entropy() > 2, "a scrambled state has entropy");
  }

  @Test
  void everyBackendGivesTheSameProbabilities() throws Exception {
    double[][] p = new double[3][];
    String[] backends = {"cpu", "nd4j", "STRANGE"};
    for (int b = 0; b < backends.length; b++) {
      Path out = dir.resolve(b + ".txt");
      assertEquals(0, Qsl.run("simulate", "--rows", "2", "--cols", "3", "--cycles", "8",
          "--backend", backends[b], "-o", out.toString()));
      p[b] = ProbabilityFiles.read(out).toArray();
    }
    // all three work in single precision: agreement to float rounding
    assertArrayEquals(p[0], p[1], 1e-6);
    assertArrayEquals(p[0], p[2], 1e-6);
  }

  @Test
  void namesTheBackendsWhenGivenAnUnknownOne() {
    CliRun run = CliRun.qsl("simulate", "--backend", "gpu", "-o", dir.resolve("p.txt").toString());
    assertEquals(Qsl.USAGE_ERROR, run.status());
    assertTrue(run.err().contains("unknown backend 'gpu'; expected one of cpu, nd4j, strange"),
        run.err());
  }

  @Test
  void refusesBothACircuitFileAndGridOptions() {
    CliRun run = CliRun.qsl("simulate", "--rows", "2", "--circuit", "x.qsim",
        "-o", dir.resolve("p.txt").toString());
    assertEquals(Qsl.USAGE_ERROR, run.status());
    assertEquals("qsl simulate: --rows=2 cannot be combined with --circuit=x.qsim"
        + " (qsl simulate --help lists the options)", run.err().strip());
  }
}
