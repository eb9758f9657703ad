package org.qsl.learners;

import java.nio.file.Path;
import java.util.Optional;
import org.qsl.circuits.samples.SampleSet;

/**
 * A generative model of n-bit strings, trained on samples and sampled from. Implementations are
 * seeded: the same configuration, seed and training data give the same model on the CPU. Most
 * learners extend {@link EpochLearner}, which implements training, checkpoints and saving.
 */
public interface Learner {

  /** The registered learner name, e.g. "lstm" (see {@link LearnerRegistry}). */
  String name();

  /** Number of bits n the model generates. */
  int qubits();

  /**
   * Trains on {@code train} without checkpoints, reporting progress to {@code listener}.
   *
   * @see #fit(SampleSet, TrainingListener, Checkpoints)
   */
  default void fit(SampleSet train, TrainingListener listener) {
    fit(train, listener, Checkpoints.NONE);
  }

  /**
   * Trains on {@code train} for the configured number of epochs, continuing from the latest
   * checkpoint in {@code checkpoints} if there is one (same learner, configuration apart from the
   * epoch count, and data), and writing a checkpoint after every epoch. A model that has already
   * trained all its epochs is left as it is.
   *
   * @throws IllegalArgumentException if the samples do not have {@link #qubits()} bits, or the
   *     checkpoint or this model was trained with other settings or data
   * @throws TrainingDivergedException if the loss becomes NaN or infinite; the parameters are
   *     those before the offending step
   */
  void fit(SampleSet train, TrainingListener listener, Checkpoints checkpoints);

  /** Draws {@code count} bitstrings; the same seed gives the same samples. */
  SampleSet sample(int count, long seed);

  /** Number of trainable parameters used to generate samples. */
  long parameterCount();

  /** How the model was trained; empty until it has trained an epoch. */
  Optional<Provenance> provenance();

  /**
   * Saves weights, optimiser state, configuration and provenance (with library versions) in one
   * file, atomically. The file is also a checkpoint: fitting the loaded model continues training.
   */
  void save(Path file);

  /**
   * Loads a model saved by any registered learner.
   *
   * @throws IllegalArgumentException (one line) if the file is not a qsl model or is truncated
   */
  static Learner load(Path file) {
    return LearnerRegistry.load(file);
  }
}
