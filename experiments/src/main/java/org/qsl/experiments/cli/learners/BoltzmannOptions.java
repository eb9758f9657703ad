package org.qsl.experiments.cli.learners;

import org.qsl.learners.dbm.DbmConfig;
import picocli.CommandLine.Option;

/**
 * The options the {@code dbm} and {@code rbm} learners share (a picocli mixin), initialised to
 * {@link DbmConfig#dbmDefaults()}; see {@link DbmConfig} for what each one means.
 */
final class BoltzmannOptions {
  private static final DbmConfig D = DbmConfig.dbmDefaults();

  @Option(names = "--hidden1", description = "units in the first hidden layer (default: "
      + "${DEFAULT-VALUE})")
  int hidden1 = D.hidden1();

  @Option(names = "--epochs",
      description = "passes over the data, pre-training included (default: ${DEFAULT-VALUE})")
  int epochs = D.epochs();

  @Option(names = "--pretrain-epochs",
      description = "CD-k pre-training epochs per hidden layer (default: ${DEFAULT-VALUE})")
  int pretrainEpochs = D.pretrainEpochs();

  @Option(names = "--batch-size", description = "vectors per update (default: ${DEFAULT-VALUE})")
  int batchSize = D.batchSize();

  @Option(names = "--cd-steps", description = "k of CD-k (default: ${DEFAULT-VALUE})")
  int cdSteps = D.cdSteps();

  @Option(names = "--pretrain-learning-rate",
      description = "pre-training learning rate (default: ${DEFAULT-VALUE})")
  double pretrainLearningRate = D.pretrainLearningRate();

  @Option(names = "--learning-rate",
      description = "learning rate of the first joint epoch (default: ${DEFAULT-VALUE})")
  double learningRate = D.learningRate();

  @Option(names = "--final-learning-rate",
      description = "learning rate of the last joint epoch (default: ${DEFAULT-VALUE})")
  double finalLearningRate = D.finalLearningRate();

  @Option(names = "--weight-decay",
      description = "L2 penalty on the weights (default: ${DEFAULT-VALUE})")
  double weightDecay = D.weightDecay();

  @Option(names = "--initial-momentum", description = "(default: ${DEFAULT-VALUE})")
  double initialMomentum = D.initialMomentum();

  @Option(names = "--final-momentum", description = "(default: ${DEFAULT-VALUE})")
  double finalMomentum = D.finalMomentum();

  @Option(names = "--momentum-epochs",
      description = "epochs of each phase at the initial momentum (default: ${DEFAULT-VALUE})")
  int momentumEpochs = D.momentumEpochs();

  @Option(names = "--initial-weight-scale",
      description = "standard deviation of the initial weights (default: ${DEFAULT-VALUE})")
  double initialWeightScale = D.initialWeightScale();

  @Option(names = "--persistent-chains",
      description = "persistent Gibbs chains of joint training (default: ${DEFAULT-VALUE})")
  int persistentChains = D.persistentChains();

  @Option(names = "--gibbs-sweeps",
      description = "sweeps of the persistent chains per update (default: ${DEFAULT-VALUE})")
  int gibbsSweeps = D.gibbsSweeps();

  @Option(names = "--mean-field-iterations",
      description = "most mean-field iterations (default: ${DEFAULT-VALUE})")
  int meanFieldIterations = D.meanFieldIterations();

  @Option(names = "--mean-field-tolerance",
      description = "mean-field convergence tolerance (default: ${DEFAULT-VALUE})")
  double meanFieldTolerance = D.meanFieldTolerance();

  @Option(names = "--sampling-chains",
      description = "Gibbs chains when generating samples (default: ${DEFAULT-VALUE})")
  int samplingChains = D.samplingChains();

  @Option(names = "--burn-in",
      description = "sweeps discarded by each sampling chain (default: ${DEFAULT-VALUE})")
  int burnIn = D.burnIn();

  @Option(names = "--thinning",
      description = "sweeps between samples of a chain (default: ${DEFAULT-VALUE})")
  int thinning = D.thinning();

  @Option(names = "--ais-runs",
      description = "AIS runs for log Z of large models (default: ${DEFAULT-VALUE})")
  int aisRuns = D.aisRuns();

  @Option(names = "--ais-temperatures",
      description = "AIS intermediate distributions (default: ${DEFAULT-VALUE})")
  int aisTemperatures = D.aisTemperatures();

  /** The configuration with these options, {@code hidden2} and {@code seed}. */
  DbmConfig config(int hidden2, long seed) {
    return new DbmConfig(hidden1, hidden2, epochs, pretrainEpochs, batchSize, cdSteps,
        pretrainLearningRate, learningRate, finalLearningRate, weightDecay, initialMomentum,
        finalMomentum, momentumEpochs, initialWeightScale, persistentChains, gibbsSweeps,
        meanFieldIterations, meanFieldTolerance, samplingChains, burnIn, thinning, aisRuns,
        aisTemperatures, seed);
  }
}
