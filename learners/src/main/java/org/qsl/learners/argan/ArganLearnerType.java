package org.qsl.learners.argan;

import org.qsl.learners.LearnerType;

/** Registers the {@link ArganLearner} under "argan". */
public final class ArganLearnerType extends LearnerType {
  /** Called by {@link java.util.ServiceLoader}. */
  public ArganLearnerType() {
    super(ArganLearner.NAME, ArganConfig.class, ArganLearner::new);
  }
}
