package org.qsl.learners.gan;

import java.util.List;
import org.qsl.learners.LearnerConfig;
import org.qsl.learners.adversarial.AdversarialLoss;

/**
 * Settings of the {@link GanLearner}. The defaults ({@link #DEFAULTS}) were chosen by the
 * measurements in the README's "GANs" section.
 *
 * @param epochs passes over the training data (default 30)
 * @param batchSize real samples per step; each step draws as many fake ones (default 128)
 * @param seed master seed (default 0)
 * @param noiseDimension dimension of the generator's standard Gaussian input (default 16)
 * @param generatorLayers hidden widths of the generator MLP, noise to n logits (default [64, 64])
 * @param discriminatorLayers hidden widths of the discriminator MLP, n bits to one score (default
 *     [64, 64])
 * @param generatorLearningRate Adam step size of the generator (default 1e-3)
 * @param discriminatorLearningRate Adam step size of the discriminator (default 1e-3)
 * @param finalRate both learning rates fall linearly over the epochs, from their value in the
 *     first epoch to this fraction of it in the last (default 0.1; a GAN's updates do not shrink
 *     as it nears an equilibrium, so without the decay the model keeps circling it)
 * @param discriminatorSteps discriminator updates per generator update (default 1)
 * @param loss the adversarial loss (default non-saturating)
 * @param gradientPenalty weight of the WGAN-GP gradient penalty (default 10, Gulrajani et al.)
 * @param estimator how the gradient passes the discrete bits (default {@link
 *     BitEstimator#STRAIGHT_THROUGH_RELAXED}: hard bits forward, the relaxed slope backward. At
 *     n = 8 (3 seeds each) it reached KL 0.30-0.31 and normalised linear XEB 0.30-0.34 on a
 *     Sycamore target against 0.31-0.34 and 0.20-0.28 for the plain straight-through estimator,
 *     and KL 0.014-0.018 on a product distribution (0.009-0.040); the relaxed Bernoulli, whose
 *     soft values the discriminator tells from real bits, piled onto the likeliest strings: XEB
 *     0.56-0.75 but KL 1.1-2.3 on the Sycamore target, XEB above 1.35 and mode collapse on the
 *     product; see the README's "GANs" section)
 * @param temperatureStart relaxation temperature of the first epoch, for the estimators that
 *     use one (default 1)
 * @param temperatureEnd temperature of the last epoch, reached geometrically (default 0.2)
 */
public record GanConfig(
    int epochs,
    int batchSize,
    long seed,
    int noiseDimension,
    List<Integer> generatorLayers,
    List<Integer> discriminatorLayers,
    double generatorLearningRate,
    double discriminatorLearningRate,
    double finalRate,
    int discriminatorSteps,
    AdversarialLoss loss,
    double gradientPenalty,
    BitEstimator estimator,
    double temperatureStart,
    double temperatureEnd)
    implements LearnerConfig {

  /** Adam's first-moment decay for both networks (Radford et al.'s GAN setting). */
  public static final double BETA1 = 0.5;
  /** Adam's second-moment decay for both networks. */
  public static final double BETA2 = 0.999;

  /** The defaults. */
  public static final GanConfig DEFAULTS = new GanConfig(30, 128, 0, 16, List.of(64, 64),
      List.of(64, 64), 1e-3, 1e-3, 0.1, 1, AdversarialLoss.NON_SATURATING, 10,
      BitEstimator.STRAIGHT_THROUGH_RELAXED, 1, 0.2);

  /** Checks the ranges and keeps unmodifiable copies of the layer lists. */
  public GanConfig {
    positive("epochs", epochs);
    positive("batch size", batchSize);
    positive("noise dimension", noiseDimension);
    positive("discriminator steps", discriminatorSteps);
    generatorLayers = layers("generator", generatorLayers);
    discriminatorLayers = layers("discriminator", discriminatorLayers);
    positive("generator learning rate", generatorLearningRate);
    positive("discriminator learning rate", discriminatorLearningRate);
    positive("final rate", finalRate);
    positive("temperature start", temperatureStart);
    positive("temperature end", temperatureEnd);
    if (!(gradientPenalty >= 0) || Double.isInfinite(gradientPenalty)) {
      throw new IllegalArgumentException("gradient penalty must be >= 0, got " + gradientPenalty);
    }
    if (loss == null || estimator == null) {
      throw new IllegalArgumentException("loss and estimator must be given");
    }
  }

  /** The relaxation temperature in {@code epoch} (1-based). */
  public double temperature(int epoch) {
    return temperatureStart * Math.pow(temperatureEnd / temperatureStart, fraction(epoch));
  }

  /** The factor on both learning rates in {@code epoch} (1-based): 1 falling to finalRate. */
  public double rateFactor(int epoch) {
    return 1 - (1 - finalRate) * fraction(epoch);
  }

  private double fraction(int epoch) {
    return epochs == 1 ? 0 : (epoch - 1.0) / (epochs - 1);
  }

  static void positive(String what, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be positive, got " + value);
    }
  }

  static List<Integer> layers(String network, List<Integer> widths) {
    if (widths == null || widths.stream().anyMatch(w -> w == null || w < 1)) {
      throw new IllegalArgumentException(
          network + " layer widths must be >= 1, got " + widths);
    }
    return List.copyOf(widths);
  }
}
