package org.qsl.learners.dbm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.Sampler;
import org.qsl.circuits.metrics.Estimate;
import org.qsl.circuits.metrics.KullbackLeibler;
import org.qsl.circuits.metrics.Xeb;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.circuits.sim.CpuSimulator;
import org.qsl.learners.Checkpoints;
import org.qsl.learners.ExactLikelihood;
import org.qsl.learners.Learner;
import org.qsl.learners.TrainingDivergedException;
import org.qsl.learners.TrainingListener;

class DbmLearnerTest {
  /** P(bit q = 1) of a product target. */
  private static final double[] MARGINALS = {0.1, 0.3, 0.5, 0.7, 0.9, 0.2, 0.6, 0.8};

  @TempDir Path dir;

  /** The defaults with small layers and few epochs (tests must be fast). */
  static DbmConfig small(int hidden1, int hidden2, int epochs, int pretrainEpochs, long seed) {
    return DbmConfig.dbmDefaults().with(c -> {
      c.hidden1 = hidden1;
      c.hidden2 = hidden2;
      c.epochs = epochs;
      c.pretrainEpochs = pretrainEpochs;
      c.burnIn = 200;
      c.thinning = 5;
      c.seed = seed;
    });
  }

  /** An n = 8 learner, which has exact likelihoods. */
  static DbmLearner.Exact exact(String name, DbmConfig config) {
    return (DbmLearner.Exact) DbmLearner.create(name, 8, config);
  }

