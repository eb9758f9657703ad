package org.qsl.circuits.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GroupSearchTest {

  @Test
  void aHandWorkedGroupOfEight() {
    // cumulative intervals: 0 [0, .1), 2 [.1, .3), 3 [.3, .6), 6 [.6, 1); 1, 4, 5, 7 are empty
    double[] v = {9, 9, .1, 0, .2, .3, 0, 0, .4, 0};
    int[] expected = {0, 2, 2, 3, 3, 3, 6, 6, 6, 6};
    for (int k = 0; k < 10; k++) {
      double level = 0.05 + 0.1 * k;
      assertEquals(expected[k], GroupSearch.pick(v, 2, 8, level), "level " + level);
    }
    // rounding may leave a level at or above the group's sum: the last outcome with mass
    assertEquals(6, GroupSearch.pick(v, 2, 8, 1.0));
    assertEquals(6, GroupSearch.pick(v, 2, 8, 1.5));
  }

  @Test
  void treeSumsAddUp() {
    double[] v = {1, 2, 3, 4};
    assertEquals(10, GroupSearch.sum(v, 0, 4));
    assertEquals(7, GroupSearch.sum(v, 2, 2));
  }

  /**
   * Every size: levels in the middle of each interval of the exact cumulative sum (BigDecimal)
   * find that outcome, results never decrease with the level and never have probability 0.
   */
  @Test
  void agreesWithExactArithmeticAwayFromBoundaries() {
    SplittableRandom r = new SplittableRandom(3);
    for (int size : new int[] {2, 4, 8, 16}) {
      for (int trial = 0; trial < 300; trial++) {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
          v[i] = r.nextInt(3) == 0 ? 0 : Math.pow(10, -r.nextInt(6)) * r.nextDouble();
        }
        v[r.nextInt(size)] = 0.5;
        BigDecimal start = BigDecimal.ZERO;
        for (int i = 0; i < size; i++) {
          BigDecimal end = start.add(new BigDecimal(v[i]));
          if (v[i] > 1e-6) {
            double mid = start.add(end).divide(BigDecimal.valueOf(2)).doubleValue();
            assertEquals(i, GroupSearch.pick(v, 0, size, mid), "size " + size + " " + trial);
          }
          start = end;
        }
        int previous = 0;
        for (int k = 0; k <= 1000; k++) {
          int found = GroupSearch.pick(v, 0, size, start.doubleValue() * k / 1000 * 1.001);
          assertTrue(v[found] > 0 && found >= previous, "size " + size + ", trial " + trial);
          previous = found;
        }
      }
    }
  }
}
