package org.qsl.learners.dbm;

import org.qsl.learners.LearnerType;

/** Registers the {@link DbmLearner} under "dbm". */
public final class DbmLearnerType extends LearnerType {
  /** Called by {@link java.util.ServiceLoader}. */
  public DbmLearnerType() {
    super(DbmLearner.DBM, DbmConfig.class, (qubits, config) ->
        DbmLearner.create(DbmLearner.DBM, qubits, config));
  }
}
