package org.qsl.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.io.CircuitFiles;
import org.qsl.circuits.random.BrickworkGenerator;
import org.qsl.circuits.random.CouplerSet;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;

/**
 * Where a scan's circuits come from: seeded random circuits at any n (instance i is the
 * generator's seed i), or circuit files. Its {@link #spec()} is what result rows record and
 * {@link #parse(String)} reads back, so a row names the circuit it was trained on.
 */
public sealed interface CircuitFamily
    permits CircuitFamily.Sycamore, CircuitFamily.Brickwork, CircuitFamily.Files {

  /** The text form read by {@link #parse(String)}, e.g. {@code sycamore:14}. */
  String spec();

  /**
   * The circuit of {@code instance} at {@code qubits}.
   *
   * @throws IllegalArgumentException if the family has no such circuit
   */
  Circuit circuit(int qubits, int instance);

  /** The circuits a scan over {@code qubits} with {@code count} instances per n trains on. */
  List<CircuitInstance> instances(List<Integer> qubits, int count);

  /**
   * One circuit of a scan.
   *
   * @param qubits n
   * @param circuit the spec of the family that builds it ({@code file:PATH} for a file)
   * @param instance the instance within the family (the seed of a generated circuit)
   */
  record CircuitInstance(int qubits, String circuit, int instance) {
    /** Builds the circuit. */
    public Circuit build() {
      return parse(circuit).circuit(qubits, instance);
    }
  }

  /**
   * Reads {@code sycamore:CYCLES} or {@code sycamore:CYCLES:PATTERN} (a Sycamore-style circuit on
   * a near-square grid, see {@link Sycamore}), {@code brickwork:CYCLES}, or {@code file:PATH}
   * (a qsim file, or OpenQASM 2.0 if the name ends in .qasm).
   *
   * @throws IllegalArgumentException naming the accepted forms if {@code spec} is none of them
   */
  static CircuitFamily parse(String spec) {
    String[] parts = spec.split(":", -1);
    try {
      if (parts[0].equals("sycamore") && (parts.length == 2 || parts.length == 3)) {
        return new Sycamore(Integer.parseInt(parts[1]),
            parts.length == 3 ? parts[2] : SycamoreGenerator.DEFAULT_PATTERN);
      }
      if (parts[0].equals("brickwork") && parts.length == 2) {
        return new Brickwork(Integer.parseInt(parts[1]));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    if (parts[0].equals("file") && parts.length >= 2) {
      return new Files(List.of(Path.of(spec.substring("file:".length()))));
    }
    throw new IllegalArgumentException("unknown circuits '" + spec + "'; expected sycamore:CYCLES,"
        + " sycamore:CYCLES:PATTERN, brickwork:CYCLES or file:PATH");
  }

  /** Instances 0..count-1 of a generator at every n. */
  private static List<CircuitInstance> generated(String spec, List<Integer> qubits, int count) {
    List<CircuitInstance> all = new ArrayList<>();
    for (int n : qubits) {
      for (int i = 0; i < count; i++) {
        all.add(new CircuitInstance(n, spec, i));
      }
    }
    return all;
  }

  private static void requireCycles(int cycles) {
    if (cycles < 1) {
      throw new IllegalArgumentException("a random circuit needs at least 1 cycle, got " + cycles);
    }
  }

  /**
   * Sycamore-style random circuits ({@link SycamoreGenerator}) on the first n sites, row by
   * row, of a grid ceil(sqrt n) columns wide: 3x4 for n = 12 (the shape of the Sycamore
   * reference circuit), 2x3 for 6, and 3x3 less its last site for 8.
   *
   * @param cycles cycles per circuit
   * @param pattern the coupler pattern, e.g. ABCDCDAB
   */
  record Sycamore(int cycles, String pattern) implements CircuitFamily {
    /** @throws IllegalArgumentException if cycles is below 1 or the pattern is not A-H */
    public Sycamore {
      requireCycles(cycles);
      CouplerSet.pattern(pattern);
    }

    /** The grid the n-qubit circuits use. */
    public static Grid grid(int qubits) {
      if (qubits < 1) {
        throw new IllegalArgumentException("a circuit needs at least 1 qubit, got " + qubits);
      }
      int cols = (int) Math.ceil(Math.sqrt(qubits));
      int rows = (qubits + cols - 1) / cols;
      int[] sites = new int[qubits];
      for (int s = 0; s < qubits; s++) {
        sites[s] = s;
      }
      return Grid.sites(rows, cols, sites);
    }

    @Override
    public String spec() {
      return "sycamore:" + cycles + (pattern.equals(SycamoreGenerator.DEFAULT_PATTERN) ? ""
          : ":" + pattern);
    }

    @Override
    public Circuit circuit(int qubits, int instance) {
      return new SycamoreGenerator(grid(qubits)).withPattern(pattern).generate(cycles, instance);
    }

    @Override
    public List<CircuitInstance> instances(List<Integer> qubits, int count) {
      return generated(spec(), qubits, count);
    }
  }

  /**
   * Random brickwork circuits on a line ({@link BrickworkGenerator}).
   *
   * @param cycles cycles per circuit
   */
  record Brickwork(int cycles) implements CircuitFamily {
    /** @throws IllegalArgumentException if cycles is below 1 */
    public Brickwork {
      requireCycles(cycles);
    }

    @Override
    public String spec() {
      return "brickwork:" + cycles;
    }

    @Override
    public Circuit circuit(int qubits, int instance) {
      return new BrickworkGenerator(qubits).generate(cycles, instance);
    }

    @Override
    public List<CircuitInstance> instances(List<Integer> qubits, int count) {
      return generated(spec(), qubits, count);
    }
  }

  /**
   * Circuit files, each its own circuit at its own n: qsim format, or OpenQASM 2.0 for names
   * ending in .qasm.
   *
   * @param files the files
   */
  record Files(List<Path> files) implements CircuitFamily {
    /** Keeps a copy; @throws IllegalArgumentException if there are none */
    public Files {
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no circuit files given");
      }
      files = List.copyOf(files);
    }

    @Override
    public String spec() {
      return "file:" + files.get(0) + (files.size() > 1 ? " (+" + (files.size() - 1) + ")" : "");
    }

    /** The only instance of a file is 0 and {@code qubits} must be the file's. */
    @Override
    public Circuit circuit(int qubits, int instance) {
      if (files.size() != 1 || instance != 0) {
        throw new IllegalArgumentException("a circuit file has one instance, 0; got " + instance);
      }
      Circuit c = CircuitFiles.read(files.get(0));
      if (c.qubits() != qubits) {
        throw new IllegalArgumentException(files.get(0) + ": the circuit has " + c.qubits()
            + " qubits, not " + qubits);
      }
      return c;
    }

    /**
     * Every file whose qubit count is in {@code qubits} (any count if that list is empty), at
     * most {@code count} files per n, in the order given.
     */
    @Override
    public List<CircuitInstance> instances(List<Integer> qubits, int count) {
      List<CircuitInstance> all = new ArrayList<>();
      Map<Integer, Integer> perQubits = new HashMap<>();
      for (Path f : files) {
        int n = CircuitFiles.read(f).qubits();
        boolean wanted = qubits.isEmpty() || qubits.contains(n);
        if (wanted && perQubits.merge(n, 1, Integer::sum) <= count) {
          all.add(new CircuitInstance(n, "file:" + f, 0));
        }
      }
      all.sort(Comparator.comparingInt(CircuitInstance::qubits));
      return all;
    }
  }
}
