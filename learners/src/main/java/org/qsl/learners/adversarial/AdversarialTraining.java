package org.qsl.learners.adversarial;

import java.util.List;

/**
 * The settings both GANs share: the discriminator, the loss, the two optimisers and their
 * schedules. Part of each GAN's configuration record.
 *
 * @param discriminatorLayers hidden widths of the discriminator MLP (n bits to one score)
 * @param generatorLearningRate Adam step size of the generator
 * @param discriminatorLearningRate Adam step size of the discriminator
 * @param finalRate the learning rates fall linearly over the adversarial epochs, from their value
 *     in the first to this fraction of it in the last (a GAN's updates do not shrink as it nears an
 *     equilibrium, so without the decay the model keeps circling it)
 * @param discriminatorSteps discriminator updates per generator update
 * @param loss the adversarial loss
 * @param gradientPenalty weight of the WGAN-GP gradient penalty (Gulrajani et al. use 10)
 * @param temperatureStart relaxation temperature of the first adversarial epoch, for the
 *     estimators that use one
 * @param temperatureEnd temperature of the last epoch, reached geometrically
 */
public record AdversarialTraining(
    List<Integer> discriminatorLayers,
    double generatorLearningRate,
    double discriminatorLearningRate,
    double finalRate,
    int discriminatorSteps,
    AdversarialLoss loss,
    double gradientPenalty,
    double temperatureStart,
    double temperatureEnd) {

  /** Adam's first-moment decay for both networks (Radford et al.'s GAN setting). */
  public static final double BETA1 = 0.5;
  /** Adam's second-moment decay for both networks. */
  public static final double BETA2 = 0.999;

  /** Checks the ranges and keeps an unmodifiable copy of the layer list. */
  public AdversarialTraining {
    discriminatorLayers = layers("discriminator", discriminatorLayers);
    positive("generator learning rate", generatorLearningRate);
    positive("discriminator learning rate", discriminatorLearningRate);
    positive("final rate", finalRate);
    positive("discriminator steps", discriminatorSteps);
    positive("temperature start", temperatureStart);
    positive("temperature end", temperatureEnd);
    if (!(gradientPenalty >= 0) || Double.isInfinite(gradientPenalty)) {
      throw new IllegalArgumentException("gradient penalty must be >= 0, got " + gradientPenalty);
    }
    if (loss == null) {
      throw new IllegalArgumentException("the loss must be given");
    }
  }

  /** An untrained discriminator for {@code qubits}-bit strings with these settings. */
  public Discriminator discriminator(int qubits) {
    return new Discriminator(qubits, discriminatorLayers, loss, gradientPenalty,
        discriminatorLearningRate, BETA1, BETA2);
  }

  /** The temperature in {@code epoch}, the adversarial epochs running from first to last. */
  public double temperature(int epoch, int first, int last) {
    return Schedules.geometric(temperatureStart, temperatureEnd, epoch, first, last);
  }

  /** The factor on the learning rates in {@code epoch}: 1 in {@code first}, finalRate in last. */
  public double rateFactor(int epoch, int first, int last) {
    return Schedules.linear(finalRate, epoch, first, last);
  }

  /** @throws IllegalArgumentException unless {@code value} is positive and finite */
  public static void positive(String what, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be positive, got " + value);
    }
  }

  /**
   * An unmodifiable copy of {@code widths}.
   *
   * @throws IllegalArgumentException unless every width is >= 1
   */
  public static List<Integer> layers(String network, List<Integer> widths) {
    if (widths == null || widths.stream().anyMatch(w -> w == null || w < 1)) {
      throw new IllegalArgumentException(network + " layer widths must be >= 1, got " + widths);
    }
    return List.copyOf(widths);
  }
}
