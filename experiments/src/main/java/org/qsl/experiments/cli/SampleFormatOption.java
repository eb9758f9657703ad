package org.qsl.experiments.cli;

import java.nio.file.Path;
import org.qsl.circuits.samples.SampleFiles;
import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that write sample files (a picocli mixin). */
final class SampleFormatOption {
  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text, text-spaced, npy (uint8 m x n) or npy-int64 "
          + "(default: npy for .npy files, else text)")
  String format;

  /** The format to write {@code file} in: the one given, else the one its name implies. */
  SampleFiles.Format formatFor(Path file) {
    return format == null ? SampleFiles.Format.forFile(file) : SampleFiles.Format.parse(format);
  }
}
