package org.qsl.learners.lstm;

import org.qsl.learners.LearnerType;

/** Registers the {@link LstmLearner} under "lstm". */
public final class LstmLearnerType extends LearnerType {
  /** Called by {@link java.util.ServiceLoader}. */
  public LstmLearnerType() {
    super(LstmLearner.NAME, LstmConfig.class, LstmLearner::new);
  }
}
