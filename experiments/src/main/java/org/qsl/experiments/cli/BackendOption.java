package org.qsl.experiments.cli;

import org.qsl.circuits.sim.Backend;
import org.qsl.circuits.sim.Simulator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The {@code --backend} option of the commands that simulate circuits (a picocli mixin). */
final class BackendOption {
  @Option(names = "--backend", paramLabel = "NAME", converter = BackendOption.Parser.class,
      description = "simulator: cpu (pure Java, the default), nd4j (ND4J arrays; on the GPU in a"
          + " -Pcuda build) or strange (the slow reference, at most 20 qubits)")
  Backend backend = Backend.DEFAULT;

  /**
   * A simulator of the chosen backend.
   *
   * @throws IllegalArgumentException (one line) if the backend cannot run here
   */
  Simulator simulator() {
    return backend.create();
  }

  /** Reads a backend name in any case. */
  static final class Parser implements ITypeConverter<Backend> {
    @Override
    public Backend convert(String value) {
      return Backend.parse(value);
    }
  }
}
