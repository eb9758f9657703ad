package org.qsl.learners.adversarial;

import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.EpochLearner;
import org.qsl.learners.LearnerConfig;
import org.qsl.learners.ModelArrays;
import org.qsl.learners.Seeds;
import org.qsl.learners.Step;
import org.qsl.learners.TrainingDivergedException;
import org.qsl.learners.TrainingListener;

/**
 * What the GAN and the autoregressive GAN share: the {@link Discriminator}, its place in the model
 * file, and the mode-collapse check. After every epoch the model draws
 * {@link DiversityCheck#SAMPLES} samples and compares their distinct count with the training
 * data's; the result is kept with the model (and in its file) as {@link #diversity()}, and a
 * collapse is reported through {@link TrainingListener#onWarning}: at the epoch where it
 * happens, and at the last epoch if the model is still collapsed then.
 *
 * @param <C> the configuration record
 */
public abstract class AdversarialLearner<C extends LearnerConfig> extends EpochLearner<C> {
  private static final String DIVERSITY = "diversity";
  /** Seed-derivation tag of the diversity check's samples. */
  private static final long DIVERSITY_SEED = 0x6d6f6465L;

  private final Discriminator discriminator;
  private DiversityCheck diversity;

  /**
   * @param name the registered learner name
   * @param qubits bits per sample
   * @param config the configuration
   * @param discriminator the untrained discriminator
   */
  protected AdversarialLearner(String name, int qubits, C config, Discriminator discriminator) {
    super(name, qubits, config);
    this.discriminator = discriminator;
  }

  /** The discriminator. */
  protected final Discriminator discriminator() {
    return discriminator;
  }

  /** Number of discriminator parameters (not counted by {@link #parameterCount()}). */
  public final long discriminatorParameterCount() {
    return discriminator.parameterCount();
  }

  /** The mode-collapse check after the last trained epoch; empty before training. */
  public final Optional<DiversityCheck> diversity() {
    return Optional.ofNullable(diversity);
  }

  /**
   * One step: {@link #adversarialStep}; if it diverges, the generator and the discriminator are
   * put back as they were before it, so that the model is the one before the offending step
   * (the step updates both networks, each after checking its own loss).
   */
  @Override
  protected final double trainStep(SampleSet batch, Step step) {
    Runnable generatorBefore = snapshotGenerator();
    Runnable discriminatorBefore = discriminator.snapshot();
    try {
      return adversarialStep(batch, step);
    } catch (TrainingDivergedException e) {
      generatorBefore.run();
      discriminatorBefore.run();
      throw e;
    }
  }

  /**
   * One training step of both networks (see {@link EpochLearner#trainStep}); returns the
   * discriminator's loss.
   */
  protected abstract double adversarialStep(SampleSet batch, Step step);

  /** An action that puts the generator's parameters and optimiser state back as they are now. */
  protected abstract Runnable snapshotGenerator();

  @Override
  protected final void afterEpoch(int epoch, SampleSet train, TrainingListener listener) {
    boolean wasCollapsed = diversity != null && diversity.collapsed();
    long seed = Seeds.derive(config().seed(), DIVERSITY_SEED, epoch);
    diversity = DiversityCheck.of(sample(DiversityCheck.SAMPLES, seed), train);
    // once when the model collapses, and again if it ends training collapsed
    if (diversity.collapsed() && (!wasCollapsed || epoch == config().epochs())) {
      listener.onWarning(name() + " epoch " + epoch + ": " + diversity.message());
    }
  }

  /** Puts the generator's parameters and optimiser state into {@code arrays}. */
  protected abstract void saveGenerator(Map<String, INDArray> arrays);

  /** Restores what {@link #saveGenerator} wrote. */
  protected abstract void loadGenerator(ModelArrays arrays);

  @Override
  protected final void saveArrays(Map<String, INDArray> arrays) {
    saveGenerator(arrays);
    discriminator.saveArrays(arrays);
    if (diversity != null) {
      arrays.put(DIVERSITY,
          Nd4j.createFromArray(diversity.samples(), diversity.distinct(), diversity.expected()));
    }
  }

  @Override
  protected final void loadArrays(ModelArrays arrays) {
    loadGenerator(arrays);
    discriminator.loadArrays(arrays);
    diversity = null;
    if (arrays.names().contains(DIVERSITY)) {
      double[] d = arrays.get(DIVERSITY, 3).toDoubleVector();
      diversity = new DiversityCheck((int) d[0], (int) d[1], d[2]);
    }
  }
}
