package org.qsl.circuits.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a list of fused gates into {@link Stage}s so that a state larger than the cache is read
 * and written once per stage rather than once per gate (cache blocking).
 *
 * <p>A chunk spans the low storage bits 0 .. lowBits-1 and up to {@code chunkBits - lowBits}
 * high bits chosen per stage: those its gates act on. A stage is filled greedily in circuit order: a gate joins if no
 * skipped gate before it shares a qubit (so each qubit's gates keep their order) and its bits
 * still fit; a skipped gate blocks its qubits for the rest of the stage. Gates on disjoint qubits
 * may thus be applied in another order than listed, which leaves the state unchanged up to
 * rounding. The plan depends only on the gates and the sizes, never on the thread count.
 */
final class StagePlanner {
  private StagePlanner() {}

  /**
   * @param qubits n; qubit q is storage bit n-1-q
   * @param lowBits storage bits 0 .. lowBits-1, in every chunk
   * @param chunkBits storage bits per chunk, lowBits plus at least the largest gate's arity
   *     unless they are all the qubits
   */
  static List<Stage> plan(int qubits, List<FusedGate> gates, int lowBits, int chunkBits) {
    int maxHigh = chunkBits - lowBits;
    List<Stage> stages = new ArrayList<>();
    List<FusedGate> remaining = gates;
    while (!remaining.isEmpty()) {
      long targeted = 0;
      boolean[] blocked = new boolean[qubits];
      List<FusedGate> taken = new ArrayList<>();
      List<FusedGate> left = new ArrayList<>();
      for (FusedGate g : remaining) {
        long t = targeted | mask(g, qubits);
        if (!isBlocked(g, blocked) && Long.bitCount(t >>> lowBits) <= maxHigh) {
          targeted = t;
          taken.add(g);
        } else {
          left.add(g);
          for (int i = 0; i < g.arity(); i++) {
            blocked[g.qubit(i)] = true;
          }
        }
      }
      if (taken.isEmpty()) {
        throw new IllegalArgumentException(remaining.get(0) + " does not fit a chunk of "
            + chunkBits + " bits");
      }
      stages.add(new Stage(qubits, lowBits, bitsOf(targeted >>> lowBits << lowBits), taken));
      remaining = left;
    }
    return stages;
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

  private static long mask(FusedGate g, int qubits) {
    long mask = 0;
    for (int i = 0; i < g.arity(); i++) {
      mask |= 1L << (qubits - 1 - g.qubit(i));
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
}
