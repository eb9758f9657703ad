package org.qsl.experiments.bench;

import java.util.stream.IntStream;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;

/**
 * The benchmark circuits: Sycamore-pattern random circuits (ABCDCDAB, sqrt X/Y/W, fSim(pi/2,
 * pi/6)) of 20 cycles on near-square grids, the circuits of qsim's figures in the project's
 * baselines (4x6 for 24 qubits: 694 gates, 190 of them two-qubit; 4x7 for 28; 5x6 for 30).
 */
final class BenchCircuits {
  static final int CYCLES = 20;
  static final long SEED = 2019;

  private BenchCircuits() {}

  /** The grid of an n-qubit benchmark. */
  static Grid grid(int qubits) {
    switch (qubits) {
      case 10: return Grid.rectangle(2, 5);
      case 12: return Grid.rectangle(3, 4);
      case 14: return Grid.rectangle(2, 7);
      case 16: return Grid.rectangle(4, 4);
      case 18: return Grid.rectangle(3, 6);
      case 20: return Grid.rectangle(4, 5);
      case 22: return Grid.sites(4, 6, IntStream.range(0, 22).toArray());
      case 24: return Grid.rectangle(4, 6);
      case 26: return Grid.sites(5, 6, IntStream.range(0, 26).toArray());
      case 28: return Grid.rectangle(4, 7);
      case 30: return Grid.rectangle(5, 6);
      default: throw new IllegalArgumentException("no benchmark grid for " + qubits + " qubits");
    }
  }

  /** The n-qubit benchmark circuit. */
  static Circuit sycamore(int qubits) {
    return new SycamoreGenerator(grid(qubits)).generate(CYCLES, SEED);
  }
}
