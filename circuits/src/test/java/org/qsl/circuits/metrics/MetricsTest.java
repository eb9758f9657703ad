package org.qsl.circuits.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.ProbabilityFiles;
import org.qsl.circuits.dist.Sampler;
import org.qsl.circuits.samples.SampleFiles;
import org.qsl.circuits.samples.SampleSet;

class MetricsTest {
  private static Distribution q12;
  private static SampleSet hardware;

  private static Path resource(String name) throws Exception {
    return Path.of(MetricsTest.class.getResource("/reference/" + name).toURI());
  }

  @BeforeAll
  static void readReferenceData() throws Exception {
    q12 = ProbabilityFiles.read(resource("q12c0.txt"));
    hardware = SampleFiles.read(resource("experimental_samples_q12c0d14_test.txt"));
  }

  @Test
  void idealXebOfTheTwelveQubitCircuitMatchesThePublishedFigures() {
    // shared/reference/README.md: N sum p^2 - 1 = 1.0175, ln N + gamma + sum p ln p = 1.0057
    assertEquals(1.0175, Xeb.idealLinear(q12), 0.5e-4);
    assertEquals(1.0057, Xeb.idealLogistic(q12), 0.5e-4);
    assertEquals(11.382, q12.entropy(), 0.5e-3);
  }

  @Test
  void theHundredHardwareBitstringsScoreTheirPublishedXeb() {
    assertEquals(100, hardware.size());
    Estimate linear = Xeb.linear(q12, hardware);
    assertEquals(0.338, linear.value(), 0.5e-3);
    // numpy on the same files: 0.337687, std(N p, ddof=1) / sqrt(100) = 0.113005
    assertEquals(0.113005, linear.standardError(), 1e-6);
    Estimate logistic = Xeb.logistic(q12, hardware);
    assertEquals(0.335146, logistic.value(), 1e-6);
    assertEquals(0.126702, logistic.standardError(), 1e-6);
  }

  @Test
  void smoothedKlMatchesTheReferenceCodesFormula() {
    // the reference: sum(scipy.special.kl_div(p, (c + 1) / sum(c + 1))) on these files with
    // numpy and scipy gave 0.430164319390953
    assertEquals(0.430164319390953,
        KullbackLeibler.smoothed(q12, hardware, KullbackLeibler.DEFAULT_SMOOTHING), 1e-12);
  }

  @Test
  void smoothedKlOfHandWorkedCases() {
    // p = (1/4, 3/4), samples 0 1 1, alpha 1: q = (2/5, 3/5)
    Distribution p = Distribution.of(.25, .75);
    assertEquals(.25 * Math.log(.25 / .4) + .75 * Math.log(.75 / .6),
        KullbackLeibler.smoothed(p, SampleSet.of(1, 0, 1, 1), 1), 1e-15);
    // p = (.1 .2 .3 .4), samples 3 3 2, alpha 1: counts (0 0 1 2), q = (1 1 2 3) / 7
    Distribution p2 = Distribution.of(.1, .2, .3, .4);
    SampleSet s = SampleSet.of(2, 3, 3, 2);
    assertEquals(.1 * Math.log(.7) + .2 * Math.log(1.4) + .3 * Math.log(2.1 / 2)
        + .4 * Math.log(2.8 / 3), KullbackLeibler.smoothed(p2, s, 1), 1e-15);
    // alpha = 0: p has mass where nothing was sampled
    assertEquals(Double.POSITIVE_INFINITY, KullbackLeibler.smoothed(p2, s, 0));
    assertEquals(0, KullbackLeibler.smoothed(Distribution.of(.5, .5), SampleSet.of(1, 0, 1), 0),
        1e-16);
    assertThrows(IllegalArgumentException.class, () -> KullbackLeibler.smoothed(p2, s, -1));
  }

  @Test
  void standardErrorsOfAHandWorkedCase() {
    // p = (1/4, 3/4), samples 0 1 1 1: N p = (.5, 1.5, 1.5, 1.5), mean 1.25, s = 0.5
    Distribution p = Distribution.of(.25, .75);
    SampleSet s = SampleSet.of(1, 0, 1, 1, 1);
    Estimate linear = Xeb.linear(p, s);
    assertEquals(0.25, linear.value(), 1e-15);
    assertEquals(0.25, linear.standardError(), 1e-15);
    double a = Math.log(.25);
    double b = Math.log(.75);
    double mean = (a + 3 * b) / 4;
    double sd = Math.sqrt(((a - mean) * (a - mean) + 3 * (b - mean) * (b - mean)) / 3);
    Estimate logistic = Xeb.logistic(p, s);
    assertEquals(Math.log(2) + Xeb.EULER_GAMMA + mean, logistic.value(), 1e-15);
    assertEquals(sd / 2, logistic.standardError(), 1e-15);
    assertTrue(Double.isNaN(Xeb.linear(p, SampleSet.of(1, 1)).standardError()));
  }

