package org.qsl.experiments;

import org.qsl.learners.TrainingListener;

/** Computes one configuration's row: builds its target, trains its learner and scores it. */
@FunctionalInterface
public interface ConfigurationRunner {

  /**
   * Trains and scores {@code configuration}, reporting training progress to {@code listener}.
   *
   * @throws IllegalArgumentException if the configuration cannot be run (e.g. an unknown learner)
   */
  ResultRow run(Configuration configuration, TrainingListener listener);
}
