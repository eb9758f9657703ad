package org.qsl.experiments.cli.learners;

import org.qsl.learners.Learner;
import org.qsl.learners.dbm.DbmConfig;
import org.qsl.learners.dbm.DbmLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the deep Boltzmann machine. */
@Command(name = DbmLearner.DBM)
public final class DbmOptions implements LearnerOptions {
  @Mixin
  BoltzmannOptions common = new BoltzmannOptions();

  @Option(names = "--hidden2", description = "units in the second hidden layer (default: "
      + "${DEFAULT-VALUE})")
  int hidden2 = DbmConfig.dbmDefaults().hidden2();

  @Override
  public String learner() {
    return DbmLearner.DBM;
  }

  @Override
  public Learner create(int qubits, long seed) {
    return DbmLearner.create(DbmLearner.DBM, qubits, common.config(hidden2, seed));
  }
}
