package org.qsl.learners.autoregressive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.Frequencies;

class PrefixWalksTest {

  @Test
  void distributionIsTheProductOfConditionalsAndSumsToOne() {
    MarkovParityModel model = new MarkovParityModel(9, 16);
    double[] p = model.distribution();
    double sum = 0;
    for (int x = 0; x < p.length; x++) {
      assertEquals(model.probability(x), p[x], 1e-15);
      sum += p[x];
    }
    assertEquals(1, sum, 1e-12);
  }

  @Test
  void distributionEvaluatesEachPrefixOnceInBatchesOfAtMostMaxBatch() {
    MarkovParityModel model = new MarkovParityModel(9, 16);
    model.distribution();
    // the internal nodes of the prefix tree: 1 + 2 + ... + 2^(n-1) = 2^n - 1 distinct prefixes
    assertEquals((1 << 9) - 1, model.prefixes.size());
    assertEquals(model.prefixes.size(), new HashSet<>(model.prefixes).size());
    assertTrue(model.evaluated.stream().allMatch(size -> size <= 16), model.evaluated.toString());
    // breadth-first while narrow: the first batches are the levels 1, 2, 4, 8, 16
    assertEquals(java.util.List.of(1, 2, 4, 8, 16), model.evaluated.subList(0, 5));
  }

  @Test
  void logProbabilitiesMatchTheClosedForm() {
    MarkovParityModel model = new MarkovParityModel(7, 5);
    long[] strings = {0, 1, 42, 127, 64, 99, 3};
    double[] logp = model.logProbabilities(strings);
    for (int i = 0; i < strings.length; i++) {
      assertEquals(Math.log(model.probability(strings[i])), logp[i], 1e-12);
      assertEquals(logp[i], model.logProbability(strings[i]), 1e-15);
    }
    assertThrows(IllegalArgumentException.class, () -> model.logProbability(128));
  }

  @Test
  void ancestralSamplesFollowTheDistribution() {
    MarkovParityModel model = new MarkovParityModel(6, 1000);
    SampleSet samples = model.ancestralSample(100_000, 7);
    assertEquals(100_000, samples.size());
    // Pearson's test with 63 degrees of freedom: at a fixed seed a correct sampler passes
    // p > 0.001 (a wrong one, e.g. with reversed bit order, gives p ~ 0 at 10^5 samples).
    double p = Frequencies.pValue(model.distribution(), samples);
    assertTrue(p > 1e-3, "chi-square p-value " + p);
  }

  @Test
  void samplingIsSeeded() {
    MarkovParityModel model = new MarkovParityModel(10, 64);
    assertEquals(model.ancestralSample(1000, 3), model.ancestralSample(1000, 3));
    assertNotEquals(model.ancestralSample(1000, 3), model.ancestralSample(1000, 4));
    assertEquals(0, model.ancestralSample(0, 3).size());
  }

  @Test
  void refusesDistributionsAboveTwentyFourQubits() {
    MarkovParityModel model = new MarkovParityModel(25, 16);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, model::distribution);
    assertEquals("the full distribution is offered up to n = 24; this model has n = 25",
        e.getMessage());
    assertTrue(model.evaluated.isEmpty());
  }

  @Test
  void singleBitModel() {
    MarkovParityModel model = new MarkovParityModel(1, 4);
    double q = model.conditional(0, 0);
    assertArrayEquals(new double[] {1 - q, q}, model.distribution(), 1e-15);
  }
}
