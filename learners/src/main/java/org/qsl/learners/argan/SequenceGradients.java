package org.qsl.learners.argan;

import static org.qsl.learners.adversarial.AdversarialLoss.sigmoid;
import static org.qsl.learners.adversarial.AdversarialLoss.softplus;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.qsl.learners.gan.BitEstimator;
import org.qsl.learners.gan.BitEstimator.Relaxation;

/**
 * The AR-GAN generator's training signals: maximum likelihood, and the two ways its gradient
 * crosses its discrete, sequentially sampled bits. All are written as a gradient with respect to
 * the generator's teacher-forced logits z[i][t] (the logit of P(bit t of string i = 1 | the bits
 * before t)), so that the generator network only needs its ordinary backward pass.
 */
final class SequenceGradients {
  private SequenceGradients() {}

  /**
   * The negative log-likelihood, mean over the B strings: (1/B) sum_i sum_t softplus(z[i][t]) -
   * x[i][t] z[i][t], with gradient (sigmoid(z[i][t]) - x[i][t]) / B.
   *
   * @param strings the strings x_i (qubit 0 most significant)
   * @param n bits per string
   * @param logits teacher-forced logits, row-major, n per string
   * @param gradient receives d loss / d logits, same layout
   * @return the loss, nats per string
   */
  static double maximumLikelihood(long[] strings, int n, double[] logits, double[] gradient) {
    double[] weights = new double[strings.length];
    Arrays.fill(weights, 1.0 / strings.length);
    return weightedNegativeLogLikelihood(strings, n, logits, weights, gradient);
  }

  /**
   * REINFORCE with a leave-one-out baseline (Williams 1992; SeqGAN, Yu et al. 2017, with the
   * whole string's reward): the surrogate loss -(1/B) sum_i (R_i - b_i) log p(x_i), whose gradient
   * has the gradient of -E[R(x)] as its expectation. b_i is the mean reward of the other strings
   * of the batch, which does not depend on x_i, so the baseline adds no bias. With
   * -log p(x_i) = sum_t softplus(z[i][t]) - x[i][t] z[i][t], the gradient with respect to the
   * logits is (R_i - b_i) / B (sigmoid(z[i][t]) - x[i][t]).
   *
   * @param strings the sampled strings x_i (qubit 0 most significant), B >= 2 of them
   * @param n bits per string
   * @param logits teacher-forced logits, row-major, n per string
   * @param rewards R_i
   * @param gradient receives d surrogate / d logits, same layout
   * @return the surrogate loss
   */
  static double reinforce(long[] strings, int n, double[] logits, double[] rewards,
      double[] gradient) {
    int b = strings.length;
    if (b < 2) {
      throw new IllegalArgumentException("REINFORCE with a leave-one-out baseline needs a batch"
          + " of at least 2, got " + b);
    }
    double total = 0;
    for (double r : rewards) {
      total += r;
    }
    double[] weights = new double[b];
    for (int i = 0; i < b; i++) {
      weights[i] = (rewards[i] - (total - rewards[i]) / (b - 1)) / b;
    }
    return weightedNegativeLogLikelihood(strings, n, logits, weights, gradient);
  }

  /**
   * sum_i w_i (-log p(x_i)) = sum_i w_i sum_t softplus(z[i][t]) - x[i][t] z[i][t], with gradient
   * w_i (sigmoid(z[i][t]) - x[i][t]) into {@code gradient}.
   */
  private static double weightedNegativeLogLikelihood(long[] strings, int n, double[] logits,
      double[] weights, double[] gradient) {
    double sum = 0;
    for (int i = 0; i < strings.length; i++) {
      for (int t = 0; t < n; t++) {
        int k = i * n + t;
        int bit = (int) (strings[i] >>> (n - 1 - t)) & 1;
        double z = logits[k];
        sum += weights[i] * (softplus(z) - bit * z);
        gradient[k] = weights[i] * (sigmoid(z) - bit);
      }
    }
    return sum;
  }

  /**
   * Straight-through Gumbel for sequences: the discriminator has seen the hard sampled bits; each
   * bit's gradient passes to its logit with the slope of the relaxed Bernoulli
   * sigmoid((z + L) / tau) (see {@link BitEstimator#STRAIGHT_THROUGH_RELAXED}), for logistic noise
   * L drawn conditionally on the bit that was sampled, so that noise and bit are jointly
   * distributed as if the bit had been drawn as [z + L > 0]. The path through later conditionals
   * (the sampled bit is the next step's input) is not differentiated, which makes it biased.
   *
   * @param strings the sampled strings
   * @param n bits per string
   * @param logits teacher-forced logits, row-major, n per string
   * @param valueGradient the loss gradient with respect to each bit the discriminator saw
   * @param temperature tau
   * @param gradient receives the loss gradient with respect to the logits, same layout
   */
  static void gumbel(long[] strings, int n, double[] logits, double[] valueGradient,
      double temperature, SplittableRandom random, double[] gradient) {
    double[] uniforms = conditionalUniforms(strings, n, logits, random);
    Relaxation r = BitEstimator.STRAIGHT_THROUGH_RELAXED.apply(logits, uniforms, temperature);
    for (int i = 0; i < gradient.length; i++) {
      gradient[i] = valueGradient[i] * r.slopes()[i];
    }
  }

  /**
   * Uniforms u such that [z + log(u / (1 - u)) > 0] is the given bit, uniform on the part of
   * (0, 1) that gives it: (sigmoid(-z), 1) for a 1, (0, sigmoid(-z)) for a 0. When the bit was
   * drawn with P(1) = sigmoid(z), u is then uniform on (0, 1), as in an unconditional draw.
   */
  static double[] conditionalUniforms(long[] strings, int n, double[] logits,
      SplittableRandom random) {
    double[] u = new double[logits.length];
    for (int i = 0; i < strings.length; i++) {
      for (int t = 0; t < n; t++) {
        int k = i * n + t;
        double zeroMass = sigmoid(-logits[k]);
        double v = random.nextDouble(Double.MIN_NORMAL, 1);
        int bit = (int) (strings[i] >>> (n - 1 - t)) & 1;
        u[k] = bit == 1 ? zeroMass + v * (1 - zeroMass) : v * zeroMass;
      }
    }
    return u;
  }
}
