package org.qsl.experiments.cli.learners;

import java.util.ArrayList;
import java.util.List;
import org.qsl.learners.Learner;
import org.qsl.learners.gan.BitEstimator;
import org.qsl.learners.gan.GanConfig;
import org.qsl.learners.gan.GanLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Option(names = "--estimator",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  BitEstimator estimator = D.estimator();

  @Mixin AdversarialOptions adversarial = new AdversarialOptions(D.training());

  @Override
  public String learner() {
    return GanLearner.NAME;
  }

  @Override
  public Learner create(int qubits, long seed) {
    return new GanLearner(qubits, new GanConfig(epochs, batchSize, seed, noiseDimension,
        generatorLayers, estimator, adversarial.training()));
  }
}