  @Test
  void exactScoresOfModelDistributions() {
    Distribution uniform = Distribution.of(filled(4096));
    assertEquals(Xeb.idealLinear(q12), Xeb.exactLinear(q12, q12), 0);
    // uniform model: N sum p / N - 1 = 0; logistic: ln N + gamma + mean ln p
    assertEquals(0, Xeb.exactLinear(q12, uniform), 1e-12);
    double meanLog = 0;
    for (long x = 0; x < 4096; x++) {
      meanLog += Math.log(q12.probability(x)) / 4096;
    }
    assertEquals(Math.log(4096) + Xeb.EULER_GAMMA + meanLog, Xeb.exactLogistic(q12, uniform),
        1e-12);
    // KL(p || uniform) = ln N - H(p) in nats
    assertEquals(Math.log(4096) - q12.entropy() * Math.log(2), KullbackLeibler.exact(q12, uniform),
        1e-12);
    assertEquals(0, KullbackLeibler.exact(q12, q12), 1e-15);
  }

  private static double[] filled(int n) {
    double[] v = new double[n];
    java.util.Arrays.fill(v, 1);
    return v;
  }

  @Test
  void chiSquarePoolsBinsBelowFiveExpected() {
    // expected counts 10 6 3 1 for M = 20: bins {0} and {1, 2, 3} (3 + 1 < 5 joins bin {1})
    Distribution p = Distribution.of(.5, .3, .15, .05);
    long[] values = new long[20];
    int i = 0;
    for (int k = 0; k < 12; k++) {
      values[i++] = 0;
    }
    for (int k = 0; k < 5; k++) {
      values[i++] = 1;
    }
    values[i++] = 2;
    values[i++] = 2;
    values[i] = 3;
    GoodnessOfFit fit = ChiSquare.test(p, SampleSet.of(2, values));
    assertEquals(0.8, fit.statistic(), 1e-12);
    assertEquals(1, fit.degreesOfFreedom());
    assertEquals(new ChiSquareTest().chiSquareTest(new double[] {10, 10}, new long[] {12, 8}),
        fit.pValue(), 1e-12);
  }

  @Test
  void chiSquareWithoutPoolingEqualsCommonsMath() {
    Distribution p = Distribution.of(.1, .2, .3, .4);
    SampleSet s = new Sampler(p).sample(1000, 3);
    long[] counts = new long[4];
    for (long x : s.toArray()) {
      counts[(int) x]++;
    }
    GoodnessOfFit fit = ChiSquare.test(p, s);
    ChiSquareTest commons = new ChiSquareTest();
    double[] expected = {100, 200, 300, 400};
    assertEquals(commons.chiSquare(expected, counts), fit.statistic(), 1e-9);
    assertEquals(commons.chiSquareTest(expected, counts), fit.pValue(), 1e-9);
    assertEquals(3, fit.degreesOfFreedom());
  }

  @Test
  void scorecardNormalisesByTheTrainingSetOrTheIdeal() {
    SampleSet training = new Sampler(q12).sample(20_000, 1);
    Scorecard withTraining = Scorecard.of(q12, hardware, training, null, 1);
    assertEquals(withTraining.model().linearXeb().value()
        / withTraining.training().linearXeb().value(), withTraining.normalisedLinearXeb(), 1e-15);
    assertEquals(withTraining.model().logisticXeb().value()
        / withTraining.training().logisticXeb().value(), withTraining.normalisedLogisticXeb(),
        1e-15);
    assertTrue(Math.abs(withTraining.training().linearXeb().zScore(Xeb.idealLinear(q12))) < 3);
    Scorecard ideal = Scorecard.of(q12, hardware, null, q12, 1);
    assertNull(ideal.training());
    assertEquals(0.33768708909689393 / 1.0174870124690165, ideal.normalisedLinearXeb(), 1e-9);
    assertEquals(0, ideal.exact().kl(), 1e-15);
    assertEquals(ideal.ideal().linearXeb(), ideal.exact().linearXeb(), 0);
  }

  @Test
  void samplesMustMatchTheDistribution() {
    assertEquals("the samples have 3 bits but the distribution is over 12 qubits",
        assertThrows(IllegalArgumentException.class,
            () -> Xeb.linear(q12, SampleSet.of(3, 1, 2))).getMessage());
  }
}
