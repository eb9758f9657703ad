package org.qsl.learners.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.Sampler;
import org.qsl.circuits.metrics.KullbackLeibler;
import org.qsl.circuits.metrics.Xeb;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.circuits.sim.CpuSimulator;
import org.qsl.learners.Checkpoints;
import org.qsl.learners.Frequencies;
import org.qsl.learners.Interrupting;
import org.qsl.learners.Learner;
import org.qsl.learners.ProductTarget;
import org.qsl.learners.TrainingDivergedException;
import org.qsl.learners.TrainingListener;

class LstmLearnerTest {
  /** P(bit q = 1) of the product target: 0.1, 0.2, ..., 0.8. */
  private static final double[] MARGINALS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
  private static final ProductTarget TARGET = new ProductTarget(MARGINALS);
  private static final SampleSet PRODUCT = TARGET.samples(20_000, 11);
  private static final LstmConfig SMALL =
      new LstmConfig(1, 16, 3, 64, 1e-2, Optimiser.ADAM, StartToken.CHANNEL, 5);

  @TempDir Path dir;

  private static LstmConfig epochs(int epochs) {
    return new LstmConfig(SMALL.layers(), SMALL.units(), epochs, SMALL.batchSize(),
        SMALL.learningRate(), SMALL.optimiser(), SMALL.startToken(), SMALL.seed());
  }

  private static LstmLearner trained(LstmConfig config) {
    LstmLearner learner = new LstmLearner(MARGINALS.length, config);
    learner.fit(PRODUCT, TrainingListener.NONE);
    return learner;
  }

  @Test
  void learnsAProductDistributionToSmallExactKl() {
    double kl = KullbackLeibler.exact(Distribution.of(TARGET.distribution()),
        Distribution.of(trained(SMALL).distribution()));
    // 20,000 samples alone leave KL ~ n / (2 * 20,000) = 2e-4 between data and target
    assertTrue(kl < 0.01, "KL(target || model) = " + kl);
  }

  /**
   * The natural target of a depth-8 Sycamore-pattern circuit on a 2 x 3 grid: trained on 20,000
   * exact samples, the model's exact distribution q reaches a normalised linear XEB
   * (N sum q p - 1) / (N sum p^2 - 1) of at least 0.9.
   */
  @Test
  void learnsASycamoreCircuitsOutputDistribution() {
    Circuit circuit = new SycamoreGenerator(Grid.rectangle(2, 3)).generate(8, 21);
    Distribution p = Distribution.fromState(CpuSimulator.create().run(circuit));
    SampleSet train = new Sampler(p).sample(20_000, 22);
    LstmLearner learner = new LstmLearner(6,
        new LstmConfig(1, 32, 5, 64, 1e-2, Optimiser.ADAM, StartToken.CHANNEL, 23));
    learner.fit(train, TrainingListener.NONE);
    Distribution q = Distribution.of(learner.distribution());
    double normalised = Xeb.exactLinear(p, q) / Xeb.idealLinear(p);
    assertTrue(normalised >= 0.9, "normalised linear XEB " + normalised);
  }

  @Test
  void exactLikelihoodSumsToOneAndMatchesSamplingFrequencies() {
    LstmLearner learner = trained(epochs(1));
    double[] distribution = learner.distribution();
    double sum = 0;
    for (int x = 0; x < distribution.length; x++) {
      sum += distribution[x];
      // inference is single precision and BLAS rounds a product differently for other batch
      // sizes: a string scored alone and its leaf in the batched walk differ by ~1e-7 per bit
      assertEquals(Math.log(distribution[x]), learner.logProbability(x), 2e-6);
    }
    // children split their parent's mass as m p + m (1 - p) in double: exact to rounding
    assertEquals(1, sum, 1e-12);
    // 400,000 samples over 256 cells, the rarest expecting ~0.9 * 0.8 * ... * 0.2 * 4e5 = 6 or more
    // (checked by pValue); a correct sampler passes p > 0.001 at a fixed seed, a wrong bit order
    // or an off-by-one conditional fails with p ~ 0
    double p = Frequencies.pValue(distribution, learner.sample(400_000, 3));
    assertTrue(p > 1e-3, "chi-square p-value " + p);
  }

  @Test
  void saveAndLoadGiveTheSameProbabilities() {
    LstmLearner learner = trained(epochs(1));
    Path file = dir.resolve("lstm.qslm");
    learner.save(file);
    LstmLearner loaded = assertInstanceOf(LstmLearner.class, Learner.load(file));
    assertEquals(learner.config(), loaded.config());
    assertEquals(learner.parameterCount(), loaded.parameterCount());
    assertArrayEquals(learner.distribution(), loaded.distribution(), 0);
    assertEquals(learner.sample(1000, 8), loaded.sample(1000, 8));
  }

  @Test
  void resumeContinuesFromTheCheckpointExactly() {
    LstmLearner uninterrupted = trained(SMALL);
    Checkpoints checkpoints = Checkpoints.in(dir.resolve("ckpt"));
    LstmLearner first = new LstmLearner(MARGINALS.length, SMALL);
    assertThrows(IllegalStateException.class,
        () -> first.fit(PRODUCT, new Interrupting(2, -1), checkpoints));

    LstmLearner second = new LstmLearner(MARGINALS.length, SMALL);
    Interrupting recorder = Interrupting.never();
    second.fit(PRODUCT, recorder, checkpoints);

    assertEquals(3, recorder.steps.get(0).epoch(), "resumed at epoch 3, not from scratch");
    assertEquals(1, recorder.steps.get(0).step());
    // parameters and Adam's moments came back exactly: bit for bit the uninterrupted model
    assertArrayEquals(uninterrupted.distribution(), second.distribution(), 0);
  }

  @Test
  void aModelTooLargeForMemoryIsRefusedBeforeAllocating() {
    LstmConfig huge = new LstmConfig(1, 20_000, 1, 64, 1e-3, Optimiser.ADAM, StartToken.CHANNEL, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LstmLearner(12, huge));
    assertTrue(e.getMessage().matches("an LSTM of \\d+ parameters trained in batches of 64 needs "
        + "\\d+ bytes but the heap has \\d+ bytes available.*"), e.getMessage());
  }

  @Test
  void aNonFiniteLossStopsTrainingBeforeTheUpdate() {
    // A learning rate of 1e38 makes Adam's first step (about lr in size) overflow the next
    // forward pass: the loss of step 2 is NaN or infinite.
    LstmConfig explosive = new LstmConfig(1, 16, 1, 64, 1e38, Optimiser.ADAM,
        StartToken.CHANNEL, 5);
    LstmLearner afterOneStep = new LstmLearner(MARGINALS.length, explosive);
    assertThrows(IllegalStateException.class,
        () -> afterOneStep.fit(PRODUCT, new Interrupting(-1, 1)));

    LstmLearner diverging = new LstmLearner(MARGINALS.length, explosive);
    TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
        () -> diverging.fit(PRODUCT, TrainingListener.NONE));
    assertTrue(e.getMessage().contains("epoch 1, step 2"), e.getMessage());
    // the offending step changed nothing: the model is the one after step 1
    assertArrayEquals(afterOneStep.distribution(), diverging.distribution(), 0);
  }
}
