package org.qsl.learners;

/**
 * The settings every epoch-trained learner has. A learner's configuration is a record that
 * implements this interface; it is stored as JSON in the model file and in the provenance, so its
 * components must be plain values (numbers, booleans, strings, enums, lists of these).
 */
public interface LearnerConfig {

  /** Number of passes over the training data. */
  int epochs();

  /** Samples per optimisation step (the last step of an epoch may have fewer). */
  int batchSize();

  /** Master seed: initialisation, shuffling and every other random choice of training. */
  long seed();
}
