package org.qsl.learners.adversarial;

import java.util.function.DoubleUnaryOperator;

/**
 * The two-player objective of a GAN, as functions of the discriminator's scores s (its output
 * before any sigmoid). The discriminator's loss is mean r(s) over real samples plus mean f(s) over
 * fake ones; the generator's is mean r(s) over its fake samples (it wants them taken for real).
 * Each method returns the loss and writes its gradient with respect to each score.
 */
public enum AdversarialLoss {
  /**
   * Goodfellow et al.'s GAN with the non-saturating generator loss: with D = sigmoid(s), the
   * discriminator minimises -log D(real) - log(1 - D(fake)), the generator -log D(fake).
   */
  NON_SATURATING {
    @Override
    double realTerm(double s) {
      return softplus(-s); // -log sigmoid(s)
    }

    @Override
    double realSlope(double s) {
      return -sigmoid(-s);
    }

    @Override
    double fakeTerm(double s) {
      return softplus(s); // -log(1 - sigmoid(s))
    }

    @Override
    double fakeSlope(double s) {
      return sigmoid(s);
    }
  },
  /**
   * Wasserstein GAN with gradient penalty (Gulrajani et al. 2017): the critic minimises
   * mean s(fake) - mean s(real) + penalty, the generator -mean s(fake). The penalty is added by
   * the {@link Discriminator} ({@link Mlp#gradientPenalty}).
   */
  WASSERSTEIN_GP {
    @Override
    double realTerm(double s) {
      return -s;
    }

    @Override
    double realSlope(double s) {
      return -1;
    }

    @Override
    double fakeTerm(double s) {
      return s;
    }

    @Override
    double fakeSlope(double s) {
      return 1;
    }
  };

  /** r(s): the loss of calling a sample with score s fake when it is real. */
  abstract double realTerm(double s);

  /** r'(s). */
  abstract double realSlope(double s);

  /** f(s): the loss of calling a sample with score s real when it is fake. */
  abstract double fakeTerm(double s);

  /** f'(s). */
  abstract double fakeSlope(double s);

  /**
   * The discriminator's loss for a batch of real and of fake scores, means over each batch.
   *
   * @param realGradient receives d loss / d real score
   * @param fakeGradient receives d loss / d fake score
   */
  public double discriminator(double[] real, double[] fake, double[] realGradient,
      double[] fakeGradient) {
    return mean(real, this::realTerm, this::realSlope, realGradient)
        + mean(fake, this::fakeTerm, this::fakeSlope, fakeGradient);
  }

  /**
   * The generator's loss for a batch of fake scores (mean over the batch).
   *
   * @param fakeGradient receives d loss / d fake score
   */
  public double generator(double[] fake, double[] fakeGradient) {
    return mean(fake, this::realTerm, this::realSlope, fakeGradient);
  }

  /**
   * The generator's reward for one fake sample, for score-function (REINFORCE) training: minus
   * its loss, so higher is better (log D(fake) or s(fake)).
   */
  public double reward(double fakeScore) {
    return -realTerm(fakeScore);
  }

  private static double mean(double[] scores, DoubleUnaryOperator term,
      DoubleUnaryOperator slope, double[] gradient) {
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      sum += term.applyAsDouble(scores[i]);
      gradient[i] = slope.applyAsDouble(scores[i]) / scores.length;
    }
    return sum / scores.length;
  }

  /** The logistic function 1 / (1 + e^-x), for the GAN and the AR-GAN too. */
  public static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** log(1 + e^x) without overflow, for the AR-GAN too. */
  public static double softplus(double x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  }
}
