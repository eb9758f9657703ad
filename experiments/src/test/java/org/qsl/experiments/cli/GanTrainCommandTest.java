package org.qsl.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.experiments.cli.learners.ArganOptions;
import org.qsl.experiments.cli.learners.GanOptions;
import org.qsl.learners.Learner;
import org.qsl.learners.adversarial.AdversarialLoss;
import org.qsl.learners.adversarial.AdversarialTraining;
import org.qsl.learners.argan.ArganConfig;
import org.qsl.learners.argan.ArganLearner;
import org.qsl.learners.argan.GeneratorNetwork;
import org.qsl.learners.argan.SequenceEstimator;
import org.qsl.learners.gan.BitEstimator;
import org.qsl.learners.gan.GanConfig;
import org.qsl.learners.gan.GanLearner;
import picocli.CommandLine;

/** {@code qsl train --learner gan} and {@code --learner argan} with their options. */
class GanTrainCommandTest {
  @TempDir Path dir;

  private Path samples() {
    Path samples = dir.resolve("train.txt");
    TrainingSamples.write(samples, 600, 1);
    return samples;
  }

  @Test
  void trainsAGanWithItsOptions() {
    Path samples = samples();
    Path model = dir.resolve("gan.qslm");
    CliRun run = CliRun.qsl("train", "--learner", "gan",
        "--samples", samples.toString(), "--out", model.toString(), "--seed", "3",
        "--epochs", "2", "--batch-size", "50", "--noise", "4", "--generator-layers", "8,6",
        "--discriminator-layers", "5", "--generator-learning-rate", "0.002",
        "--discriminator-learning-rate", "0.003", "--final-rate", "0.5",
        "--discriminator-steps", "2", "--loss", "WASSERSTEIN_GP", "--gradient-penalty", "5",
        "--estimator", "RELAXED", "--temperature", "2,0.5");
    assertEquals(0, run.status(), run.err());
    GanLearner gan = (GanLearner) Learner.load(model);
    assertEquals(new GanConfig(2, 50, 3, 4, List.of(8, 6), BitEstimator.RELAXED,
        new AdversarialTraining(List.of(5), 0.002, 0.003, 0.5, 2, AdversarialLoss.WASSERSTEIN_GP,
            5, 2, 0.5)), gan.config());
    assertTrue(run.out().contains("gan model, " + gan.parameterCount() + " parameters"),
        run.out());
  }

  @Test
  void trainsAnArganWithItsOptions() {
    Path model = dir.resolve("argan.qslm");
    CliRun run = CliRun.qsl("train", "--learner", "argan",
        "--samples", samples().toString(), "--out", model.toString(), "--seed", "4",
        "--epochs", "3", "--batch-size", "60", "--generator", "MLP", "--units", "6",
        "--pretrain-epochs", "1",
        "--sequence-estimator", "GUMBEL", "--discriminator-layers", "7,3",
        "--temperature", "2,0.5");
    assertEquals(0, run.status(), run.err());
    ArganLearner argan = (ArganLearner) Learner.load(model);
    AdversarialTraining d = ArganConfig.DEFAULTS.training();
    assertEquals(new ArganConfig(3, 60, 4, GeneratorNetwork.MLP, 6, 1, SequenceEstimator.GUMBEL,
        new AdversarialTraining(List.of(7, 3), d.generatorLearningRate(),
            d.discriminatorLearningRate(), d.finalRate(), d.discriminatorSteps(), d.loss(),
            d.gradientPenalty(), 2, 0.5)), argan.config());
    assertTrue(run.out().contains("argan model, " + argan.parameterCount() + " parameters"),
        run.out());
  }

  @Test
  void noOptionsGiveTheDefaults() {
    GanOptions options = new GanOptions();
    new CommandLine(options).parseArgs();
    GanLearner gan = (GanLearner) options.create(6, 0);
    assertEquals(GanConfig.DEFAULTS, gan.config());
    ArganOptions arganOptions = new ArganOptions();
    new CommandLine(arganOptions).parseArgs();
    assertEquals(ArganConfig.DEFAULTS, ((ArganLearner) arganOptions.create(6, 0)).config());
  }

  @Test
  void refusesATemperatureThatIsNotAPair() {
    CliRun run = CliRun.qsl("train", "--learner", "gan",
        "--samples", samples().toString(), "--out",
        dir.resolve("x.qslm").toString(), "--temperature", "1,2,3");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--temperature takes two values"), run.err());
  }
}
