package org.qsl.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsl.experiments.cli.CliRun.qsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.ProbabilityFiles;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.Learner;
import org.qsl.learners.TrainingListener;
import org.qsl.learners.dbm.DbmConfig;
import org.qsl.learners.dbm.DbmLearner;

/** {@code qsl train --learner dbm|rbm} with the learners' own options, and scoring the models. */
class BoltzmannTrainTest {
  @TempDir Path dir;

  /** The training file, train.txt in the test's folder. */
  private Path samples() {
    return dir.resolve("train.txt");
  }

  @Test
  void trainsADbmWithItsOptionsAndScoresItExactly() throws Exception {
    SampleSet data = TrainingSamples.write(samples(), 600, 5);
    Path model = dir.resolve("dbm.qslm");
    CliRun run = qsl("train", "--learner", "dbm", "--samples", samples().toString(), "--out",
        model.toString(), "--hidden1", "6", "--hidden2", "2", "--epochs", "4",
        "--pretrain-epochs", "1", "--learning-rate", "0.02", "--burn-in", "50", "--seed", "3");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith(model + ": dbm model, 55 parameters, 4 epochs on 600"),
        run.out());

    DbmLearner.Exact learner = (DbmLearner.Exact) Learner.load(model);
    DbmConfig expected = DbmConfig.dbmDefaults().with(c -> {
      c.hidden1 = 6;
      c.hidden2 = 2;
      c.epochs = 4;
      c.pretrainEpochs = 1;
      c.learningRate = 0.02;
      c.burnIn = 50;
      c.seed = 3;
    });
    assertEquals(expected, learner.config());
    DbmLearner.Exact direct = (DbmLearner.Exact) DbmLearner.create(DbmLearner.DBM, 5, expected);
    direct.fit(data, TrainingListener.NONE);
    assertArrayEquals(direct.distribution(), learner.distribution(), 0);

    Path target = dir.resolve("target.txt");
    ProbabilityFiles.write(Distribution.of(direct.distribution()), target);
    CliRun score = qsl("score", "-p", target.toString(), "--model", model.toString(), "--json",
        "-m", "400");
    assertEquals(0, score.status(), score.err());
    JsonNode card = new ObjectMapper().readTree(score.out());
    // Scored against its own distribution, the exact KL is 0.
    assertEquals(0, card.at("/exact/kl").requireNonNull().asDouble(), 1e-12);
  }

  @Test
  void trainsAnRbmAndRefusesASecondLayerOption() {
    TrainingSamples.write(samples(), 600, 5);
    Path model = dir.resolve("rbm.qslm");
    CliRun run = qsl("train", "--learner", "rbm", "-s", samples().toString(), "-o",
        model.toString(), "--hidden1", "7", "--epochs", "2", "--pretrain-epochs", "1");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith(model + ": rbm model, 47 parameters"), run.out());
    CliRun second = qsl("train", "--learner", "rbm", "-s", samples().toString(), "-o",
        dir.resolve("x.qslm").toString(), "--hidden2", "3");
    assertEquals(Qsl.USAGE_ERROR, second.status());
    assertEquals(List.of("qsl train: learner rbm: Unknown options: '--hidden2', '3'"
        + " (qsl train --help lists every learner's options)"), second.err().lines().toList());
  }

  @Test
  void helpListsTheBoltzmannOptions() {
    CliRun help = qsl("train", "--help");
    assertTrue(help.out().contains("--learner dbm"), help.out());
    assertTrue(help.out().contains("--hidden2=<hidden2>"), help.out());
    assertTrue(help.out().contains("--learner rbm"), help.out());
    assertTrue(help.out().contains("--persistent-chains=<persistentChains>"), help.out());
  }
}
