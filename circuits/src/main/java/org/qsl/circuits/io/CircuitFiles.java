package org.qsl.circuits.io;

import java.nio.file.Path;
import java.util.Locale;
import org.qsl.circuits.Circuit;

/** Reads a circuit file in whichever format its name says. */
public final class CircuitFiles {
  private CircuitFiles() {}

  /**
   * The circuit in {@code file}: OpenQASM 2.0 if the name ends in {@code .qasm} (any case),
   * otherwise qsim's text format.
   *
   * @throws InputFormatException naming file:line:column if the content is malformed
   */
  public static Circuit read(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qasm")
        ? OpenQasm.read(file) : QsimFormat.read(file);
  }
}
