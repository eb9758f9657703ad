package org.qsl.circuits.dist;

/**
 * Inverts a cumulative sum in O(1) expected time (the guide tables of Chen and Asau, 1974):
 * {@link #find(double)} returns the first index i with cumulative[i + 1] &gt; u * total. Entry j
 * of the table is the answer for u = j / entries, so a lookup starts at most a few indices before
 * its answer. A table is rebuilt in place for each new cumulative sum, so a thread reuses one.
 *
 * <p>Entry j never lies past the answer for any u in [j / entries, (j + 1) / entries): lookups
 * only step forward.
 */
final class GuideTable {
  private final int[] guide;
  private double[] cumulative;
  private int entries;
  private int lastPositive;
  private double total;

  GuideTable(int maxEntries) {
    guide = new int[maxEntries + 1]; // + 1: the histogram's slot for "never"
  }

  /**
   * Builds the table for {@code cumulative[0..count]} (cumulative[0] = 0, non-decreasing, the
   * last value positive) with {@code entries} entries, a power of two.
   */
  void build(double[] cumulative, int count, int entries) {
    this.cumulative = cumulative;
    this.entries = entries;
    this.total = cumulative[count];
    int last = 0;
    for (int i = 0; i < count; i++) {
      if (cumulative[i + 1] > cumulative[i]) {
        last = i;
      }
    }
    this.lastPositive = last;
    // guide[j] = how many indices i < last end at or below level j * total / entries, counted
    // without branches: a histogram of the first entry each index is counted in, then its
    // prefix sums. An index is counted one entry later than it could be, so that the rounding of
    // end * entries / total can never count it early (a lookup may take one more step).
    java.util.Arrays.fill(guide, 0, entries + 1, 0);
    double scale = entries / total;
    for (int i = 0; i < last; i++) {
      guide[(int) Math.min(entries, Math.ceil(cumulative[i + 1] * scale) + 1)]++;
    }
    for (int j = 1; j < entries; j++) {
      guide[j] += guide[j - 1];
    }
  }

  /** The sum inverted, cumulative[count]. */
  double total() {
    return total;
  }

  /**
   * The first index i whose cumulative end exceeds {@code u * total()}, for u in [0, 1); never an
   * index of zero mass (a level rounded up to the total gives the last index with mass).
   */
  int find(double u) {
    double level = u * total;
    int i = guide[(int) (u * entries)];
    while (i < lastPositive && cumulative[i + 1] <= level) {
      i++;
    }
    return i;
  }
}
