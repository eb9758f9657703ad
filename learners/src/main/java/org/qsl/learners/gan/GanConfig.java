package org.qsl.learners.gan;

import java.util.List;
import org.qsl.learners.LearnerConfig;
import org.qsl.learners.adversarial.AdversarialLoss;
import org.qsl.learners.adversarial.AdversarialTraining;

/**
 * Settings of the {@link GanLearner}. The defaults ({@link #DEFAULTS}) were chosen by the
 * measurements in the README's "GANs" section.
 *
 * @param epochs passes over the training data (default 30)
 * @param batchSize real samples per step; each step draws as many fake ones (default 128)
 * @param seed master seed (default 0)
 * @param noiseDimension dimension of the generator's standard Gaussian input (default 16)
 * @param generatorLayers hidden widths of the generator MLP, noise to n logits (default [64, 64])
 * @param estimator how the gradient passes the discrete bits (default {@link
 *     BitEstimator#STRAIGHT_THROUGH_RELAXED}: hard bits forward, the relaxed slope backward. At
 *     n = 8 (3 seeds each) it reached KL 0.30-0.31 and normalised linear XEB 0.30-0.34 on a
 *     Sycamore target against 0.31-0.34 and 0.20-0.28 for the plain straight-through estimator,
 *     and KL 0.014-0.018 on a product distribution (0.009-0.040); the relaxed Bernoulli, whose
 *     soft values the discriminator tells from real bits, piled onto the likeliest strings: XEB
 *     0.56-0.75 but KL 1.1-2.3 on the Sycamore target, XEB above 1.35 and mode collapse on the
 *     product; see the README's "GANs" section)
 * @param training the discriminator, loss and optimisers (defaults: discriminator [64, 64],
 *     learning rates 1e-3 falling to 0.1 of that, one discriminator step per generator step, the
 *     non-saturating loss, gradient penalty 10 if WGAN-GP is chosen, temperature 1 falling to
 *     0.2; WGAN-GP with 5 critic steps scored worse: KL 0.34-0.36, XEB 0.10-0.17)
 */
public record GanConfig(
    int epochs,
    int batchSize,
    long seed,
    int noiseDimension,
    List<Integer> generatorLayers,
    BitEstimator estimator,
    AdversarialTraining training)
    implements LearnerConfig {

  /** The defaults. */
  public static final GanConfig DEFAULTS = new GanConfig(30, 128, 0, 16, List.of(64, 64),
      BitEstimator.STRAIGHT_THROUGH_RELAXED, new AdversarialTraining(List.of(64, 64), 1e-3,
          1e-3, 0.1, 1, AdversarialLoss.NON_SATURATING, 10, 1, 0.2));

  /** Checks the ranges and keeps an unmodifiable copy of the layer list. */
  public GanConfig {
    AdversarialTraining.positive("epochs", epochs);
    AdversarialTraining.positive("batch size", batchSize);
    AdversarialTraining.positive("noise dimension", noiseDimension);
    generatorLayers = AdversarialTraining.layers("generator", generatorLayers);
    if (estimator == null || training == null) {
      throw new IllegalArgumentException("estimator and training settings must be given");
    }
  }

  /** The relaxation temperature in {@code epoch} (1-based). */
  public double temperature(int epoch) {
    return training.temperature(epoch, 1, epochs);
  }

  /** The factor on both learning rates in {@code epoch} (1-based). */
  public double rateFactor(int epoch) {
    return training.rateFactor(epoch, 1, epochs);
  }
}
