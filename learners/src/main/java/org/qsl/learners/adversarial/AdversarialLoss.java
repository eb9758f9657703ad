package org.qsl.learners.adversarial;

/**
 * The two-player objective of a GAN, as functions of the discriminator's scores (its output before
 * any sigmoid). Each method returns the loss and writes its gradient with respect to each score.
 */
public enum AdversarialLoss {
  /**
   * Goodfellow et al.'s GAN with the non-saturating generator loss: the discriminator minimises
   * -log D(real) - log(1 - D(fake)), the generator -log D(fake), where D = sigmoid(score).
   */
  NON_SATURATING,
  /**
   * Wasserstein GAN with gradient penalty (Gulrajani et al. 2017): the critic minimises
   * mean score(fake) - mean score(real) + penalty, the generator -mean score(fake). The penalty is
   * added by the trainer ({@link Mlp#gradientPenalty}).
   */
  WASSERSTEIN_GP;

  /**
   * The discriminator's loss for a batch of real and of fake scores, means over each batch.
   *
   * @param realGradient receives d loss / d real score
   * @param fakeGradient receives d loss / d fake score
   */
  public double discriminator(double[] real, double[] fake, double[] realGradient,
      double[] fakeGradient) {
    double loss = 0;
    for (int i = 0; i < real.length; i++) {
      if (this == NON_SATURATING) {
        loss += softplus(-real[i]) / real.length;
        realGradient[i] = -sigmoid(-real[i]) / real.length;
      } else {
        loss -= real[i] / real.length;
        realGradient[i] = -1.0 / real.length;
      }
    }
    for (int i = 0; i < fake.length; i++) {
      if (this == NON_SATURATING) {
        loss += softplus(fake[i]) / fake.length;
        fakeGradient[i] = sigmoid(fake[i]) / fake.length;
      } else {
        loss += fake[i] / fake.length;
        fakeGradient[i] = 1.0 / fake.length;
      }
    }
    return loss;
  }

  /**
   * The generator's loss for a batch of fake scores (mean over the batch).
   *
   * @param fakeGradient receives d loss / d fake score
   */
  public double generator(double[] fake, double[] fakeGradient) {
    double loss = 0;
    for (int i = 0; i < fake.length; i++) {
      if (this == NON_SATURATING) {
        loss += softplus(-fake[i]) / fake.length;
        fakeGradient[i] = -sigmoid(-fake[i]) / fake.length;
      } else {
        loss -= fake[i] / fake.length;
        fakeGradient[i] = -1.0 / fake.length;
      }
    }
    return loss;
  }

  /**
   * The generator's per-sample reward for score-function (REINFORCE) training: the negative of its
   * per-sample loss, so that higher is better (log D(fake) or score(fake)).
   */
  public double reward(double fakeScore) {
    return this == NON_SATURATING ? -softplus(-fakeScore) : fakeScore;
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** log(1 + e^x) without overflow. */
  static double softplus(double x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  }
}
