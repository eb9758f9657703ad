package org.qsl.learners.gan;

import org.qsl.learners.LearnerType;

/** Registers the {@link GanLearner} under "gan". */
public final class GanLearnerType extends LearnerType {
  /** Called by {@link java.util.ServiceLoader}. */
  public GanLearnerType() {
    super(GanLearner.NAME, GanConfig.class, GanLearner::new);
  }
}