  static SampleSet productSamples(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      for (double p : MARGINALS) {
        out[i] = out[i] << 1 | (random.nextDouble() < p ? 1 : 0);
      }
    }
    return SampleSet.of(MARGINALS.length, out);
  }

  static double[] productDistribution() {
    int n = MARGINALS.length;
    double[] p = new double[1 << n];
    for (int v = 0; v < p.length; v++) {
      p[v] = 1;
      for (int q = 0; q < n; q++) {
        p[v] *= (v >>> (n - 1 - q) & 1) == 1 ? MARGINALS[q] : 1 - MARGINALS[q];
      }
    }
    return p;
  }

  @Test
  void learnsAProductDistributionAtNEightToExactKlBelowTwoHundredths() {
    DbmLearner.Exact dbm = exact(DbmLearner.DBM, small(16, 4, 20, 5, 1));
    dbm.fit(productSamples(5_000, 2), TrainingListener.NONE);
    double kl = KullbackLeibler.exact(Distribution.of(productDistribution()),
        Distribution.of(dbm.distribution()));
    assertTrue(kl < 0.02, "KL " + kl);
  }

  @Test
  void beatsAUniformSamplerOnASycamoreCircuitAtNEightByFiveStandardErrors() {
    Circuit circuit = new SycamoreGenerator(Grid.rectangle(2, 4)).generate(14, 0);
    Distribution p = Distribution.fromState(CpuSimulator.create().run(circuit));
    DbmLearner.Exact dbm = exact(DbmLearner.DBM, small(32, 4, 30, 5, 1));
    dbm.fit(new Sampler(p).sample(5_000, 2), TrainingListener.NONE);
    int count = 10_000;
    long[] uniform = new long[count];
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < count; i++) {
      uniform[i] = random.nextInt(256);
    }
    // Normalised linear XEB (divided by the ideal N sum p^2 - 1) of each sampler, with the
    // standard errors of the means of N p(x) - 1 over its samples.
    double ideal = Xeb.idealLinear(p);
    Estimate model = Xeb.linear(p, dbm.sample(count, 4));
    Estimate flat = Xeb.linear(p, SampleSet.of(8, uniform));
    double se = Math.hypot(model.standardError(), flat.standardError()) / ideal;
    double gap = (model.value() - flat.value()) / ideal;
    assertTrue(gap > 5 * se, "normalised XEB gap " + gap + ", standard error " + se);
  }

  @Test
  void exactLikelihoodsAreNormalisedAndConsistent() {
    DbmLearner.Exact dbm = exact(DbmLearner.DBM, small(12, 3, 3, 1, 3));
    dbm.fit(productSamples(500, 4), TrainingListener.NONE);
    double[] p = dbm.distribution();
    assertEquals(1.0, Arrays.stream(p).sum(), 1e-12);
    long[] some = {0, 255, 17, 128};
    double[] logs = dbm.logProbabilities(some);
    for (int i = 0; i < some.length; i++) {
      assertEquals(Math.log(p[(int) some[i]]), logs[i], 1e-10);
      assertEquals(logs[i], dbm.logProbability(some[i]), 1e-12);
    }
    assertTrue(dbm.logPartition().exact());
    assertEquals(8 * 12 + 12 * 3 + 8 + 12 + 3, dbm.parameterCount());
  }

  @Test
  void saveAndLoadGiveTheSameModelAndTheSameSamples() {
    DbmLearner.Exact dbm = exact(DbmLearner.DBM, small(12, 3, 3, 1, 5));
    dbm.fit(productSamples(500, 6), TrainingListener.NONE);
    Path file = dir.resolve("dbm.qslm");
    dbm.save(file);
    DbmLearner.Exact loaded = (DbmLearner.Exact) Learner.load(file);
    assertEquals(DbmLearner.DBM, loaded.name());
    assertArrayEquals(dbm.distribution(), loaded.distribution(), 0);
    assertEquals(dbm.sample(300, 9), loaded.sample(300, 9));
  }

  @Test
  void resumingFromACheckpointContinuesAcrossThePhases() {
    // Epochs 1-2 pre-train the two layers, 3-5 train jointly; stop after each phase boundary.
    SampleSet data = productSamples(400, 7);
    DbmLearner.Exact whole = exact(DbmLearner.DBM, small(10, 3, 5, 1, 8));
    whole.fit(data, TrainingListener.NONE);
    for (int stop : new int[] {2, 3}) {
      Checkpoints checkpoints = Checkpoints.in(dir.resolve("ckpt" + stop));
      DbmLearner.create(DbmLearner.DBM, 8, small(10, 3, stop, 1, 8))
          .fit(data, TrainingListener.NONE, checkpoints);
      DbmLearner.Exact resumed = exact(DbmLearner.DBM, small(10, 3, 5, 1, 8));
      resumed.fit(data, TrainingListener.NONE, checkpoints);
      assertArrayEquals(whole.distribution(), resumed.distribution(), 0, "stopped at " + stop);
    }
  }

  @Test
  void theSameSeedGivesTheSameModelAndAnotherSeedAnother() {
    SampleSet data = productSamples(400, 10);
    double[][] p = new double[3][];
    long[] seeds = {1, 1, 2};
    for (int i = 0; i < 3; i++) {
      DbmLearner.Exact rbm = exact(DbmLearner.RBM, small(10, 0, 3, 1, seeds[i]));
      rbm.fit(data, TrainingListener.NONE);
      p[i] = rbm.distribution();
    }
    assertArrayEquals(p[0], p[1], 0);
    assertNotEquals(Arrays.toString(p[0]), Arrays.toString(p[2]));
  }

  @Test
  void aDivergingRunStopsWithTheEpochAndStep() {
    DbmConfig huge =
        small(10, 3, 3, 1, 11).with(c -> c.pretrainLearningRate = Double.MAX_VALUE);
    DbmLearner.Exact dbm = exact(DbmLearner.DBM, huge);
    TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
        () -> dbm.fit(productSamples(400, 12), TrainingListener.NONE));
    assertTrue(e.getMessage().contains("epoch 1, step"), e.getMessage());
  }

  @Test
  void namesAndLayersMustAgree() {
    assertThrows(IllegalArgumentException.class,
        () -> DbmLearner.create(DbmLearner.RBM, 8, small(10, 3, 1, 1, 0)));
    assertThrows(IllegalArgumentException.class,
        () -> DbmLearner.create(DbmLearner.DBM, 8, small(10, 0, 1, 1, 0)));
  }

  @Test
  void beyondTheEnumerableSizeThereAreNoExactLikelihoodsButAnAisEstimate() {
    DbmConfig fewTemperatures = small(4, 21, 1, 0, 13).with(c -> {
      c.aisRuns = 20;
      c.aisTemperatures = 500;
    });
    DbmLearner big = DbmLearner.create(DbmLearner.DBM, 6, fewTemperatures);
    assertFalse(big instanceof ExactLikelihood, "6 + 21 > 26");
    assertTrue(DbmLearner.create(DbmLearner.DBM, 5, fewTemperatures) instanceof ExactLikelihood);
    LogPartitionEstimate e = big.logPartition();
    assertFalse(e.exact());
    // Checks the wiring (the learner's machine and AIS settings reach the estimator) and a
    // positive standard error; AIS accuracy is tested in AnnealedImportanceSamplingTest.
    // Untrained, the weights are 0.01-sized: log Z is near that of all-zero parameters,
    // (6 + 4 + 21) ln 2.
    assertEquals(31 * Math.log(2), e.logZ(), 0.1);
    assertTrue(e.standardError() > 0 && e.standardError() < 0.01, "se " + e.standardError());
  }
}
