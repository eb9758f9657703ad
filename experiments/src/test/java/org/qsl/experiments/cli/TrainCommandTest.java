package org.qsl.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsl.experiments.cli.CliRun.qsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.ProbabilityFiles;
import org.qsl.circuits.metrics.Xeb;
import org.qsl.circuits.samples.SampleFiles;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.experiments.cli.learners.LearnerOptions;
import org.qsl.learners.Learner;
import org.qsl.learners.TrainingData;
import org.qsl.learners.TrainingListener;
import org.qsl.learners.product.ProductConfig;
import org.qsl.learners.product.ProductLearner;

class TrainCommandTest {
  @TempDir static Path dir;
  static Path samples;
  static SampleSet data;

  @BeforeAll
  static void writeSamples() {
    samples = dir.resolve("train.txt");
    data = TrainingSamples.write(samples, 3000, 4);
  }

  @Test
  void trainsAModelFileThatGenerateSamples() throws Exception {
    Path model = dir.resolve("m.qslm");
    CliRun run = qsl("train", "--learner", "product", "--samples", samples.toString(),
        "--out", model.toString(), "--epochs", "2", "--batch-size", "100", "--seed", "7");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith(model + ": product model, 5 parameters, 2 epochs on 3000"
        + " samples in "), run.out());

    ProductLearner learner = (ProductLearner) Learner.load(model);
    assertEquals(new ProductConfig(2, 100, ProductConfig.DEFAULTS.learningRate(), 7),
        learner.config());
    assertEquals(TrainingData.of(data), learner.provenance().orElseThrow().data());
    ProductLearner direct = new ProductLearner(5, learner.config());
    direct.fit(data, TrainingListener.NONE);
    assertArrayEquals(direct.logits(), learner.logits(), 0);

    Path generated = dir.resolve("g.txt");
    CliRun gen = qsl("generate", "--model", model.toString(), "--count", "500",
        "--out", generated.toString(), "--seed", "3");
    assertEquals(0, gen.status(), gen.err());
    assertEquals(learner.sample(500, 3), SampleFiles.read(generated));
    Path npy = dir.resolve("g.npy");
    assertEquals(0, qsl("generate", "--model", model.toString(), "-m", "20", "-o",
        npy.toString(), "--format", "npy-int64").status());
    assertEquals(learner.sample(20, 0), SampleFiles.read(npy, 5));
  }

  @Test
  void resumesFromItsCheckpointsWithMoreEpochs() {
    Path checkpoints = dir.resolve("ckpt");
    String[] common = {"train", "--learner", "product", "--samples", samples.toString(),
        "--checkpoints", checkpoints.toString(), "--batch-size", "100"};
    Path two = dir.resolve("two.qslm");
    Path four = dir.resolve("four.qslm");
    assertEquals(0, qsl(concat(common, "--out", two.toString(), "--epochs", "2")).status());
    CliRun resumed = qsl(concat(common, "--out", four.toString(), "--epochs", "4"));
    assertEquals(0, resumed.status(), resumed.err());
    assertTrue(resumed.err().startsWith("resuming at epoch 3/4, step 1, from the checkpoint"),
        resumed.err());

    ProductLearner direct = new ProductLearner(5,
        new ProductConfig(4, 100, ProductConfig.DEFAULTS.learningRate(), 0));
    direct.fit(data, TrainingListener.NONE);
    assertArrayEquals(direct.logits(), ((ProductLearner) Learner.load(four)).logits(), 0);
  }

  private static String[] concat(String[] a, String... b) {
    String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void aDivergingRunStopsWithOneLine() {
    CliRun run = qsl("train", "--learner", "product", "--samples", samples.toString(),
        "--out", dir.resolve("nan.qslm").toString(), "--learning-rate", "1e307");
    assertEquals(1, run.status());
    assertTrue(run.err().contains(
        "qsl train: training diverged: loss is Infinity at epoch 1, step 2"), run.err());
    assertTrue(Files.notExists(dir.resolve("nan.qslm")));
  }

  @Test
  void userMistakesGetOneLine() {
    String[] base = {"train", "--samples", samples.toString(), "--out", "x.qslm"};
    CliRun unknown = qsl(concat(base, "--learner", "gpt"));
    assertEquals(Qsl.USAGE_ERROR, unknown.status());
    assertEquals(List.of("qsl train: unknown learner 'gpt'; available: " + String.join(", ",
        LearnerOptions.all().stream().map(LearnerOptions::learner).toList())),
        unknown.err().lines().toList());
    CliRun badOption = qsl(concat(base, "--learner", "product", "--units", "8"));
    assertEquals(Qsl.USAGE_ERROR, badOption.status());
    assertEquals(List.of("qsl train: learner product: Unknown options: '--units', '8'"
        + " (qsl train --help lists every learner's options)"),
        badOption.err().lines().toList());
    CliRun notAModel = qsl("generate", "--model", samples.toString(), "--count", "3", "--out",
        dir.resolve("never.txt").toString());
    assertEquals(Qsl.USAGE_ERROR, notAModel.status());
    assertEquals(List.of("qsl generate: " + samples
        + ": not a qsl model file, or truncated or corrupted (zip END header not found)"),
        notAModel.err().lines().toList());
  }

  @Test
  void scoresAModelWithExactMetricsAndItsOwnSamples() throws Exception {
    Path model = dir.resolve("scored.qslm");
    assertEquals(0, qsl("train", "--learner", "product", "-s", samples.toString(), "-o",
        model.toString(), "--epochs", "2").status());
    ProductLearner learner = (ProductLearner) Learner.load(model);
    // the distribution the training data came from: independent bits, P(q = 1) = 0.15 (q + 1)
    double[] target = new double[32];
    for (int x = 0; x < 32; x++) {
      target[x] = 1;
      for (int q = 0; q < 5; q++) {
        double one = 0.15 * (q + 1);
        target[x] *= ((x >> (4 - q)) & 1) == 1 ? one : 1 - one;
      }
    }
    Path targetFile = dir.resolve("target.txt");
    ProbabilityFiles.write(Distribution.of(target), targetFile);

    CliRun run = qsl("score", "-p", targetFile.toString(), "--model", model.toString(), "--json");
    assertEquals(0, run.status(), run.err());
    JsonNode card = new ObjectMapper().readTree(run.out());
    double[] q = learner.distribution();
    double kl = 0;
    for (int x = 0; x < 32; x++) {
      kl += target[x] * Math.log(target[x] / q[x]);
    }
    assertEquals(kl, card.at("/exact/kl").asDouble(), 1e-9);
    assertEquals(3000, card.at("/model/samples").asInt(), "as many as it was trained on");

    CliRun drawn = qsl("score", "-p", targetFile.toString(), "--model", model.toString(),
        "--json", "-m", "1000", "--seed", "2");
    JsonNode drawnCard = new ObjectMapper().readTree(drawn.out());
    assertEquals(Xeb.linear(Distribution.of(target), learner.sample(1000, 2)).value(),
        drawnCard.at("/model/linearXeb/value").asDouble(), 1e-12);

    CliRun neither = qsl("score", "-p", targetFile.toString());
    assertEquals(List.of("qsl score: give the samples to score (--samples), a model (--model),"
        + " or both"), neither.err().lines().toList());
  }

  @Test
  void helpListsEveryLearnersOptions() {
    CliRun help = qsl("train", "--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("--learner product"), help.out());
    assertTrue(help.out().contains("--learning-rate=<learningRate>"), help.out());
  }
}
