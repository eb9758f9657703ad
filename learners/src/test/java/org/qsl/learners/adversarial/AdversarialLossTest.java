package org.qsl.learners.adversarial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Losses against hand-worked values and their gradients against central differences. */
class AdversarialLossTest {
  private static final double[] REAL = {0.3, -1.2, 2.5};
  private static final double[] FAKE = {-0.7, 0.1};

  private static double logSigmoid(double s) {
    return Math.log(1 / (1 + Math.exp(-s)));
  }

  @Test
  void nonSaturatingLossesAreBinaryCrossEntropies() {
    AdversarialLoss ns = AdversarialLoss.NON_SATURATING;
    double expected = -(logSigmoid(0.3) + logSigmoid(-1.2) + logSigmoid(2.5)) / 3
        - (Math.log(1 - Math.exp(logSigmoid(-0.7))) + Math.log(1 - Math.exp(logSigmoid(0.1)))) / 2;
    assertEquals(expected, ns.discriminator(REAL, FAKE, new double[3], new double[2]), 1e-12);
    assertEquals(-(logSigmoid(-0.7) + logSigmoid(0.1)) / 2, ns.generator(FAKE, new double[2]),
        1e-12);
    assertEquals(logSigmoid(0.1), ns.reward(0.1), 1e-12);
  }

  @Test
  void wassersteinLossesAreScoreMeans() {
    AdversarialLoss w = AdversarialLoss.WASSERSTEIN_GP;
    assertEquals((-0.7 + 0.1) / 2 - (0.3 - 1.2 + 2.5) / 3,
        w.discriminator(REAL, FAKE, new double[3], new double[2]), 1e-12);
    assertEquals(0.3, w.generator(FAKE, new double[2]), 1e-12);
    assertEquals(2.5, w.reward(2.5));
  }

  /** Central differences of {@code loss} in each element of {@code at}. */
  private static double[] numerical(double[] at, ToDoubleFunction<double[]> loss) {
    double h = 1e-6;
    double[] g = new double[at.length];
    for (int i = 0; i < at.length; i++) {
      double[] up = at.clone();
      double[] down = at.clone();
      up[i] += h;
      down[i] -= h;
      g[i] = (loss.applyAsDouble(up) - loss.applyAsDouble(down)) / (2 * h);
    }
    return g;
  }

  @Test
  void gradientsMatchCentralDifferences() {
    for (AdversarialLoss loss : AdversarialLoss.values()) {
      double[] dr = new double[3];
      double[] df = new double[2];
      loss.discriminator(REAL, FAKE, dr, df);
      assertArrayEquals(numerical(REAL,
          r -> loss.discriminator(r, FAKE, new double[3], new double[2])), dr, 1e-8, loss.name());
      assertArrayEquals(numerical(FAKE,
          f -> loss.discriminator(REAL, f, new double[3], new double[2])), df, 1e-8, loss.name());
      double[] dg = new double[2];
      loss.generator(FAKE, dg);
      assertArrayEquals(numerical(FAKE, f -> loss.generator(f, new double[2])), dg, 1e-8,
          loss.name());
    }
  }
}
