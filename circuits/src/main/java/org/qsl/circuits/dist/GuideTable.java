package org.qsl.circuits.dist;

/**
 * Inverts a cumulative sum in O(1) expected time (the guide tables of Chen and Asau, 1974), with
 * few branches: the answer for a level is the first index i whose end {@code ends[i]} exceeds it.
 *
 * <p>The ends are non-decreasing, and every end from the last index with mass on is +infinity, so
 * a search stops there without a bound check (a level rounded up to the total gives the last
 * index with mass, never an index of zero mass). Entry j of a guide is the number of ends at or
 * below the smallest level of cell j, {@code (j / entries) * total} as the sampler computes it, so
 * a search starts at or before its answer and only steps forward: one step without a branch, then
 * a loop that is rarely entered.
 */
final class GuideTable {
  private GuideTable() {}

  /**
   * Writes the guide of {@code ends[from..from+count-1]} (summing to {@code total} &gt; 0) into
   * {@code guide[0..entries-1]}; {@code entries} is a power of two, and {@code guide} is also
   * used as a histogram, so it has {@code entries + 1} slots.
   */
  static void fill(double[] ends, int from, int count, double total, int entries, int[] guide) {
    java.util.Arrays.fill(guide, 0, entries + 1, 0);
    double scale = entries / total;
    double width = 1.0 / entries; // exact: entries is a power of two
    for (int i = 0; i < count; i++) {
      double end = ends[from + i];
      if (end == Double.POSITIVE_INFINITY) {
        break;
      }
      // the first cell whose smallest level is at or above the end: an estimate, then exact
      int k = (int) Math.min(entries, Math.ceil(end * scale));
      while (k < entries && lowest(k, width, total) < end) {
        k++;
      }
      while (k > 0 && lowest(k - 1, width, total) >= end) {
        k--;
      }
      guide[k]++;
    }
    for (int j = 1; j < entries; j++) {
      guide[j] += guide[j - 1];
    }
  }

  /**
   * The smallest level of cell j: u = j / entries (exactly j * width) times the total, rounded as
   * a search rounds u * total.
   */
  private static double lowest(int j, double width, double total) {
    return j * width * total;
  }

  /** The guide cell of a uniform {@code u} in [0, 1) (exact: entries is a power of two). */
  static int cell(double u, int entries) {
    return (int) (u * entries);
  }

  /** The first index from {@code at} on whose end exceeds {@code level}. */
  static int walk(double[] ends, int at, double level) {
    int i = at + atMost(ends[at], level);
    while (ends[i] <= level) {
      i++;
    }
    return i;
  }

  /**
   * 1 if {@code bound <= level}, else 0, without a branch: the sign of level - bound (for finite
   * level and bound, or bound = +infinity, the difference is +0 exactly when they are equal).
   */
  static int atMost(double bound, double level) {
    return 1 - (int) (Double.doubleToRawLongBits(level - bound) >>> 63);
  }
}
