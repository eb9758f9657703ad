package org.qsl.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportCommandTest {
  @TempDir
  Path dir;

  /** A JMH result in the shape of -rf json, with only the fields the report reads. */
  private static String result(String benchmark, String params, String unit, String raw) {
    return "{\"benchmark\": \"org.qsl.experiments.bench." + benchmark + "\", \"mode\": \"avgt\","
        + " \"params\": {" + params + "}, \"primaryMetric\": {\"score\": 0, \"scoreUnit\": \""
        + unit + "\", \"rawData\": " + raw + "}}";
  }

  @Test
  void tabulatesMediansInSecondsWithRatiosToTheBaselineAndDrawsCharts() throws Exception {
    Path json = Files.writeString(dir.resolve("r.json"), "[\n"
        + result("CpuScalingBenchmark.simulate", "\"qubits\": \"10\"", "ms/op",
            "[[2.0, 4.0], [3.0]]") + ",\n"
        + result("CpuScalingBenchmark.simulate", "\"qubits\": \"12\"", "s/op",
            "[[0.1], [0.7]]")
        + ",\n"
        + result("StrangeScalingBenchmark.simulate", "\"qubits\": \"10\"", "s/op",
            "[[3.0, 3.3, 2.7]]") + ",\n"
        + result("LearnerTrainingBenchmark.train", "\"learner\": \"product\", \"qubits\": \"20\"",
            "ops/ms", "[[5.0, 6.0, 7.0]]") + "\n]");
    // a re-run of one size replaces that point
    Path rerun = Files.writeString(dir.resolve("rerun.json"), "["
        + result("CpuScalingBenchmark.simulate", "\"qubits\": \"12\"", "s/op", "[[0.6]]")
        + "]");
    Path out = dir.resolve("report");
    CliRun run = CliRun.qsl("bench-report", json.toString(), rerun.toString(), "-o",
        out.toString(), "--baseline", "CpuScaling");
    assertEquals(0, run.status(), run.err());
    String table = Files.readString(out.resolve(BenchReportCommand.TABLE));
    // medians: 3 ms = 0.003 s over two forks; 0.6 s from the re-run; 3.0 s; 6 ops/ms = 6000 ops/s
    assertTrue(table.contains("| series | qubits=10 | qubits=12 |"), table);
    assertTrue(table.contains("| CpuScaling | 0.003 | 0.6 |"), table);
    assertTrue(table.contains("| StrangeScaling | 3 | — |"), table);
    assertTrue(table.contains("| StrangeScaling / CpuScaling | 1000 | — |"), table);
    assertTrue(table.contains("**train, ops/s** (median)"), table);
    assertTrue(table.contains("| LearnerTraining learner=product | 6000 |"), table);
    assertTrue(run.out().contains(table));
    assertTrue(Files.size(out.resolve("bench-simulate-s-op.png")) > 0);
    assertTrue(Files.size(out.resolve("bench-train-ops-s.svg")) > 0);
  }

  @Test
  void refusesAFileThatIsNotJmhOutputInOneLine() throws Exception {
    Path json = Files.writeString(dir.resolve("r.json"), "{\"benchmark\": 1}");
    CliRun run = CliRun.qsl("bench-report", json.toString(), "-o", dir.toString());
    assertEquals(Qsl.USAGE_ERROR, run.status());
    assertEquals("qsl bench-report: " + json + ":1:1: expected a JSON array of JMH results"
        + " (java -jar ... -rf json)", run.err().strip());
    Path broken = Files.writeString(dir.resolve("b.json"), "[\n{\"benchmark\": ");
    run = CliRun.qsl("bench-report", broken.toString(), "-o", dir.toString());
    assertEquals(Qsl.USAGE_ERROR, run.status());
    assertTrue(run.err().startsWith("qsl bench-report: " + broken + ":2:"), run.err());
  }
}
