package org.qsl.circuits.sim;

import java.util.Arrays;
import org.qsl.circuits.Operation;
import org.qsl.circuits.Unitary;

/**
 * A unitary on a few qubits that stands for one or more consecutive gates of a circuit, as made by
 * {@link GateFuser}. As for {@link Operation}, the first qubit is the most significant bit of the
 * matrix index.
 */
public final class FusedGate {
  private final int[] qubits;
  private final Unitary matrix;
  private final int gateCount;

  /**
   * @param qubits the distinct qubits, in the order of the matrix's basis (first = most significant)
   * @param matrix a 2^k square unitary for k = qubits.length
   * @param gateCount how many circuit gates this one stands for
   */
  public FusedGate(int[] qubits, Unitary matrix, int gateCount) {
    if (matrix.qubits() != qubits.length) {
      throw new IllegalArgumentException(
          "a " + matrix.dimension() + "x" + matrix.dimension() + " matrix on "
              + Arrays.toString(qubits));
    }
    this.qubits = qubits.clone();
    this.matrix = matrix;
    this.gateCount = gateCount;
  }

  /** The gate of one operation. */
  public static FusedGate of(Operation op) {
    return new FusedGate(op.qubits(), op.gate().unitary(), 1);
  }

  /** The qubits, in the order of the matrix's basis (a copy). */
  public int[] qubits() {
    return qubits.clone();
  }

  /** The i-th qubit. */
  public int qubit(int i) {
    return qubits[i];
  }

  /** Number of qubits k. */
  public int arity() {
    return qubits.length;
  }

  /** The 2^k square unitary. */
  public Unitary matrix() {
    return matrix;
  }

  /** How many gates of the circuit were merged into this one. */
  public int gateCount() {
    return gateCount;
  }

  /** True when this gate acts on qubit q. */
  public boolean actsOn(int q) {
    for (int x : qubits) {
      if (x == q) {
        return true;
      }
    }
    return false;
  }

  /**
   * This gate followed by {@code next}, as one gate on the union of their qubits: this gate's
   * qubits first, then those of {@code next} that are new.
   */
  public FusedGate then(FusedGate next) {
    int[] union = Arrays.copyOf(qubits, qubits.length + next.qubits.length);
    int size = qubits.length;
    for (int q : next.qubits) {
      if (!actsOn(q)) {
        union[size++] = q;
      }
    }
    union = Arrays.copyOf(union, size);
    Unitary product = next.embedIn(union).times(embedIn(union));
    return new FusedGate(union, product, gateCount + next.gateCount);
  }

  /**
   * This gate's matrix on a larger qubit list that contains all its qubits: the identity on the
   * others.
   */
  Unitary embedIn(int[] target) {
    int k = target.length;
    if (k == qubits.length && Arrays.equals(target, qubits)) {
      return matrix;
    }
    // bit of the target index (counted from the least significant) holding each of our qubits
    int[] bitOf = new int[qubits.length];
    int ownMask = 0;
    for (int i = 0; i < qubits.length; i++) {
      int pos = Stage.indexOf(target, qubits[i]);
      if (pos < 0) {
        throw new IllegalArgumentException(
            "qubit " + qubits[i] + " is not in " + Arrays.toString(target));
      }
      bitOf[i] = k - 1 - pos;
      ownMask |= 1 << bitOf[i];
    }
    int d = 1 << k;
    double[] out = new double[2 * d * d];
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        if ((r & ~ownMask) != (c & ~ownMask)) {
          continue;
        }
        int sr = extract(r, bitOf);
        int sc = extract(c, bitOf);
        out[2 * (r * d + c)] = matrix.re(sr, sc);
        out[2 * (r * d + c) + 1] = matrix.im(sr, sc);
      }
    }
    return Unitary.of(out);
  }

  /** The index of our own matrix made of the bits {@code bitOf} of a larger index. */
  private static int extract(int index, int[] bitOf) {
    int s = 0;
    for (int b : bitOf) {
      s = (s << 1) | ((index >>> b) & 1);
    }
    return s;
  }

  @Override
  public String toString() {
    return "FusedGate" + Arrays.toString(qubits) + " of " + gateCount + " gate(s)";
  }
}
