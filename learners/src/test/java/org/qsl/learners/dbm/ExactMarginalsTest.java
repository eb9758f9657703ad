package org.qsl.learners.dbm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExactMarginalsTest {

  /** Checks log p*(v) for every v against summing exp(-E) over all hidden states. */
  private static void assertMatchesBruteForce(Dbm m, double tolerance) {
    double[] expected = BruteForce.logUnnormalised(m);
    double[] actual = ExactMarginals.logUnnormalisedAll(m);
    for (int v = 0; v < expected.length; v++) {
      assertEquals(expected[v], actual[v], tolerance * Math.max(1, Math.abs(expected[v])),
          "v=" + v);
    }
    assertEquals(ExactMarginals.logSumExp(expected), ExactMarginals.logPartition(m),
        tolerance * Math.max(1, Math.abs(ExactMarginals.logSumExp(expected))));
  }

  @Test
  void tinyDbmMatchesBruteForce() {
    assertMatchesBruteForce(BruteForce.randomMachine(4, 3, 2, 1.0, 1), 1e-12);
  }

  @Test
  void blocksAndHidden2ChunksMatchBruteForce() {
    // n = 8 gives 4 visible blocks; h2 = 5 is then split into 16 chunks to make 64 tasks.
    assertMatchesBruteForce(BruteForce.randomMachine(8, 4, 5, 0.7, 2), 1e-12);
    // n = 3 is a single block smaller than 64 visibles.
    assertMatchesBruteForce(BruteForce.randomMachine(3, 5, 6, 0.7, 3), 1e-12);
  }

  @Test
  void rbmMatchesBruteForce() {
    assertMatchesBruteForce(BruteForce.randomMachine(7, 6, 0, 1.0, 4), 1e-12);
  }

  @Test
  void hugeWeightsTakeTheOverflowSafePath() {
    // Inputs of several hundred exceed the range of the product form; the result must still be
    // exact (brute force works in the log domain).
    assertMatchesBruteForce(BruteForce.randomMachine(4, 3, 2, 250.0, 5), 1e-12);
  }

  @Test
  void distributionSumsToOneAndListedBitstringsAgree() {
    Dbm m = BruteForce.randomMachine(9, 7, 4, 0.8, 6);
    double[] p = ExactMarginals.distribution(m);
    assertEquals(1.0, Arrays.stream(p).sum(), 1e-12);
    double[] all = ExactMarginals.logUnnormalisedAll(m);
    long[] some = {0, 511, 77, 300, 1, 77};
    double[] listed = ExactMarginals.logUnnormalised(m, some);
    for (int i = 0; i < some.length; i++) {
      assertEquals(all[(int) some[i]], listed[i], 1e-11);
    }
  }
}
