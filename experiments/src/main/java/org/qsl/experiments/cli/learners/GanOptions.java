package org.qsl.experiments.cli.learners;

import java.util.ArrayList;
import java.util.List;
import org.qsl.learners.Learner;
import org.qsl.learners.adversarial.AdversarialLoss;
import org.qsl.learners.gan.BitEstimator;
import org.qsl.learners.gan.GanConfig;
import org.qsl.learners.gan.GanLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Options of the GAN ({@link GanConfig}; defaults documented there). */
@Command(name = GanLearner.NAME)
public final class GanOptions implements LearnerOptions {
  private static final GanConfig D = GanConfig.DEFAULTS;

  @Option(names = "--epochs", description = "passes over the data (default: ${DEFAULT-VALUE})")
  int epochs = D.epochs();

  @Option(names = "--batch-size",
      description = "real (and fake) samples per step (default: ${DEFAULT-VALUE})")
  int batchSize = D.batchSize();

  @Option(names = "--noise", paramLabel = "DIM",
      description = "dimension of the generator's Gaussian noise (default: ${DEFAULT-VALUE})")
  int noiseDimension = D.noiseDimension();

  @Option(names = "--generator-layers", split = ",", paramLabel = "W",
      description = "hidden widths of the generator (default: ${DEFAULT-VALUE})")
  List<Integer> generatorLayers = new ArrayList<>(D.generatorLayers());

  @Option(names = "--discriminator-layers", split = ",", paramLabel = "W",
      description = "hidden widths of the discriminator (default: ${DEFAULT-VALUE})")
  List<Integer> discriminatorLayers = new ArrayList<>(D.discriminatorLayers());

  @Option(names = "--generator-learning-rate", paramLabel = "RATE",
      description = "Adam step size of the generator (default: ${DEFAULT-VALUE})")
  double generatorLearningRate = D.generatorLearningRate();

  @Option(names = "--discriminator-learning-rate", paramLabel = "RATE",
      description = "Adam step size of the discriminator (default: ${DEFAULT-VALUE})")
  double discriminatorLearningRate = D.discriminatorLearningRate();

  @Option(names = "--final-rate", paramLabel = "FRACTION",
      description = "learning rates fall linearly to this fraction of their start over the"
          + " epochs (default: ${DEFAULT-VALUE})")
  double finalRate = D.finalRate();

  @Option(names = "--discriminator-steps", paramLabel = "K",
      description = "discriminator updates per generator update (default: ${DEFAULT-VALUE})")
  int discriminatorSteps = D.discriminatorSteps();

  @Option(names = "--loss",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  AdversarialLoss loss = D.loss();

  @Option(names = "--gradient-penalty", paramLabel = "WEIGHT",
      description = "WGAN-GP penalty weight (default: ${DEFAULT-VALUE})")
  double gradientPenalty = D.gradientPenalty();

  @Option(names = "--estimator",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  BitEstimator estimator = D.estimator();

  @Option(names = "--temperature", split = ",", paramLabel = "T",
      description = "relaxation temperature of the first and the last epoch"
          + " (default: ${DEFAULT-VALUE})")
  List<Double> temperature = new ArrayList<>(List.of(D.temperatureStart(), D.temperatureEnd()));

  @Override
  public String learner() {
    return GanLearner.NAME;
  }

  @Override
  public Learner create(int qubits, long seed) {
    if (temperature.size() != 2) {
      throw new IllegalArgumentException(
          "--temperature takes two values, START,END; got " + temperature);
    }
    return new GanLearner(qubits, new GanConfig(epochs, batchSize, seed, noiseDimension,
        generatorLayers, discriminatorLayers, generatorLearningRate, discriminatorLearningRate,
        finalRate, discriminatorSteps, loss, gradientPenalty, estimator, temperature.get(0),
        temperature.get(1)));
  }
}
