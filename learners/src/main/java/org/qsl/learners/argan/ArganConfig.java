package org.qsl.learners.argan;

import java.util.List;
import org.qsl.learners.LearnerConfig;
import org.qsl.learners.adversarial.AdversarialLoss;
import org.qsl.learners.adversarial.AdversarialTraining;

/**
 * Settings of the {@link ArganLearner}. The defaults ({@link #DEFAULTS}) were chosen by the
 * measurements in the README's "GANs" section.
 *
 * @param epochs passes over the training data, pre-training included (default 30)
 * @param batchSize real samples per step; each adversarial step draws as many fake ones
 *     (default 128)
 * @param seed master seed (default 0)
 * @param generator the generator's network (default {@link GeneratorNetwork#LSTM}, the LSTM
 *     learner's; the MLP generator scored the higher XEB at n = 8, 10, 12)
 * @param units hidden units of the generator (default 32)
 * @param pretrainEpochs the first epochs train the generator by maximum likelihood only, the
 *     adversarial epochs follow (default 0: 15 of 30 epochs lowered the KL at n = 8 but also the
 *     XEB, with either generator)
 * @param estimator how the generator's gradient crosses its sampled bits (default
 *     {@link SequenceEstimator#REINFORCE}: at n = 8 it scored XEB 0.33-0.40 with the LSTM
 *     generator against 0.24-0.35 for Gumbel, and 0.54-0.61 against 0.41-0.45 with the MLP one)
 * @param training the discriminator, loss and optimisers (defaults: discriminator [64, 64],
 *     learning rates 1e-3 falling to 0.1 of that, one discriminator step per generator step, the
 *     non-saturating loss, gradient penalty 10 if WGAN-GP is chosen, Gumbel temperature 1 falling
 *     to 0.2)
 */
public record ArganConfig(
    int epochs,
    int batchSize,
    long seed,
    GeneratorNetwork generator,
    int units,
    int pretrainEpochs,
    SequenceEstimator estimator,
    AdversarialTraining training)
    implements LearnerConfig {

  /** The defaults. */
  public static final ArganConfig DEFAULTS = new ArganConfig(30, 128, 0,
      GeneratorNetwork.LSTM, 32, 0,
      SequenceEstimator.REINFORCE, new AdversarialTraining(List.of(64, 64), 1e-3, 1e-3, 0.1, 1,
          AdversarialLoss.NON_SATURATING, 10, 1, 0.2));

  /** Checks the ranges. */
  public ArganConfig {
    AdversarialTraining.positive("epochs", epochs);
    AdversarialTraining.positive("units", units);
    if (batchSize < 2) {
      // REINFORCE's leave-one-out baseline needs another string of the batch
      throw new IllegalArgumentException("batch size must be >= 2, got " + batchSize);
    }
    if (pretrainEpochs < 0 || pretrainEpochs >= epochs) {
      throw new IllegalArgumentException("pre-training epochs must be 0.." + (epochs - 1)
          + " (the rest are adversarial), got " + pretrainEpochs);
    }
    if (generator == null || estimator == null || training == null) {
      throw new IllegalArgumentException("generator, estimator and training settings must be"
          + " given");
    }
  }

  /** Whether {@code epoch} (1-based) trains by maximum likelihood. */
  public boolean pretraining(int epoch) {
    return epoch <= pretrainEpochs;
  }

  /** The Gumbel temperature in adversarial {@code epoch} (1-based). */
  public double temperature(int epoch) {
    return training.temperature(epoch, pretrainEpochs + 1, epochs);
  }

  /** The factor on both learning rates in adversarial {@code epoch} (1-based). */
  public double rateFactor(int epoch) {
    return training.rateFactor(epoch, pretrainEpochs + 1, epochs);
  }
}
