package org.qsl.learners;

import java.nio.file.Path;
import org.qsl.circuits.samples.SampleSet;

/**
 * A generative model of n-bit strings, trained on samples and sampled from. Implementations are
 * seeded: the same configuration, seed and training data give the same model on the CPU.
 */
public interface Learner {

  /** Number of bits n the model generates. */
  int qubits();

  /**
   * Trains on {@code train}, reporting progress to {@code listener}.
   *
   * @throws IllegalArgumentException if the samples do not have {@link #qubits()} bits
   * @throws TrainingDivergedException if the loss becomes NaN or infinite
   */
  void fit(SampleSet train, TrainingListener listener);

  /** Draws {@code count} bitstrings; the same seed gives the same samples. */
  SampleSet sample(int count, long seed);

  /** Number of trainable parameters used to generate samples. */
  long parameterCount();

  /** Saves weights, configuration, provenance and library versions in one file, atomically. */
  void save(Path file);
}
