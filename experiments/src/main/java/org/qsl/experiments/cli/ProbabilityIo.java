package org.qsl.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.Precision;
import org.qsl.circuits.dist.ProbabilityFiles;

/** Reading and writing probabilities files on the command line, with progress. */
final class ProbabilityIo {
  private ProbabilityIo() {}

  /** Reads {@code file} in the default precision for its size. */
  static Distribution read(Path file, PrintWriter err) {
    try (ConsoleProgress progress = ConsoleProgress.start("reading " + file.getFileName(), -1,
        err)) {
      return ProbabilityFiles.read(file, (Precision) null, progress);
    }
  }

  /** Writes {@code p} to {@code file}, atomically. */
  static void write(Distribution p, Path file, PrintWriter err) {
    try (ConsoleProgress progress = ConsoleProgress.start("writing " + file.getFileName(), -1,
        err)) {
      ProbabilityFiles.write(p, file, progress);
    }
  }
}
