package org.qsl.experiments.cli.learners;

import org.qsl.learners.Learner;
import org.qsl.learners.argan.ArganConfig;
import org.qsl.learners.argan.ArganLearner;
import org.qsl.learners.argan.GeneratorNetwork;
import org.qsl.learners.argan.SequenceEstimator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the autoregressive GAN ({@link ArganConfig}; defaults documented there). */
@Command(name = ArganLearner.NAME)
public final class ArganOptions implements LearnerOptions {
  private static final ArganConfig D = ArganConfig.DEFAULTS;

  @Option(names = "--epochs",
      description = "passes over the data, pre-training included (default: ${DEFAULT-VALUE})")
  int epochs = D.epochs();

  @Option(names = "--batch-size",
      description = "real (and fake) samples per step (default: ${DEFAULT-VALUE})")
  int batchSize = D.batchSize();

  @Option(names = "--generator",
      description = "the generator's network: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  GeneratorNetwork generator = D.generator();

  @Option(names = "--units", paramLabel = "H",
      description = "hidden units of the generator (default: ${DEFAULT-VALUE})")
  int units = D.units();

  @Option(names = "--pretrain-epochs", paramLabel = "E",
      description = "first epochs by maximum likelihood (default: ${DEFAULT-VALUE})")
  int pretrainEpochs = D.pretrainEpochs();

  @Option(names = "--sequence-estimator",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  SequenceEstimator estimator = D.estimator();

  @Mixin AdversarialOptions adversarial = new AdversarialOptions(D.training());

  @Override
  public String learner() {
    return ArganLearner.NAME;
  }

  @Override
  public Learner create(int qubits, long seed) {
    return new ArganLearner(qubits, new ArganConfig(epochs, batchSize, seed, generator, units,
        pretrainEpochs, estimator, adversarial.training()));
  }
}
