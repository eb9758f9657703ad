package org.qsl.experiments.cli.learners;

import java.util.ArrayList;
import java.util.List;
import org.qsl.learners.adversarial.AdversarialLoss;
import org.qsl.learners.adversarial.AdversarialTraining;
import picocli.CommandLine.Option;

/** The options both GANs share ({@link AdversarialTraining}), a picocli mixin. */
public final class AdversarialOptions {
  @Option(names = "--discriminator-layers", split = ",", paramLabel = "W",
      description = "hidden widths of the discriminator (default: ${DEFAULT-VALUE})")
  List<Integer> discriminatorLayers;

  @Option(names = "--generator-learning-rate", paramLabel = "RATE",
      description = "Adam step size of the generator (default: ${DEFAULT-VALUE})")
  double generatorLearningRate;

  @Option(names = "--discriminator-learning-rate", paramLabel = "RATE",
      description = "Adam step size of the discriminator (default: ${DEFAULT-VALUE})")
  double discriminatorLearningRate;

  @Option(names = "--final-rate", paramLabel = "FRACTION",
      description = "learning rates fall linearly to this fraction of their start over the"
          + " adversarial epochs (default: ${DEFAULT-VALUE})")
  double finalRate;

  @Option(names = "--discriminator-steps", paramLabel = "K",
      description = "discriminator updates per generator update (default: ${DEFAULT-VALUE})")
  int discriminatorSteps;

  @Option(names = "--loss", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  AdversarialLoss loss;

  @Option(names = "--gradient-penalty", paramLabel = "WEIGHT",
      description = "WGAN-GP penalty weight (default: ${DEFAULT-VALUE})")
  double gradientPenalty;

  @Option(names = "--temperature", split = ",", paramLabel = "T",
      description = "relaxation temperature of the first and the last adversarial epoch"
          + " (default: ${DEFAULT-VALUE})")
  List<Double> temperature;

  /** Options initialised to {@code defaults}. */
  AdversarialOptions(AdversarialTraining defaults) {
    discriminatorLayers = new ArrayList<>(defaults.discriminatorLayers());
    generatorLearningRate = defaults.generatorLearningRate();
    discriminatorLearningRate = defaults.discriminatorLearningRate();
    finalRate = defaults.finalRate();
    discriminatorSteps = defaults.discriminatorSteps();
    loss = defaults.loss();
    gradientPenalty = defaults.gradientPenalty();
    temperature = new ArrayList<>(List.of(defaults.temperatureStart(), defaults.temperatureEnd()));
  }

  /** The settings given. */
  AdversarialTraining training() {
    if (temperature.size() != 2) {
      throw new IllegalArgumentException(
          "--temperature takes two values, START,END; got " + temperature);
    }
    return new AdversarialTraining(discriminatorLayers, generatorLearningRate,
        discriminatorLearningRate, finalRate, discriminatorSteps, loss, gradientPenalty,
        temperature.get(0), temperature.get(1));
  }
}
