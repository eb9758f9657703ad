package org.qsl.learners.adversarial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Losses against hand-worked values and their gradients against central differences. */
class AdversarialLossTest {
  private static final double[] REAL = {0.3, -1.2, 2.5};
  private static final double[] FAKE = {-0.7, 0.1};

  @Test
  void nonSaturatingLossesAreBinaryCrossEntropies() {
    double[] dr = new double[3];
    double[] df = new double[2];
    double d = AdversarialLoss.NON_SATURATING.discriminator(REAL, FAKE, dr, df);
    double expected = 0;
    for (double s : REAL) {
      expected -= Math.log(1 / (1 + Math.exp(-s))) / 3;
    }
    for (double s : FAKE) {
      expected -= Math.log(1 - 1 / (1 + Math.exp(-s))) / 2;
    }
    assertEquals(expected, d, 1e-12);
    double g = AdversarialLoss.NON_SATURATING.generator(FAKE, df);
    assertEquals(-(Math.log(1 / (1 + Math.exp(0.7))) + Math.log(1 / (1 + Math.exp(-0.1)))) / 2,
        g, 1e-12);
    assertEquals(Math.log(1 / (1 + Math.exp(-0.1))),
        AdversarialLoss.NON_SATURATING.reward(0.1), 1e-12);
  }

  @Test
  void wassersteinLossesAreScoreMeans() {
    double[] dr = new double[3];
    double[] df = new double[2];
    assertEquals((-0.7 + 0.1) / 2 - (0.3 - 1.2 + 2.5) / 3,
        AdversarialLoss.WASSERSTEIN_GP.discriminator(REAL, FAKE, dr, df), 1e-12);
    assertEquals(0.3, AdversarialLoss.WASSERSTEIN_GP.generator(FAKE, df), 1e-12);
    assertEquals(2.5, AdversarialLoss.WASSERSTEIN_GP.reward(2.5));
  }

  @Test
  void gradientsMatchCentralDifferences() {
    double h = 1e-6;
    for (AdversarialLoss loss : AdversarialLoss.values()) {
      double[] dr = new double[3];
      double[] df = new double[2];
      loss.discriminator(REAL, FAKE, dr, df);
      double[] ndr = new double[3];
      double[] ndf = new double[2];
      for (int i = 0; i < 3; i++) {
        double[] up = REAL.clone();
        double[] down = REAL.clone();
        up[i] += h;
        down[i] -= h;
        ndr[i] = (loss.discriminator(up, FAKE, new double[3], new double[2])
            - loss.discriminator(down, FAKE, new double[3], new double[2])) / (2 * h);
      }
      for (int i = 0; i < 2; i++) {
        double[] up = FAKE.clone();
        double[] down = FAKE.clone();
        up[i] += h;
        down[i] -= h;
        ndf[i] = (loss.discriminator(REAL, up, new double[3], new double[2])
            - loss.discriminator(REAL, down, new double[3], new double[2])) / (2 * h);
      }
      assertArrayEquals(ndr, dr, 1e-8, loss.name());
      assertArrayEquals(ndf, df, 1e-8, loss.name());

      double[] dg = new double[2];
      loss.generator(FAKE, dg);
      for (int i = 0; i < 2; i++) {
        double[] up = FAKE.clone();
        double[] down = FAKE.clone();
        up[i] += h;
        down[i] -= h;
        ndf[i] = (loss.generator(up, new double[2]) - loss.generator(down, new double[2]))
            / (2 * h);
      }
      assertArrayEquals(ndf, dg, 1e-8, loss.name());
    }
  }
}
