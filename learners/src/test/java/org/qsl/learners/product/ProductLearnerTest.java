package org.qsl.learners.product;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.Checkpoints;
import org.qsl.learners.Frequencies;
import org.qsl.learners.Interrupting;
import org.qsl.learners.Learner;
import org.qsl.learners.ProductTarget;
import org.qsl.learners.Provenance;
import org.qsl.learners.TrainingData;
import org.qsl.learners.TrainingDivergedException;
import org.qsl.learners.TrainingListener;
import org.qsl.learners.TrainingProgress;

class ProductLearnerTest {
  /** P(bit q = 1) of the target: 0.1, 0.2, ..., 0.8. */
  private static final double[] TARGET = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
  private static final SampleSet DATA = new ProductTarget(TARGET).samples(20_000, 11);
  private static final ProductConfig CONFIG = new ProductConfig(4, 256, 0.05, 5);

  @TempDir Path dir;

  private static ProductLearner trained(ProductConfig config) {
    ProductLearner learner = new ProductLearner(TARGET.length, config);
    learner.fit(DATA, TrainingListener.NONE);
    return learner;
  }

  @Test
  void gradientMatchesCentralDifferences() {
    double[] theta = {0.3, -1.2, 2.5, 0.0};
    int[] ones = {3, 10, 0, 7};
    int b = 10;
    double[] gradient = new double[4];
    ProductLearner.loss(theta, ones, b, gradient);
    double h = 1e-6;
    for (int q = 0; q < theta.length; q++) {
      double[] plus = theta.clone();
      double[] minus = theta.clone();
      plus[q] += h;
      minus[q] -= h;
      double numeric = (ProductLearner.loss(plus, ones, b, new double[4])
          - ProductLearner.loss(minus, ones, b, new double[4])) / (2 * h);
      assertEquals(numeric, gradient[q], 1e-8);
    }
  }

  @Test
  void learnsTheMarginalsOfTheData() {
    ProductLearner learner = trained(CONFIG);
    double[] learned = learner.marginals();
    for (int q = 0; q < TARGET.length; q++) {
      double empirical = 0;
      for (int i = 0; i < DATA.size(); i++) {
        empirical += DATA.bit(i, q);
      }
      empirical /= DATA.size();
      // The optimum is the empirical marginal; Adam then jitters around it. With gradient noise
      // s = sqrt(v / b), v = p (1 - p), its steps of about lr against a restoring drift of
      // lr v dtheta / s give a spread of sqrt(lr s / v) in theta, i.e. sqrt(lr) v^(3/4) b^(-1/4)
      // in p (0.02 at lr 0.05, b 256); we allow three times that.
      double v = empirical * (1 - empirical);
      double spread = Math.sqrt(CONFIG.learningRate()) * Math.pow(v, 0.75)
          * Math.pow(CONFIG.batchSize(), -0.25);
      assertEquals(empirical, learned[q], 3 * spread, "qubit " + q);
    }
    // exact KL(target || model), summed bit by bit
    double kl = 0;
    for (int q = 0; q < TARGET.length; q++) {
      double p = TARGET[q];
      double m = learned[q];
      kl += p * Math.log(p / m) + (1 - p) * Math.log((1 - p) / (1 - m));
    }
    assertTrue(kl < 0.01, "KL " + kl);
  }

  @Test
  void exactLikelihoodSumsToOneAndMatchesSamplingFrequencies() {
    ProductLearner learner = trained(CONFIG);
    double[] m = learner.marginals();
    double[] distribution = learner.distribution();
    double sum = 0;
    for (int x = 0; x < distribution.length; x++) {
      double expected = 1;
      for (int q = 0; q < m.length; q++) {
        expected *= ((x >>> (m.length - 1 - q)) & 1) == 1 ? m[q] : 1 - m[q];
      }
      assertEquals(expected, distribution[x], 1e-15);
      assertEquals(Math.log(expected), learner.logProbability(x), 1e-12);
      sum += distribution[x];
    }
    assertEquals(1, sum, 1e-12);
    // 400,000 samples: the rarest of the 256 cells expects about 10. At a fixed seed a correct
    // sampler passes p > 0.001; a sampler with a wrong bit order fails with p ~ 0.
    double p = Frequencies.pValue(distribution, learner.sample(400_000, 3));
    assertTrue(p > 1e-3, "chi-square p-value " + p);
  }

