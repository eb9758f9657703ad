package org.qsl.circuits.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a list of fused gates into {@link Stage}s so that a state larger than the cache is read
 * and written once per stage rather than once per gate (cache blocking).
 *
 * <p>Every chunk holds the low storage bits 0 .. lowBits-1 and up to maxHighBits further bits
 * chosen per stage. A stage is filled greedily in circuit order: a gate joins if no skipped gate
 * before it shares a qubit (so dependencies are kept) and the high bits it needs still fit; a
 * skipped gate blocks its qubits for the rest of the stage. Gates on disjoint qubits may thus be
 * applied in another order than listed, which leaves the state unchanged up to rounding. The plan
 * depends only on the gates and the two sizes, never on the thread count.
 */
final class StagePlanner {
  private StagePlanner() {}

  /**
   * @param qubits n; qubit q is storage bit n-1-q
   * @param lowBits storage bits 0 .. lowBits-1 in every chunk
   * @param maxHighBits most further storage bits per chunk; at least the largest gate's arity
   *     unless lowBits = n
   */
  static List<Stage> plan(int qubits, List<FusedGate> gates, int lowBits, int maxHighBits) {
    List<Stage> stages = new ArrayList<>();
    List<FusedGate> remaining = gates;
    while (!remaining.isEmpty()) {
      long high = 0;
      boolean[] blocked = new boolean[qubits];
      List<FusedGate> taken = new ArrayList<>();
      List<FusedGate> left = new ArrayList<>();
      for (FusedGate g : remaining) {
        long needed = high | highMask(g, qubits, lowBits);
        if (!isBlocked(g, blocked) && Long.bitCount(needed) <= maxHighBits) {
          high = needed;
          taken.add(g);
        } else {
          left.add(g);
          for (int i = 0; i < g.arity(); i++) {
            blocked[g.qubit(i)] = true;
          }
        }
      }
      if (taken.isEmpty()) {
        throw new IllegalArgumentException(
            remaining.get(0) + " needs more than " + maxHighBits + " high bits");
      }
      stages.add(new Stage(qubits, lowBits, bitsOf(high), taken));
      remaining = left;
    }
    return stages;
  }

  private static long highMask(FusedGate g, int qubits, int lowBits) {
    long mask = 0;
    for (int i = 0; i < g.arity(); i++) {
      int b = qubits - 1 - g.qubit(i);
      if (b >= lowBits) {
        mask |= 1L << b;
      }
    }
    return mask;
  }

  private static boolean isBlocked(FusedGate g, boolean[] blocked) {
    for (int i = 0; i < g.arity(); i++) {
      if (blocked[g.qubit(i)]) {
        return true;
      }
    }
    return false;
  }

  private static int[] bitsOf(long mask) {
    int[] bits = new int[Long.bitCount(mask)];
    for (int i = 0, b = 0; b < 64; b++) {
      if ((mask >>> b & 1) != 0) {
        bits[i++] = b;
      }
    }
    return bits;
  }
}
