package org.qsl.learners.dbm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnnealedImportanceSamplingTest {

  @Test
  void estimateMatchesExactLogPartitionWithinThreeStandardErrors() {
    Dbm m = BruteForce.randomMachine(10, 12, 6, 0.5, 71);
    double exact = ExactMarginals.logPartition(m);
    double[] base = new double[m.visible];
    LogPartitionEstimate e = new AnnealedImportanceSampling(100, 2000).estimate(m, base, 5);
    assertFalse(e.exact());
    assertTrue(e.standardError() > 0 && e.standardError() < 0.05, "se " + e.standardError());
    assertEquals(exact, e.logZ(), 3 * e.standardError());
  }

  @Test
  void scheduleRunsFromZeroToOneIncreasing() {
    double[] b = AnnealedImportanceSampling.schedule(1450);
    assertEquals(0, b[0]);
    assertEquals(1, b[b.length - 1]);
    assertEquals(1451, b.length);
    for (int k = 1; k < b.length; k++) {
      assertTrue(b[k] > b[k - 1]);
    }
    // 50 equal steps up to 0.5, then 400 up to 0.9.
    assertEquals(0.5, b[50], 1e-15);
    assertEquals(0.9, b[450], 1e-15);
  }
}
