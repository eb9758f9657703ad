package org.qsl.circuits.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GuideTableTest {

  /** By linear search: the first i with cumulative[i + 1] > u * total, else the last with mass. */
  private static int linear(double[] cumulative, int count, double u) {
    double level = u * cumulative[count];
    int last = 0;
    for (int i = 0; i < count; i++) {
      if (cumulative[i + 1] > cumulative[i]) {
        last = i;
      }
    }
    for (int i = 0; i < last; i++) {
      if (cumulative[i + 1] > level) {
        return i;
      }
    }
    return last;
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
      int entries = 1 << r.nextInt(0, 10);
      GuideTable t = new GuideTable(entries);
      t.build(cumulative, count, entries);
      for (int k = 0; k < 2000; k++) {
        // uniform u, and u exactly at entry boundaries and just below them
        double u = k % 3 == 0 ? r.nextDouble()
            : k % 3 == 1 ? (double) r.nextInt(entries) / entries
            : Math.nextDown((double) r.nextInt(1, entries + 1) / entries);
        assertEquals(linear(cumulative, count, u), t.find(u), "trial " + trial + ", u = " + u);
      }
    }
  }
}