  @Test
  void saveAndLoadGiveTheSameModelAndProvenance() {
    ProductLearner learner = trained(CONFIG);
    Path file = dir.resolve("product.qslm");
    learner.save(file);

    Learner loaded = Learner.load(file);

    ProductLearner product = assertInstanceOf(ProductLearner.class, loaded);
    assertEquals(CONFIG, product.config());
    assertArrayEquals(learner.distribution(), product.distribution(), 0);
    assertEquals(learner.sample(100, 9), product.sample(100, 9));
    Provenance provenance = product.provenance().orElseThrow();
    assertEquals(learner.provenance().orElseThrow(), provenance);
    assertEquals("product", provenance.learner());
    assertEquals(TrainingData.of(DATA), provenance.data());
    assertEquals(4, provenance.epochs());
    assertEquals(5L, provenance.seed());
    assertEquals(0.05, provenance.config().get("learningRate"));
    assertEquals("1.0.0-M2.1", provenance.versions().deeplearning4j());
    assertTrue(provenance.versions().qsl().matches("\\d+\\.\\d+\\.\\d+.*"),
        provenance.versions().qsl());
  }

  @Test
  void anUntrainedModelSavesAndLoadsWithoutProvenance() {
    Path file = dir.resolve("untrained.qslm");
    new ProductLearner(3, ProductConfig.DEFAULTS).save(file);
    Learner loaded = Learner.load(file);
    assertTrue(loaded.provenance().isEmpty());
    assertArrayEquals(new double[] {0.5, 0.5, 0.5},
        ((ProductLearner) loaded).marginals(), 0);
  }

  @Test
  void resumeContinuesFromTheCheckpointAndEqualsAnUninterruptedRun() {
    ProductConfig config = new ProductConfig(4, 512, 0.05, 17);
    ProductLearner uninterrupted = trained(config);

    Checkpoints checkpoints = Checkpoints.in(dir.resolve("ckpt"));
    ProductLearner first = new ProductLearner(8, config);
    assertThrows(IllegalStateException.class,
        () -> first.fit(DATA, new Interrupting(2, -1), checkpoints));
    assertTrue(Files.exists(dir.resolve("ckpt").resolve(Checkpoints.FILE)));

    ProductLearner second = new ProductLearner(8, config);
    Interrupting recorder = Interrupting.never();
    second.fit(DATA, recorder, checkpoints);

    int stepsPerEpoch = (20_000 + 511) / 512;
    assertEquals(3, recorder.steps.get(0).epoch(), "resumed at epoch 3, not from scratch");
    assertEquals(1, recorder.steps.get(0).step());
    assertEquals(2 * stepsPerEpoch, recorder.steps.size());
    assertEquals(4, second.epochsDone());
    assertArrayEquals(uninterrupted.marginals(), second.marginals(), 0);
    Provenance a = uninterrupted.provenance().orElseThrow();
    Provenance b = second.provenance().orElseThrow();
    assertEquals(a.config(), b.config());
    assertEquals(a.data(), b.data());
  }

  @Test
  void resumeWithMoreEpochsContinuesTraining() {
    ProductConfig two = new ProductConfig(2, 512, 0.05, 17);
    ProductConfig four = new ProductConfig(4, 512, 0.05, 17);
    Checkpoints checkpoints = Checkpoints.in(dir);
    new ProductLearner(8, two).fit(DATA, TrainingListener.NONE, checkpoints);

    ProductLearner continued = new ProductLearner(8, four);
    Interrupting recorder = Interrupting.never();
    continued.fit(DATA, recorder, checkpoints);

    assertEquals(List.of(3, 4), recorder.epochs.stream().map(TrainingProgress::epoch).toList());
    assertArrayEquals(trained(four).marginals(), continued.marginals(), 0);
  }

