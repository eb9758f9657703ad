package org.qsl.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.Learner;
import org.qsl.learners.TrainingData;
import org.qsl.learners.TrainingListener;
import org.qsl.learners.product.ProductConfig;
import org.qsl.learners.product.ProductLearner;

class TrainCommandTest {
  @TempDir static Path dir;
  static Path samples;
  static SampleSet data;

  /** Exit status and what the command printed. */
  record Run(int status, String out, String err) {}

  static Run qsl(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int status = Qsl.run(args);
      return new Run(
          status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @BeforeAll
  static void writeSamples() {
    SplittableRandom random = new SplittableRandom(4);
    long[] values = new long[3000];
    for (int i = 0; i < values.length; i++) {
      for (int q = 0; q < 5; q++) {
        values[i] = values[i] << 1 | (random.nextDouble() < 0.15 * (q + 1) ? 1 : 0);
      }
    }
    data = SampleSet.of(5, values);
    samples = dir.resolve("train.txt");
    SampleFiles.write(data, samples);
  }

  @Test
  void trainsAModelFileThatGenerateSamples() throws Exception {
    Path model = dir.resolve("m.qslm");
    Run run = qsl("train", "--learner", "product", "--samples", samples.toString(),
        "--out", model.toString(), "--epochs", "2", "--batch-size", "100", "--seed", "7");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("epoch 2/2: mean loss"), run.err());

    ProductLearner learner = (ProductLearner) Learner.load(model);
    assertEquals(new ProductConfig(2, 100, ProductConfig.DEFAULTS.learningRate(), 7),
        learner.config());
    assertEquals(TrainingData.of(data), learner.provenance().orElseThrow().data());
    ProductLearner direct = new ProductLearner(5, learner.config());
    direct.fit(data, TrainingListener.NONE);
    assertArrayEquals(direct.logits(), learner.logits(), 0);

    Path generated = dir.resolve("g.txt");
    Run gen = qsl("generate", "--model", model.toString(), "--count", "500",
        "--out", generated.toString(), "--seed", "3");
    assertEquals(0, gen.status(), gen.err());
    assertEquals(learner.sample(500, 3), SampleFiles.read(generated));
  }

  @Test
  void resumesFromItsCheckpointsWithMoreEpochs() {
    Path checkpoints = dir.resolve("ckpt");
    String[] common = {"train", "--learner", "product", "--samples", samples.toString(),
        "--checkpoints", checkpoints.toString(), "--batch-size", "100"};
    Path two = dir.resolve("two.qslm");
    Path four = dir.resolve("four.qslm");
    assertEquals(0, qsl(concat(common, "--out", two.toString(), "--epochs", "2")).status());
    Run resumed = qsl(concat(common, "--out", four.toString(), "--epochs", "4"));
    assertEquals(0, resumed.status(), resumed.err());
    assertTrue(!resumed.err().contains("epoch 1/4") && resumed.err().contains("epoch 3/4"),
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
    Run run = qsl("train", "--learner", "product", "--samples", samples.toString(),
        "--out", dir.resolve("nan.qslm").toString(), "--learning-rate", "1e307");
    assertEquals(1, run.status());
    assertTrue(run.err().contains(
        "qsl train: training diverged: loss is Infinity at epoch 1, step 2"), run.err());
    assertTrue(Files.notExists(dir.resolve("nan.qslm")));
  }

  @Test
  void userMistakesGetOneLine() {
    String[] base = {"train", "--samples", samples.toString(), "--out", "x.qslm"};
    Run unknown = qsl(concat(base, "--learner", "gpt"));
    assertEquals(Qsl.USAGE_ERROR, unknown.status());
    assertEquals(List.of("qsl train: unknown learner 'gpt'; available: product"),
        unknown.err().lines().toList());
    Run badOption = qsl(concat(base, "--learner", "product", "--units", "8"));
    assertEquals(Qsl.USAGE_ERROR, badOption.status());
    assertEquals(List.of("qsl train: learner product: Unknown options: '--units', '8'"
        + " (qsl train --help lists every learner's options)"),
        badOption.err().lines().toList());
    Run notAModel = qsl("generate", "--model", samples.toString(), "--count", "3", "--out",
        dir.resolve("never.txt").toString());
    assertEquals(Qsl.USAGE_ERROR, notAModel.status());
    assertEquals(List.of("qsl generate: " + samples
        + ": not a qsl model file, or truncated or corrupted (zip END header not found)"),
        notAModel.err().lines().toList());
  }

  @Test
  void helpListsEveryLearnersOptions() {
    Run help = qsl("train", "--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("--learner product"), help.out());
    assertTrue(help.out().contains("--learning-rate=<learningRate>"), help.out());
  }
}
