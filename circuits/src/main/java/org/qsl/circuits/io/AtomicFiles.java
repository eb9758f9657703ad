package org.qsl.circuits.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file completely or not at all: the content goes to a temporary file in the same folder,
 * which is renamed over the target only when writing succeeded.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes bytes produced by {@code body} to {@code target}. */
  public static void write(Path target, IoConsumer<OutputStream> body) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      // Not Files.createTempFile: its owner-only mode would stick to the renamed file.
      Path candidate = dir.resolve("." + target.getFileName() + "."
          + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      OutputStream stream = Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW);
      tmp = candidate;
      try (OutputStream out = stream) {
        body.accept(out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the original error matters more
        }
      }
    }
  }

  /** Writes UTF-8 text produced by {@code body} to {@code target}. */
  public static void writeText(Path target, IoConsumer<Writer> body) {
    write(target, out -> {
      Writer w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
      body.accept(w);
      w.flush();
    });
  }

  /** A consumer that may throw {@link IOException}. */
  @FunctionalInterface
  public interface IoConsumer<T> {
    /** Consumes {@code t}. */
    void accept(T t) throws IOException;
  }
}
