package org.qsl.experiments.cli.learners;

import org.qsl.learners.Learner;
import org.qsl.learners.dbm.DbmLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Options of the restricted Boltzmann machine (the DBM's options without a second layer). */
@Command(name = DbmLearner.RBM)
public final class RbmOptions implements LearnerOptions {
  @Mixin
  BoltzmannOptions common = new BoltzmannOptions();

  @Override
  public String learner() {
    return DbmLearner.RBM;
  }

  @Override
  public Learner create(int qubits, long seed) {
    return DbmLearner.create(DbmLearner.RBM, qubits, common.config(0, seed));
  }
}
