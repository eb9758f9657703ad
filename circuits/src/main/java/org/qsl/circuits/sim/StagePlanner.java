package org.qsl.circuits.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a list of fused gates into {@link Stage}s so that a state larger than the cache is read
 * and written once per stage rather than once per gate (cache blocking).
 *
 * <p>A chunk spans the low storage bits 0 .. lowBits-1 and up to {@code chunkBits - lowBits}
 * high bits chosen per stage. Given those high bits, a stage takes every gate it can in circuit
 * order: a gate joins if its bits are in the chunk and no earlier gate left out shares a qubit
 * with it (so each qubit's gates keep their order); a gate left out blocks its qubits for the rest
 * of the stage. Gates on disjoint qubits may thus be applied in another order than listed, which
 * leaves the state unchanged up to rounding.
 *
 * <p>High bits a stage does not need become low bits: the bits just above lowBits join the low
 * bits until the chunk spans chunkBits bits, so chunks keep their size and runs grow longer.
 *
 * <p>The high bits are chosen greedily: starting from none, each step adds the high bits of the
 * gate left out only for want of them that let the stage take the most further gates per added
 * bit, until no such gate fits. The plan depends only on the gates and the sizes, never on the
 * thread count.
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
    long[] masks = new long[gates.size()];
    for (int i = 0; i < masks.length; i++) {
      masks[i] = highMask(gates.get(i), qubits, lowBits);
    }
    List<Stage> stages = new ArrayList<>();
    List<Integer> remaining = new ArrayList<>();
    for (int i = 0; i < gates.size(); i++) {
      remaining.add(i);
    }
    while (!remaining.isEmpty()) {
      long high = chooseHighBits(gates, masks, remaining, qubits, maxHigh);
      List<FusedGate> taken = new ArrayList<>();
      List<Integer> left = new ArrayList<>();
      boolean[] in = take(gates, masks, remaining, qubits, high, null);
      for (int i = 0; i < remaining.size(); i++) {
        if (in[i]) {
          taken.add(gates.get(remaining.get(i)));
        } else {
          left.add(remaining.get(i));
        }
      }
      if (taken.isEmpty()) {
        throw new IllegalArgumentException(gates.get(remaining.get(0)) + " does not fit a chunk of "
            + chunkBits + " bits with " + lowBits + " low bits");
      }
      // a chunk always spans chunkBits bits: the ones the gates leave free extend the contiguous
      // low bits, so a stage with few high bits still works on long runs, not tiny chunks
      int low = lowBits;
      while (low < qubits && low + Long.bitCount(high >>> low) < chunkBits) {
        low++;
      }
      stages.add(new Stage(qubits, low, bitsOf(high >>> low << low), taken));
      remaining = left;
    }
    return stages;
  }

  private static long chooseHighBits(List<FusedGate> gates, long[] masks, List<Integer> remaining,
      int qubits, int maxHigh) {
    long high = 0;
    while (true) {
      List<Integer> wanting = new ArrayList<>();
      int base = count(take(gates, masks, remaining, qubits, high, wanting));
      long best = 0;
      double bestGain = 0;
      for (int i : wanting) {
        long added = masks[remaining.get(i)] & ~high;
        if (Long.bitCount(high | added) <= maxHigh) {
          int more = count(take(gates, masks, remaining, qubits, high | added, null)) - base;
          double gain = more / (double) Long.bitCount(added);
          if (gain > bestGain) {
            bestGain = gain;
            best = added;
          }
        }
      }
      if (best == 0) {
        return high;
      }
      high |= best;
    }
  }

  /**
   * Which of the remaining gates a stage with these high bits takes; adds to {@code wanting} (if
   * given) the positions of those left out only for want of high bits.
   */
  private static boolean[] take(List<FusedGate> gates, long[] masks, List<Integer> remaining,
      int qubits, long high, List<Integer> wanting) {
    boolean[] blocked = new boolean[qubits];
    boolean[] in = new boolean[remaining.size()];
    for (int i = 0; i < in.length; i++) {
      FusedGate g = gates.get(remaining.get(i));
      boolean free = true;
      for (int j = 0; j < g.arity(); j++) {
        free &= !blocked[g.qubit(j)];
      }
      in[i] = free && (masks[remaining.get(i)] & ~high) == 0;
      if (!in[i]) {
        if (free && wanting != null) {
          wanting.add(i);
        }
        for (int j = 0; j < g.arity(); j++) {
          blocked[g.qubit(j)] = true;
        }
      }
    }
    return in;
  }

  private static int count(boolean[] in) {
    int c = 0;
    for (boolean b : in) {
      c += b ? 1 : 0;
    }
    return c;
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
