package org.qsl.circuits.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.io.InputFormatException;

class ProbabilityFilesTest {
  @TempDir
  Path dir;

  private static Path resource(String name) throws Exception {
    return Path.of(ProbabilityFilesTest.class.getResource(name).toURI());
  }

  private String message(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return assertThrows(InputFormatException.class, () -> ProbabilityFiles.read(file))
        .getMessage();
  }

  @Test
  void readsTheTwelveQubitDistributionNormalised() throws Exception {
    Distribution p = ProbabilityFiles.read(resource("/reference/q12c0.txt"));
    assertEquals(12, p.qubits());
    List<String> lines = Files.readAllLines(resource("/reference/q12c0.txt"));
    double sum = lines.stream().mapToDouble(Double::parseDouble).sum();
    assertEquals(1.0000024, sum, 1e-7); // as published: normalise before use
    assertEquals(Double.parseDouble(lines.get(17)) / sum, p.probability(17), 1e-18);
    // shared/reference/README.md: maximum 2.6205e-3 at 2625 (101001000001), minimum at 1403
    Distribution.Outcome top = p.top(1).get(0);
    assertEquals(2625, top.bitstring());
    assertEquals(2.6205e-3, top.probability(), 0.5e-7);
    // each of the 4096 divisions rounds by at most half an ulp
    assertEquals(1, p.totalStored(), 4096 * 0x1.0p-53);
  }

  @Test
  void readsTheRawFloat32FileNumpyWrites() throws Exception {
    // formats/q12c0.f32 = np.loadtxt('q12c0.txt').astype(np.float32).tofile(...)
    Distribution text = ProbabilityFiles.read(resource("/reference/q12c0.txt"));
    Distribution raw = ProbabilityFiles.read(resource("/formats/q12c0.f32"));
    for (long x = 0; x < 4096; x++) {
      assertEquals(text.probability(x), raw.probability(x), 1e-7 * text.probability(x));
    }
  }

  @Test
  void float32IsLittleEndian() throws Exception {
    Path file = dir.resolve("p.bin");
    // 0.25f = 0x3E800000, 0.75f = 0x3F400000
    Files.write(file, new byte[] {0, 0, (byte) 0x80, 0x3E, 0, 0, 0x40, 0x3F});
    assertArrayEquals(new double[] {.25, .75}, ProbabilityFiles.read(file).toArray(), 0);
    Distribution p = Distribution.of(.25, .75);
    Path out = dir.resolve("out.f32");
    ProbabilityFiles.write(p, out);
    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(out));
  }

  @Test
  void textRoundTripsExactly() throws Exception {
    java.util.SplittableRandom r = new java.util.SplittableRandom(1);
    double[] v = new double[1 << 15];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.nextDouble();
    }
    for (Precision precision : Precision.values()) {
      Distribution p = Distribution.of(precision, v);
      Path file = dir.resolve("p.txt");
      ProbabilityFiles.write(p, file);
      Distribution back = ProbabilityFiles.read(file, precision, (d, t) -> {});
      assertEquals(precision, back.precision());
      // the stored values sum to 1 up to rounding, so reading renormalises by ~1 ulp at most
      assertArrayEquals(p.toArray(), back.toArray(), precision == Precision.DOUBLE ? 1e-19 : 1e-12);
    }
  }

  @Test
  void badFilesNameTheLineAndProblem() throws Exception {
    String file = dir.resolve("bad1.txt").toString();
    assertEquals(file + ":3:1: expected a probability (a number >= 0), found '0.1x'",
        message("bad1.txt", "0.1\n0.2\n0.1x\n0.3\n"));
    file = dir.resolve("bad2.txt").toString();
    assertEquals(file + ":2:1: expected a probability (a finite number >= 0), found -0.2",
        message("bad2.txt", "0.1\n-0.2\n"));
    file = dir.resolve("bad3.txt").toString();
    assertEquals(file + ": found 3 probabilities (non-blank lines); expected 2^n probabilities "
        + "for some n >= 1", message("bad3.txt", "0.1\n0.2\n\n0.3\n\n"));
    file = dir.resolve("bad4.txt").toString();
    assertEquals(file + ":2:1: expected a probability (a finite number >= 0), found NaN",
        message("bad4.txt", "0.1\nNaN\n"));
    file = dir.resolve("bad.bin").toString();
    assertEquals(file + ": found 6 bytes (expected 4 * 2^n: raw little-endian float32, one per "
        + "outcome); expected 2^n probabilities for some n >= 1", message("bad.bin", "abcdef"));
    assertEquals("the probabilities sum to 0.0; expected a positive finite sum",
        assertThrows(IllegalArgumentException.class,
            () -> ProbabilityFiles.read(Files.writeString(dir.resolve("z.txt"), "0\n0\n")))
            .getMessage());
  }
}
