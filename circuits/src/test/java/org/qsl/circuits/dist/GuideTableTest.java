package org.qsl.circuits.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GuideTableTest {

  /** By linear search: the first i with cumulative[i + 1] > u * total, else the last with mass. */
  private static int linear(double[] cumulative, int count, double u) {
    double level = u * cumulative[count];
    int last = lastWithMass(cumulative, count);
    for (int i = 0; i < last; i++) {
      if (cumulative[i + 1] > level) {
        return i;
      }
    }
    return last;
  }

  private static int lastWithMass(double[] cumulative, int count) {
    int last = 0;
    for (int i = 0; i < count; i++) {
      if (cumulative[i + 1] > cumulative[i]) {
        last = i;
      }
    }
    return last;
  }

  /** The ends as the sampler keeps them: +infinity from the last index with mass on. */
  private static double[] ends(double[] cumulative, int count) {
    int last = lastWithMass(cumulative, count);
    double[] ends = new double[count];
    for (int i = 0; i < count; i++) {
      ends[i] = i < last ? cumulative[i + 1] : Double.POSITIVE_INFINITY;
    }
    return ends;
  }

  @Test
  void aHandWorkedGuide() {
    // masses 1, 0, 2, 1 (total 4), four cells of width 1: ends 1, 1, 3, inf; cell j counts the
    // ends at or below level j: 0, 2, 2, 3
    double[] ends = {1, 1, 3, Double.POSITIVE_INFINITY};
    int[] guide = new int[5];
    GuideTable.fill(ends, 0, 4, 4, 4, guide);
    assertArrayEquals(new int[] {0, 2, 2, 3}, java.util.Arrays.copyOf(guide, 4));
    // level 1 is the start of outcome 2 (outcome 1 has no mass); level 3.99 is in outcome 3
    assertEquals(0, GuideTable.walk(ends, guide[0], 0.99));
    assertEquals(2, GuideTable.walk(ends, guide[1], 1.0));
    assertEquals(3, GuideTable.walk(ends, guide[3], 3.99));
    assertEquals(3, GuideTable.walk(ends, guide[3], 4.0)); // a level rounded up to the total
  }

  @Test
  void atMostComparesWithoutBranches() {
    assertEquals(1, GuideTable.atMost(0.5, 0.5));
    assertEquals(1, GuideTable.atMost(0, 0));
    assertEquals(1, GuideTable.atMost(0.25, 0.5));
    assertEquals(0, GuideTable.atMost(Math.nextUp(0.5), 0.5));
    assertEquals(0, GuideTable.atMost(Double.POSITIVE_INFINITY, 1e300));
    assertEquals(0, GuideTable.atMost(Double.MIN_VALUE, 0));
  }

  @Test
  void findsWhatALinearSearchFinds() {
    SplittableRandom r = new SplittableRandom(1);
    for (int trial = 0; trial < 50; trial++) {
      int count = 1 << r.nextInt(1, 9);
      double[] cumulative = new double[count + 1];
      for (int i = 0; i < count; i++) {
        // zero masses (leading, trailing, inside) and masses of very different sizes
        double mass = r.nextInt(4) == 0 ? 0 : Math.pow(10, -r.nextInt(8)) * r.nextDouble();
        cumulative[i + 1] = cumulative[i] + mass;
      }
      if (cumulative[count] == 0) {
        cumulative[count] = 1;
      }
      double total = cumulative[count];
      double[] ends = ends(cumulative, count);
      int entries = 1 << r.nextInt(0, 10);
      int[] guide = new int[entries + 1];
      GuideTable.fill(ends, 0, count, total, entries, guide);
      for (int k = 0; k < 2000; k++) {
        // uniform u, and u exactly at entry boundaries and just below them
        double u = k % 3 == 0 ? r.nextDouble()
            : k % 3 == 1 ? (double) r.nextInt(entries) / entries
            : Math.nextDown((double) r.nextInt(1, entries + 1) / entries);
        int found = GuideTable.walk(ends, guide[GuideTable.cell(u, entries)], u * total);
        assertEquals(linear(cumulative, count, u), found, "trial " + trial + ", u = " + u);
      }
    }
  }
}
