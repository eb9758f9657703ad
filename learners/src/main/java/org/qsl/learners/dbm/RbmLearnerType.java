package org.qsl.learners.dbm;

import org.qsl.learners.LearnerType;

/** Registers the {@link DbmLearner} with one hidden layer under "rbm". */
public final class RbmLearnerType extends LearnerType {
  /** Called by {@link java.util.ServiceLoader}. */
  public RbmLearnerType() {
    super(DbmLearner.RBM, DbmConfig.class, (qubits, config) ->
        DbmLearner.create(DbmLearner.RBM, qubits, config));
  }
}
