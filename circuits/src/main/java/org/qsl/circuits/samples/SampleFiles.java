package org.qsl.circuits.samples;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.qsl.circuits.io.AtomicFiles;

/**
 * Reads and writes sample-set files. A name ending in {@code .npy} is a NumPy file; anything else
 * is text. Writes are atomic; reads stream.
 */
public final class SampleFiles {
  private SampleFiles() {}

  /** The file formats of a sample set. */
  public enum Format {
    /** One 0/1 string per line, qubit 0 leftmost: {@code 0110}. */
    TEXT,
    /** One sample per line, bits separated by spaces: {@code 0 1 1 0}. */
    TEXT_SPACED,
    /** NumPy uint8 matrix, m rows of n bits. */
    NPY,
    /** NumPy int64 vector of the samples' integer values (qubit 0 most significant). */
    NPY_INT64;

    /** The name used on the command line: text, text-spaced, npy, npy-int64. */
    public String cliName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The format named {@code name} ({@link #cliName()}). */
    public static Format parse(String name) {
      for (Format f : values()) {
        if (f.cliName().equals(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException(
          "unknown sample format '" + name + "'; expected text, text-spaced, npy or npy-int64");
    }

    /** The default for a file name: {@link #NPY} for {@code .npy}, else {@link #TEXT}. */
    public static Format forFile(Path file) {
      return isNpy(file) ? NPY : TEXT;
    }
  }

  private static boolean isNpy(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
  }

  /** Reads a file whose samples state their bit count (text, or a .npy matrix). */
  public static SampleSet read(Path file) {
    return read(file, 0);
  }

  /**
   * Reads samples of {@code qubits} bits ({@code 0}: as found in the file; a .npy vector of
   * integers needs it).
   *
   * @throws org.qsl.circuits.io.InputFormatException naming the file, line and problem
   */
  public static SampleSet read(Path file, int qubits) {
    try {
      if (isNpy(file)) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
          return NpyFormat.read(in, file.toString(), Files.size(file), qubits);
        }
      }
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return SampleTextFormat.read(in, file.toString(), qubits);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code samples} to {@code file} in {@code format}, atomically.
   *
   * @throws IllegalArgumentException if the format and the file name disagree about .npy
   */
  public static void write(SampleSet samples, Path file, Format format) {
    boolean npy = format == Format.NPY || format == Format.NPY_INT64;
    if (npy != isNpy(file)) {
      throw new IllegalArgumentException("format " + format.cliName() + " and file name " + file
          + " disagree: NumPy files end in .npy, text files do not");
    }
    if (npy) {
      AtomicFiles.write(file, out -> {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        NpyFormat.write(samples, buffered, format == Format.NPY_INT64);
        buffered.flush();
      });
    } else {
      AtomicFiles.writeText(file,
          w -> SampleTextFormat.write(samples, w, format == Format.TEXT_SPACED));
    }
  }
}
