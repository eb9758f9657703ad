package org.qsl.circuits.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.io.InputFormatException;
import org.qsl.circuits.samples.SampleFiles.Format;

class SampleFilesTest {
  /** The fixtures' samples (formats/make_fixtures.py): 00101 11111 10000. */
  private static final SampleSet FIXTURE = SampleSet.of(5, 0b00101, 0b11111, 0b10000);

  @TempDir
  Path dir;

  private static Path resource(String name) throws Exception {
    return Path.of(SampleFilesTest.class.getResource(name).toURI());
  }

  private Path text(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static String message(Path file, int qubits) {
    return assertThrows(InputFormatException.class, () -> SampleFiles.read(file, qubits))
        .getMessage();
  }

  @Test
  void readsTheHardwareBitstringsQubitZeroLeftmost() throws Exception {
    SampleSet s = SampleFiles.read(resource("/reference/experimental_samples_q12c0d14_test.txt"));
    assertEquals(12, s.qubits());
    assertEquals(100, s.size());
    String first = Files.readAllLines(
        resource("/reference/experimental_samples_q12c0d14_test.txt")).get(0);
    assertEquals(Long.parseLong(first, 2), s.get(0));
    assertEquals(first, s.format(s.get(0)));
  }

  @Test
  void readsTheSpacedFilesThePapersCodeWrites() throws Exception {
    // its save_data writes each bit followed by a space, then "\n " after every row
    Path file = text("spaced.txt", "0 0 1 0 1 \n 1 1 1 1 1 \n 1 0 0 0 0 \n ");
    assertEquals(FIXTURE, SampleFiles.read(file));
    assertEquals(FIXTURE, SampleFiles.read(text("crlf.txt", "00101\r\n11111\r\n\r\n10000\r\n")));
  }

  @Test
  void badLinesNameTheFileLineAndProblem() throws Exception {
    Path shortLine = text("short.txt", "00101\n1111\n");
    assertEquals(shortLine + ":2:1: expected 5 bits (as on line 1), found 4",
        message(shortLine, 0));
    Path other = text("other.txt", "00101\n11x11\n");
    assertEquals(other + ":2:3: expected 0 or 1, found 'x'", message(other, 0));
    Path mismatch = text("n.txt", "00101\n");
    assertEquals(mismatch + ":1:1: expected 6 bits (the qubit count given), found 5",
        message(mismatch, 6));
    Path mixed = text("mixed.txt", "0 01 1\n");
    assertEquals(mixed + ":1:4: expected a space between bits (this line separates them), "
        + "found '1'", message(mixed, 0));
    Path empty = text("empty.txt", "\n \n");
    assertEquals(empty + ": no samples found; expected one 0/1 string per line",
        message(empty, 0));
  }

  @Test
  void everyFormatRoundTrips() {
    SampleSet s = SampleSet.of(13, 0, 1, 8191, 4096, 1234, 1234);
    for (Format f : Format.values()) {
      Path file = dir.resolve("s." + (f == Format.NPY || f == Format.NPY_INT64 ? "npy" : "txt"));
      SampleFiles.write(s, file, f);
      assertEquals(s, SampleFiles.read(file, 13), f.cliName());
    }
  }

  @Test
  void writesTheBytesNumpyWrites() throws Exception {
    Path bits = dir.resolve("bits.npy");
    SampleFiles.write(FIXTURE, bits, Format.NPY);
    assertArrayEquals(Files.readAllBytes(resource("/formats/bits_u1.npy")),
        Files.readAllBytes(bits));
    Path values = dir.resolve("values.npy");
    SampleFiles.write(FIXTURE, values, Format.NPY_INT64);
    assertArrayEquals(Files.readAllBytes(resource("/formats/values_i8.npy")),
        Files.readAllBytes(values));
  }

  @Test
  void readsTheArraysNumpyMakes() throws Exception {
    for (String name : new String[] {"bits_u1", "bits_i8", "bits_bool"}) {
      assertEquals(FIXTURE, SampleFiles.read(resource("/formats/" + name + ".npy")), name);
    }
    for (String name : new String[] {"values_i8", "values_u4"}) {
      assertEquals(FIXTURE, SampleFiles.read(resource("/formats/" + name + ".npy"), 5), name);
    }
  }

  @Test
  void npyProblemsSayWhatWasFound() throws Exception {
    Path floats = resource("/formats/floats.npy");
    assertEquals(floats + ": element type '<f8' is not supported; expected little-endian "
        + "integers ('|u1', '<i8', ...) or bool ('|b1')", message(floats, 0));
    Path fortran = resource("/formats/fortran.npy");
    assertEquals(fortran + ": 'fortran_order': True is not supported; save a C-ordered array "
        + "(np.ascontiguousarray)", message(fortran, 0));
    Path cube = resource("/formats/cube.npy");
    assertEquals(cube + ": shape (2, 2, 2) has 3 dimensions; expected (m, n) bits or (m,) "
        + "integers", message(cube, 0));
    Path notBits = resource("/formats/not_bits.npy");
    assertEquals(notBits + ": element [0, 2] is 2; expected 0 or 1", message(notBits, 0));
    Path bigEndian = resource("/formats/big_endian.npy");
    assertEquals(bigEndian + ": element type '>i8' is not supported; expected little-endian "
        + "integers ('|u1', '<i8', ...) or bool ('|b1')", message(bigEndian, 0));
    Path values = resource("/formats/values_i8.npy");
    assertEquals(values + ": a vector of integers (shape (3,)) does not say how many bits the "
        + "samples have; give the qubit count", message(values, 0));
    assertEquals(values + ": element 1 is 31; expected 0..15 (4 bits)", message(values, 4));
    Path notNpy = text("text.npy", "00101\n");
    assertEquals(notNpy + ": not a .npy file: it starts with '00101\\x0a', not \\x93NUMPY",
        message(notNpy, 0));
    byte[] cut = Files.readAllBytes(resource("/formats/bits_u1.npy"));
    Path truncated = dir.resolve("cut.npy");
    Files.write(truncated, java.util.Arrays.copyOf(cut, cut.length - 1));
    assertEquals(truncated + ": holds 14 data bytes after the header; shape (3, 5) of '|u1' "
        + "needs 15", message(truncated, 0));
  }

  @Test
  void formatAndFileNameMustAgree() {
    assertThrows(IllegalArgumentException.class,
        () -> SampleFiles.write(FIXTURE, dir.resolve("s.txt"), Format.NPY));
    assertThrows(IllegalArgumentException.class,
        () -> SampleFiles.write(FIXTURE, dir.resolve("s.npy"), Format.TEXT));
    assertEquals(Format.NPY_INT64, Format.parse("npy-int64"));
    assertThrows(IllegalArgumentException.class, () -> Format.parse("csv"));
  }

  @Test
  void histogramAndSplit() {
    SampleSet s = SampleSet.of(3, 5, 1, 5, 7, 1, 5);
    Histogram h = s.histogram();
    assertEquals(3, h.size());
    assertEquals(6, h.total());
    assertArrayEquals(new long[] {1, 5, 7}, new long[] {h.bitstring(0), h.bitstring(1),
        h.bitstring(2)});
    assertEquals(3, h.countOf(5));
    assertEquals(0, h.countOf(0));
    SampleSet.Split split = s.split(0.5, 4);
    assertEquals(3, split.train().size());
    assertEquals(3, split.test().size());
    long[] joined = java.util.stream.LongStream.concat(
        java.util.Arrays.stream(split.train().toArray()),
        java.util.Arrays.stream(split.test().toArray())).sorted().toArray();
    assertArrayEquals(new long[] {1, 1, 5, 5, 5, 7}, joined);
    assertEquals(split, s.split(0.5, 4));
  }
}
