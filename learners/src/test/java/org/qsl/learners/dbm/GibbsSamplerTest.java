package org.qsl.learners.dbm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.samples.SampleSet;

class GibbsSamplerTest {

  @Test
  void sampledFrequenciesMatchEnumeratedProbabilities() {
    // The tiny DBM: n = 4, h1 = 3, h2 = 2, fixed weights.
    Dbm m = BruteForce.randomMachine(4, 3, 2, 1.0, 61);
    double[] p = ExactMarginals.distribution(m);
    int count = 40_000;
    // 200 chains, each thinned by 20 sweeps: successive draws of this small machine are then
    // practically independent, as the chi-square test assumes.
    SampleSet s = GibbsSampler.sample(m, count, 7, 200, 200, 20);
    long[] observed = new long[p.length];
    for (int i = 0; i < count; i++) {
      observed[(int) s.get(i)]++;
    }
    double[] expected = new double[p.length];
    for (int v = 0; v < p.length; v++) {
      expected[v] = p[v] * count;
      assertTrue(expected[v] > 5, "every cell is testable");
    }
    double pValue = new ChiSquareTest().chiSquareTest(expected, observed);
    assertTrue(pValue > 0.01, "chi-square p = " + pValue);
  }

  @Test
  void theSameSeedGivesTheSameSamples() {
    Dbm m = BruteForce.randomMachine(6, 5, 3, 1.0, 62);
    SampleSet a = GibbsSampler.sample(m, 1000, 3, 70, 10, 2);
    assertEquals(a, GibbsSampler.sample(m, 1000, 3, 70, 10, 2));
    assertNotEquals(a, GibbsSampler.sample(m, 1000, 4, 70, 10, 2));
    assertEquals(1000, a.size());
    assertEquals(6, a.qubits());
  }
}