  @Test
  void aLoadedModelContinuesTrainingWhereItStopped() {
    Path file = dir.resolve("two.qslm");
    trained(new ProductConfig(2, 512, 0.05, 17)).save(file);
    ProductLearner loaded = (ProductLearner) Learner.load(file);
    // the loaded model keeps its 2-epoch config: fitting it again changes nothing
    double[] before = loaded.marginals();
    loaded.fit(DATA, TrainingListener.NONE);
    assertArrayEquals(before, loaded.marginals(), 0);
  }

  @Test
  void resumeRefusesACheckpointOfOtherDataOrSettings() {
    Checkpoints checkpoints = Checkpoints.in(dir);
    new ProductLearner(8, new ProductConfig(1, 512, 0.05, 17))
        .fit(DATA, TrainingListener.NONE, checkpoints);

    SampleSet other = new ProductTarget(TARGET).samples(1000, 99);
    IllegalArgumentException data = assertThrows(IllegalArgumentException.class,
        () -> new ProductLearner(8, new ProductConfig(2, 512, 0.05, 17))
            .fit(other, TrainingListener.NONE, checkpoints));
    assertTrue(data.getMessage().contains("it was trained on other data"), data.getMessage());

    IllegalArgumentException settings = assertThrows(IllegalArgumentException.class,
        () -> new ProductLearner(8, new ProductConfig(2, 512, 0.01, 17))
            .fit(DATA, TrainingListener.NONE, checkpoints));
    assertTrue(settings.getMessage().contains("its settings"), settings.getMessage());
  }

  @Test
  void listenerSeesEveryStepAndEpochMeans() {
    Interrupting recorder = Interrupting.never();
    new ProductLearner(8, new ProductConfig(2, 3000, 0.05, 1)).fit(DATA, recorder);

    // 20,000 samples in batches of 3,000: 6 full steps and one of 2,000
    assertEquals(14, recorder.steps.size());
    assertEquals(7, recorder.steps.get(6).stepsPerEpoch());
    assertEquals(1.0, recorder.steps.get(13).fractionDone(), 0);
    double weighted = 0;
    for (int s = 7; s < 14; s++) {
      weighted += recorder.steps.get(s).loss() * (s == 13 ? 2000 : 3000);
    }
    assertEquals(weighted / 20_000, recorder.epochs.get(1).loss(), 1e-12);
    assertTrue(recorder.epochs.get(1).loss() < recorder.steps.get(0).loss());
  }

  @Test
  void anInfiniteLossIsReportedWithEpochAndStepAndNotTrainedOn() {
    // The first Adam step moves every logit by about lr = 1e307; the second step's loss then
    // overflows to infinity.
    ProductLearner learner = new ProductLearner(8, new ProductConfig(1, 64, 1e307, 1));
    List<double[]> logits = new ArrayList<>();
    TrainingListener listener = progress -> logits.add(learner.logits());

    TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
        () -> learner.fit(DATA, listener, Checkpoints.in(dir)));

    assertEquals("training diverged: loss is Infinity at epoch 1, step 2"
        + " (try a smaller learning rate)", e.getMessage());
    assertEquals(1, logits.size());
    assertArrayEquals(logits.get(0), learner.logits(), 0);
    assertTrue(learner.provenance().isEmpty());
    assertTrue(Files.notExists(dir.resolve(Checkpoints.FILE)), "no checkpoint of a bad epoch");
  }

  @Test
  void refusesSamplesOfAnotherWidth() {
    ProductLearner learner = new ProductLearner(7, ProductConfig.DEFAULTS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> learner.fit(DATA, TrainingListener.NONE));
    assertEquals("the samples have 8 qubits but the product model has 7", e.getMessage());
  }
}
