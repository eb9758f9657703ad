package org.qsl.circuits.dist;

import static org.qsl.circuits.dist.GuideTable.atMost;

/**
 * The last step of inversion sampling: the outcome inside a group of 2, 4, 8 or 16 consecutive
 * probabilities whose cumulative interval holds a level, counted without branches.
 *
 * <p>The cumulative sum inside a group is defined so that it never decreases and an outcome of
 * probability 0 has an empty interval: offsets w_1 = v_0, w_2 = v_0 + v_1, w_3 = w_2 + v_2,
 * w_4 = w_2 + (v_2 + v_3), ... (each even offset adds a pair sum to the previous even offset,
 * each odd one adds one value to it; a group of 16 first picks its half by the sum of the first
 * eight). The outcome is how many offsets are at or below the level. A level that rounding left
 * at or above the group's sum gives the last outcome of the group with probability &gt; 0.
 */
final class GroupSearch {
  private GroupSearch() {}

  /** The sum of {@code v[from..from+size-1]} as a balanced tree ({@code size} 1, 2, 4, 8, 16). */
  static double sum(double[] v, int from, int size) {
    switch (size) {
      case 16:
        return sum8(v, from) + sum8(v, from + 8);
      case 8:
        return sum8(v, from);
      case 4:
        return (v[from] + v[from + 1]) + (v[from + 2] + v[from + 3]);
      case 2:
        return v[from] + v[from + 1];
      default:
        return v[from];
    }
  }

  private static double sum8(double[] v, int from) {
    return ((v[from] + v[from + 1]) + (v[from + 2] + v[from + 3]))
        + ((v[from + 4] + v[from + 5]) + (v[from + 6] + v[from + 7]));
  }

  /**
   * The position, 0..size-1, of the outcome of the group {@code v[off..off+size-1]} whose
   * interval holds {@code level} (0 &lt;= level; the group's sum is &gt; 0).
   */
  static int pick(double[] v, int off, int size, double level) {
    int at = off;
    double r = level;
    if (size == 16) {
      double half = sum8(v, at);
      int upper = atMost(half, r);
      at += upper << 3;
      r -= upper * half; // exact: upper is 0 or 1
      size = 8;
    }
    int pick;
    if (size == 8) {
      double v0 = v[at];
      double w2 = v0 + v[at + 1];
      double v2 = v[at + 2];
      double w4 = w2 + (v2 + v[at + 3]);
      double v4 = v[at + 4];
      double w6 = w4 + (v4 + v[at + 5]);
      pick = atMost(v0, r) + atMost(w2, r) + atMost(w2 + v2, r) + atMost(w4, r)
          + atMost(w4 + v4, r) + atMost(w6, r) + atMost(w6 + v[at + 6], r);
    } else {
      double running = 0;
      pick = 0;
      for (int i = 0; i < size - 1; i++) {
        running += v[at + i];
        pick += atMost(running, r);
      }
    }
    while (v[at + pick] == 0) {
      pick--;
    }
    return at + pick - off;
  }
}
