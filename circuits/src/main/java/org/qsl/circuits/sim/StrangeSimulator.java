package org.qsl.circuits.sim;

import org.qsl.circuits.Circuit;
import org.qsl.circuits.io.StrangeBridge;
import org.redfx.strange.Complex;
import org.redfx.strange.Program;
import org.redfx.strange.Step;
import org.redfx.strange.gate.Identity;
import org.redfx.strange.local.SimpleQuantumExecutionEnvironment;

/**
 * The reference backend: runs a circuit on Strange's simulator through {@link StrangeBridge}.
 * Strange works in single precision and is slow (about 100-400 ns per amplitude per gate; a
 * 20-qubit random circuit takes about a minute, 22 qubits did not finish in 4 minutes), so it is
 * for checking other backends on small circuits: it refuses more than {@link #MAX_QUBITS} qubits.
 *
 * <p>Strange's state index puts qubit 0 in the least significant bit; the returned state is in
 * the project's order (qubit 0 most significant), converted once here.
 */
public final class StrangeSimulator implements Simulator {

  /** The largest circuit this backend runs. */
  public static final int MAX_QUBITS = 20;

  /**
   * Heap per amplitude while Strange runs: its input and output state arrays of {@code Complex}
   * objects (a reference plus a 24-byte object each, twice) and our double-precision copy.
   */
  static final long BYTES_PER_AMPLITUDE = 2 * (8 + 24) + 16;

  /**
   * @throws IllegalArgumentException if the circuit has more than {@link #MAX_QUBITS} qubits or
   *     its state does not fit in the heap
   */
  @Override
  public StateVector run(Circuit circuit) {
    return run(StrangeBridge.toProgram(circuit));
  }

  /**
   * Runs a Strange program and returns its final state in the project's bit order.
   *
   * @throws IllegalArgumentException if the program has more than {@link #MAX_QUBITS} qubits or
   *     its state does not fit in the heap
   */
  public StateVector run(Program program) {
    int n = program.getNumberQubits();
    if (n > MAX_QUBITS) {
      throw new IllegalArgumentException("the Strange reference backend runs at most " + MAX_QUBITS
          + " qubits (it takes about 100-400 ns per amplitude per gate), got " + n
          + "; use a faster simulator");
    }
    requireHeap(n);
    if (program.getSteps().isEmpty()) {
      program = withIdentityStep(program); // Strange 0.1.3 fails on a program without steps
    }
    Complex[] strange =
        new SimpleQuantumExecutionEnvironment().runProgram(program).getProbability();
    double[] amplitudes = new double[2 * strange.length];
    for (int i = 0; i < strange.length; i++) {
      int j = Integer.reverse(i) >>> (Integer.SIZE - n);
      amplitudes[2 * j] = strange[i].r;
      amplitudes[2 * j + 1] = strange[i].i;
    }
    return new ArrayStateVector(n, amplitudes);
  }

  private static Program withIdentityStep(Program program) {
    Program copy = new Program(program.getNumberQubits(), new Step(new Identity(0)));
    double[] alphas = program.getInitialAlphas();
    for (int k = 0; k < alphas.length; k++) {
      copy.initializeQubit(k, alphas[k]);
    }
    return copy;
  }

  private static void requireHeap(int n) {
    Runtime rt = Runtime.getRuntime();
    long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    long needed = BYTES_PER_AMPLITUDE << n;
    if (needed > available) {
      throw new IllegalArgumentException("simulating " + n + " qubits with Strange needs about "
          + needed + " bytes of heap, " + available + " are available");
    }
  }
}
