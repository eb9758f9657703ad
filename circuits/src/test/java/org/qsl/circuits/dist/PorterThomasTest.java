package org.qsl.circuits.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.metrics.Estimate;
import org.qsl.circuits.metrics.Xeb;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;
import org.qsl.circuits.sim.CpuSimulator;

/**
 * A deep random circuit's output is Porter-Thomas distributed: the scaled probabilities N p are
 * Exp(1). Checked on a 20-qubit (4 x 5 grid), 20-cycle Sycamore circuit simulated in double
 * precision, against the closed forms of that law.
 */
class PorterThomasTest {
  private static final int QUBITS = 20;
  private static Distribution p;

  @BeforeAll
  static void simulate() {
    var circuit = new SycamoreGenerator(Grid.rectangle(4, 5)).generate(20, 2020);
    p = Distribution.fromState(CpuSimulator.builder()
        .precision(org.qsl.circuits.sim.Precision.COMPLEX128).build().run(circuit));
  }

  @Test
  void idealSamplesScoreLinearXebOneWithinThreeStandardErrors() {
    // Porter-Thomas: E[N p(x)] over x ~ p is 2, so linear XEB 1; its standard error is the
    // sample's own, so the 3-sigma band is what 10^5 samples resolve
    Estimate xeb = Xeb.linear(p, new Sampler(p).sample(100_000, 7));
    assertTrue(Math.abs(xeb.zScore(1)) <= 3, "linear XEB " + xeb);
  }

  @Test
  void entropyIsNMinusOneMinusGammaOverLnTwo() {
    // E[-sum p log2 p] = n - (1 - gamma) / ln 2 for Exp(1) weights; its spread is ~2^(-n/2)
    double expected = QUBITS - (1 - Xeb.EULER_GAMMA) / Math.log(2);
    assertEquals(expected, p.entropy(), 0.01);
  }

  @Test
  void scaledProbabilitiesFollowTheExponentialLaw() {
    double[] scaled = p.toArray();
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] *= scaled.length;
    }
    double pValue = new KolmogorovSmirnovTest()
        .kolmogorovSmirnovTest(new ExponentialDistribution(null, 1), scaled);
    assertTrue(pValue > 0.01, "Kolmogorov-Smirnov p-value " + pValue);
  }
}
