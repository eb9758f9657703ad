package org.qsl.circuits.random;

import java.util.List;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;

/**
 * Random circuits in the style of Google's 2019 Sycamore experiment on a {@link Grid}: each cycle
 * is a layer of single-qubit gates from {sqrt X, sqrt Y, sqrt W} (uniform, never the same gate
 * twice in a row on a qubit) and then a two-qubit gate on every coupler of one {@link CouplerSet},
 * the sets following a pattern string; a final single-qubit layer ends the circuit. The same seed
 * gives the same circuit.
 *
 * <p>Immutable; the {@code with...} methods return a changed copy.
 */
public final class SycamoreGenerator {

  /** The coupler sequence of the 2019 supremacy experiment. */
  public static final String DEFAULT_PATTERN = "ABCDCDAB";

  private final Grid grid;
  private final String pattern;
  private final List<CouplerSet> sets;
  private final Gate twoQubitGate;

  /** A generator on {@code grid} with pattern ABCDCDAB and the Sycamore gate fSim(pi/2, pi/6). */
  public SycamoreGenerator(Grid grid) {
    this(grid, DEFAULT_PATTERN, Gates.SYCAMORE);
  }

  private SycamoreGenerator(Grid grid, String pattern, Gate twoQubitGate) {
    this.grid = grid;
    this.pattern = pattern;
    this.sets = CouplerSet.pattern(pattern);
    this.twoQubitGate = CycleCircuit.requireTwoQubit(twoQubitGate);
  }

  /**
   * This generator with another coupler pattern, letters A-D (or E-H), repeated over the cycles.
   *
   * @throws IllegalArgumentException if the pattern is empty or has another character
   */
  public SycamoreGenerator withPattern(String pattern) {
    return new SycamoreGenerator(grid, pattern, twoQubitGate);
  }

  /**
   * This generator with another two-qubit gate, e.g. {@link Gates#CZ} or any {@link Gate.FSim}.
   *
   * @throws IllegalArgumentException if the gate does not act on two qubits
   */
  public SycamoreGenerator withTwoQubitGate(Gate gate) {
    return new SycamoreGenerator(grid, pattern, gate);
  }

  /** The grid. */
  public Grid grid() {
    return grid;
  }

  /** The coupler pattern as given. */
  public String pattern() {
    return pattern;
  }

  /** The two-qubit gate. */
  public Gate twoQubitGate() {
    return twoQubitGate;
  }

  /** The coupler set of cycle {@code k} (0-based): the pattern's letter k modulo its length. */
  public CouplerSet couplerSet(int cycle) {
    return sets.get(cycle % sets.size());
  }

  /**
   * A random circuit of {@code cycles} cycles and a final single-qubit layer.
   *
   * @throws IllegalArgumentException if {@code cycles} is negative
   */
  public Circuit generate(int cycles, long seed) {
    return CycleCircuit.build(grid.qubits(), cycles, k -> grid.couplers(couplerSet(k)),
        twoQubitGate, seed);
  }
}
