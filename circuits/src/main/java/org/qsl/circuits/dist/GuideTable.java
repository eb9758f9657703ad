package org.qsl.circuits.dist;

/**
 * Inverts a cumulative sum in O(1) expected time (the guide tables of Chen and Asau, 1974):
 * {@link #find(double)} returns the first index i with cumulative[i + 1] &gt; u * total. Entry j
 * of the table is the answer for u = j / entries, so a lookup starts at most a few indices before
 * its answer. A table is rebuilt in place for each new cumulative sum, so a thread reuses one.
 *
 * <p>The number of entries is a power of two: then j * total / entries and u * entries are exact
 * scalings, and entry j never lies past the answer for any u in [j / entries, (j + 1) / entries).
 */
final class GuideTable {
  private final int[] guide;
  private double[] cumulative;
  private int entries;
  private int lastPositive;
  private double total;

  GuideTable(int maxEntries) {
    guide = new int[maxEntries];
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
    double step = total / entries;
    for (int j = 0, i = 0; j < entries; j++) {
      double level = j * step;
      while (i < last && cumulative[i + 1] <= level) {
        i++;
      }
      guide[j] = i;
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
