package org.qsl.learners.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.qsl.learners.gan.BitEstimator.Relaxation;

class BitEstimatorTest {
  private static final double[] LOGITS = {-2.0, -0.3, 0.0, 0.8, 3.1};

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  @Test
  void hardBitsAreBernoulliWithTheSigmoidOfTheLogit() {
    int draws = 200_000;
    SplittableRandom random = new SplittableRandom(5);
    for (BitEstimator e : new BitEstimator[] {
        BitEstimator.STRAIGHT_THROUGH, BitEstimator.STRAIGHT_THROUGH_RELAXED}) {
      double[] ones = new double[LOGITS.length];
      for (int d = 0; d < draws; d++) {
        double[] u = uniforms(random);
        double[] v = e.apply(LOGITS, u, 0.5).values();
        for (int i = 0; i < v.length; i++) {
          ones[i] += v[i];
        }
      }
      for (int i = 0; i < LOGITS.length; i++) {
        double p = sigmoid(LOGITS[i]);
        // 5 binomial standard errors
        assertEquals(p, ones[i] / draws, 5 * Math.sqrt(p * (1 - p) / draws), e + " bit " + i);
      }
    }
  }

  private static double[] uniforms(SplittableRandom random) {
    double[] u = new double[LOGITS.length];
    for (int i = 0; i < u.length; i++) {
      u[i] = random.nextDouble(Double.MIN_NORMAL, 1);
    }
    return u;
  }

  @Test
  void relaxedSlopesAreTheDerivativeOfTheRelaxedValues() {
    double h = 1e-6;
    double[] u = uniforms(new SplittableRandom(6));
    for (double tau : new double[] {2, 0.5, 0.1}) {
      Relaxation r = BitEstimator.RELAXED.apply(LOGITS, u, tau);
      Relaxation st = BitEstimator.STRAIGHT_THROUGH_RELAXED.apply(LOGITS, u, tau);
      for (int i = 0; i < LOGITS.length; i++) {
        double[] up = LOGITS.clone();
        double[] down = LOGITS.clone();
        up[i] += h;
        down[i] -= h;
        double numerical = (BitEstimator.RELAXED.apply(up, u, tau).values()[i]
            - BitEstimator.RELAXED.apply(down, u, tau).values()[i]) / (2 * h);
        assertEquals(numerical, r.slopes()[i], 1e-6 * Math.max(1, Math.abs(numerical)));
        assertEquals(r.slopes()[i], st.slopes()[i]);
        // the hard bit is the rounded relaxed value
        assertEquals(Math.round(r.values()[i]), st.values()[i]);
      }
    }
  }

  @Test
  void straightThroughSlopeIsTheDerivativeOfTheMean() {
    double[] u = uniforms(new SplittableRandom(7));
    Relaxation r = BitEstimator.STRAIGHT_THROUGH.apply(LOGITS, u, 1);
    for (int i = 0; i < LOGITS.length; i++) {
      double h = 1e-6;
      assertEquals((sigmoid(LOGITS[i] + h) - sigmoid(LOGITS[i] - h)) / (2 * h), r.slopes()[i],
          1e-8);
    }
  }

  @Test
  void relaxedValuesMatchTheBinaryConcreteDistribution() {
    // P(Y > y) for the binary Concrete with location e^z and temperature tau:
    // Y > y  <=>  z + L > tau logit(y)  <=>  L > tau logit(y) - z, so P = sigmoid(z - tau logit(y))
    int draws = 100_000;
    double tau = 0.7;
    double y = 0.3;
    SplittableRandom random = new SplittableRandom(8);
    double[] above = new double[LOGITS.length];
    for (int d = 0; d < draws; d++) {
      double[] v = BitEstimator.RELAXED.apply(LOGITS, uniforms(random), tau).values();
      for (int i = 0; i < v.length; i++) {
        above[i] += v[i] > y ? 1 : 0;
      }
    }
    for (int i = 0; i < LOGITS.length; i++) {
      double p = sigmoid(LOGITS[i] - tau * Math.log(y / (1 - y)));
      assertEquals(p, above[i] / draws, 5 * Math.sqrt(p * (1 - p) / draws), "bit " + i);
    }
  }
}
