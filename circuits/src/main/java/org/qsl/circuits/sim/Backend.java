package org.qsl.circuits.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The simulators a user can choose, by name ({@code --backend} on the command line). */
public enum Backend {
  /** {@link CpuSimulator}: pure Java, the fastest on a CPU; the default. */
  CPU {
    @Override
    public Simulator create() {
      return CpuSimulator.create();
    }
  },
  /** {@link Nd4jSimulator}: ND4J arrays, on an NVIDIA GPU in a {@code -Pcuda} build. */
  ND4J {
    @Override
    public Simulator create() {
      try {
        Class.forName("org.nd4j.linalg.factory.Nd4j", false, Backend.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException("the nd4j backend needs ND4J on the class path"
            + " (org.nd4j:nd4j-api and a backend such as nd4j-native)");
      }
      Nd4jSimulator.requireBackend();
      return Nd4jSimulator.create();
    }
  },
  /** {@link StrangeSimulator}: the slow reference backend, at most 20 qubits. */
  STRANGE {
    @Override
    public Simulator create() {
      return new StrangeSimulator();
    }
  };

  /** The backend used when none is chosen. */
  public static final Backend DEFAULT = CPU;

  /**
   * A simulator of this backend with its defaults.
   *
   * @throws IllegalArgumentException (in one line) if the backend cannot run here, such as a
   *     CUDA build of ND4J without a usable GPU
   */
  public abstract Simulator create();

  /** The name on the command line: cpu, nd4j or strange. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The backend named {@code id} (any case).
   *
   * @throws IllegalArgumentException naming the backends when there is none of that name
   */
  public static Backend parse(String id) {
    for (Backend b : values()) {
      if (b.id().equalsIgnoreCase(id.trim())) {
        return b;
      }
    }
    throw new IllegalArgumentException("unknown backend '" + id + "'; expected one of "
        + Arrays.stream(values()).map(Backend::id).collect(Collectors.joining(", ")));
  }
}
