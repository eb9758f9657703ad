package org.qsl.circuits.dist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.qsl.circuits.ProgressListener;
import org.qsl.circuits.io.AtomicFiles;
import org.qsl.circuits.io.InputFormatException;

/**
 * Files of 2^n probabilities, entry j for the bitstring with integer value j (qubit 0 the most
 * significant bit), in two formats:
 *
 * <ul>
 *   <li>text: one number per line, like the paper's {@code q12c0.txt} (blank lines are ignored);
 *       written with the shortest decimal that reads back to the stored value;
 *   <li>raw float32: 4 bytes per entry, little-endian, no header (the paper's code's other
 *       format, {@code np.frombuffer(..., dtype=np.float32)}); chosen by the extension
 *       {@code .bin} or {@code .f32}.
 * </ul>
 *
 * Reading normalises (the published {@code q12c0.txt} sums to 1.0000024) and streams: the file is
 * never held in memory beside the distribution. Writing is atomic.
 */
public final class ProbabilityFiles {
  private static final int IO_BUFFER = 1 << 16;

  private ProbabilityFiles() {}

  /** Whether {@code file} is read and written as raw float32 (by its extension). */
  public static boolean isFloat32(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".bin") || name.endsWith(".f32");
  }

  /** Reads {@code file} in the format its extension names, in the default precision. */
  public static Distribution read(Path file) {
    return read(file, null, ProgressListener.NONE);
  }

  /**
   * Reads {@code file} in the format its extension names.
   *
   * @param precision the storage precision, or null for the default for its size
   * @throws InputFormatException naming the file, line and problem for bad content
   */
  public static Distribution read(Path file, Precision precision, ProgressListener progress) {
    try {
      return isFloat32(file) ? readFloat32(file, precision, progress)
          : readText(file, precision, progress);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code p} to {@code file} in the format its extension names, atomically. */
  public static void write(Distribution p, Path file) {
    write(p, file, ProgressListener.NONE);
  }

  /** Writes {@code p} to {@code file} in the format its extension names, atomically. */
  public static void write(Distribution p, Path file, ProgressListener progress) {
    if (isFloat32(file)) {
      writeFloat32(p, file, progress);
    } else {
      writeText(p, file, progress);
    }
  }

  private static Distribution readText(Path file, Precision precision, ProgressListener progress)
      throws IOException {
    long count = countNonBlankLines(file);
    int n = qubitsFor(file, count, count + " probabilities (non-blank lines)");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int[] line = {0};
      return Distribution.load(n, precisionOr(precision, n), Store.MAX_CHUNK_BITS,
          (from, out, off, len) -> {
            for (int i = 0; i < len; i++) {
              out[off + i] = nextProbability(in, file, line);
            }
          }, false, progress);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static double nextProbability(BufferedReader in, Path file, int[] line) {
    try {
      String s;
      do {
        s = in.readLine();
        line[0]++;
        if (s == null) {
          throw new InputFormatException(file.toString(), line[0], 0,
              "the file ended early; was it changed while being read?");
        }
        s = s.strip();
      } while (s.isEmpty());
      double v;
      try {
        v = Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw new InputFormatException(file.toString(), line[0], 1,
            "expected a probability (a number >= 0), found '" + abbreviate(s) + "'");
      }
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new InputFormatException(file.toString(), line[0], 1,
            "expected a probability (a finite number >= 0), found " + s);
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long countNonBlankLines(Path file) throws IOException {
    long count = 0;
    boolean content = false;
    byte[] buf = new byte[IO_BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
        for (int i = 0; i < r; i++) {
          byte b = buf[i];
          if (b == '\n') {
            count += content ? 1 : 0;
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            content = true;
          }
        }
      }
    }
    return count + (content ? 1 : 0);
  }

  private static Distribution readFloat32(Path file, Precision precision,
      ProgressListener progress) throws IOException {
    long size = Files.size(file);
    int n = qubitsFor(file, size % 4 == 0 ? size / 4 : 0,
        size + " bytes (expected 4 * 2^n: raw little-endian float32, one per outcome)");
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer bytes = ByteBuffer.allocate(IO_BUFFER).order(ByteOrder.LITTLE_ENDIAN);
      bytes.flip();
      return Distribution.load(n, precisionOr(precision, n), Store.MAX_CHUNK_BITS,
          (from, out, off, len) -> {
            for (int i = 0; i < len; i++) {
              if (!bytes.hasRemaining()) {
                refill(in, bytes, file);
              }
              double v = bytes.getFloat();
              if (!(v >= 0) || Double.isInfinite(v)) {
                long entry = from + i;
                throw new InputFormatException(file.toString(), 0, 0, "entry " + entry
                    + " (byte " + 4 * entry + ") is " + v + "; expected a probability >= 0");
              }
              out[off + i] = v;
            }
          }, false, progress);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void refill(FileChannel in, ByteBuffer bytes, Path file) {
    try {
      bytes.clear();
      while (bytes.position() < 4 && in.read(bytes) >= 0) {
        // read until at least one float is there
      }
      bytes.flip();
      if (bytes.remaining() < 4) {
        throw new InputFormatException(file.toString(), 0, 0,
            "the file ended early; was it changed while being read?");
      }
      bytes.limit(bytes.limit() - bytes.limit() % 4);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeText(Distribution p, Path file, ProgressListener progress) {
    boolean single = p.precision() == Precision.FLOAT;
    AtomicFiles.writeText(file, w -> forEachBlock(p, progress, (values, len) -> {
      for (int i = 0; i < len; i++) {
        w.write(single ? Float.toString((float) values[i]) : Double.toString(values[i]));
        w.write('\n');
      }
    }));
  }

  private static void writeFloat32(Distribution p, Path file, ProgressListener progress) {
    AtomicFiles.write(file, out -> {
      ByteBuffer bytes = ByteBuffer.allocate(4 << Distribution.BLOCK_BITS)
          .order(ByteOrder.LITTLE_ENDIAN);
      forEachBlock(p, progress, (values, len) -> {
        bytes.clear();
        for (int i = 0; i < len; i++) {
          bytes.putFloat((float) values[i]);
        }
        out.write(bytes.array(), 0, bytes.position());
      });
    });
  }

  @FunctionalInterface
  private interface BlockWriter {
    void write(double[] values, int len) throws IOException;
  }

  private static void forEachBlock(Distribution p, ProgressListener progress, BlockWriter writer)
      throws IOException {
    double[] values = new double[p.blockSize()];
    long blocks = p.dimension() / values.length;
    for (long b = 0; b < blocks; b++) {
      p.store().copyTo(b * values.length, values, 0, values.length);
      writer.write(values, values.length);
      progress.progress(b + 1, blocks);
    }
  }

  private static int qubitsFor(Path file, long count, String found) {
    if (count < 2 || Long.bitCount(count) != 1) {
      throw new InputFormatException(file.toString(), 0, 0,
          "found " + found + "; expected 2^n probabilities for some n >= 1");
    }
    int n = Long.numberOfTrailingZeros(count);
    if (n > Distribution.MAX_QUBITS) {
      throw new InputFormatException(file.toString(), 0, 0, "found " + found
          + "; at most 2^" + Distribution.MAX_QUBITS + " are supported");
    }
    return n;
  }

  private static Precision precisionOr(Precision precision, int n) {
    return precision != null ? precision : Precision.defaultFor(n);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
