package org.qsl.learners.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.Sampler;
import org.qsl.circuits.metrics.Estimate;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.Checkpoints;
import org.qsl.learners.Learner;
import org.qsl.learners.SizeKnob;
import org.qsl.learners.TrainingDivergedException;
import org.qsl.learners.TrainingListener;
import org.qsl.learners.adversarial.AdversarialLoss;
import org.qsl.learners.adversarial.AdversarialTraining;
import org.qsl.learners.adversarial.DiversityCheck;
import org.qsl.learners.adversarial.Targets;

class GanLearnerTest {
  private static final Distribution PRODUCT =
      Targets.product(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8);

  @TempDir Path dir;

  private static final GanConfig D = GanConfig.DEFAULTS;
  private static final AdversarialTraining T = D.training();

  /** The defaults with {@code epochs} epochs and the given seed. */
  private static GanConfig config(int epochs, long seed) {
    return new GanConfig(epochs, D.batchSize(), seed, D.noiseDimension(), D.generatorLayers(),
        D.estimator(), T);
  }

  /** Default training settings but for these. */
  private static AdversarialTraining training(double learningRate, double finalRate,
      int discriminatorSteps, AdversarialLoss loss, double temperatureEnd) {
    return new AdversarialTraining(T.discriminatorLayers(), learningRate, learningRate,
        finalRate, discriminatorSteps, loss, T.gradientPenalty(), T.temperatureStart(),
        temperatureEnd);
  }

  private static GanLearner trained(GanConfig config, SampleSet data) {
    GanLearner gan = new GanLearner(data.qubits(), config);
    gan.fit(data, TrainingListener.NONE);
    return gan;
  }

  @Test
  void learnsAProductDistribution() {
    SampleSet data = new Sampler(PRODUCT).sample(10_000, 1);
    GanLearner gan = trained(config(10, 3), data);
    SampleSet samples = gan.sample(20_000, 2);
    Estimate xeb = Targets.normalisedXeb(PRODUCT, samples);
    assertTrue(xeb.value() >= 0.9, "normalised linear XEB " + xeb);
    // XEB also rewards a model that piles onto the likeliest strings, so check the spread too:
    // 20,000 exact samples of this target are at total variation ~0.02 from it
    double tv = Targets.totalVariation(PRODUCT, samples);
    assertTrue(tv < 0.12, "total variation " + tv);
    assertFalse(gan.diversity().orElseThrow().collapsed(), gan.diversity().toString());
  }

  @Test
  void beatsAUniformSamplerOnASycamoreCircuit() {
    Distribution target = Targets.sycamore(2, 4, 14, 7);
    SampleSet data = new Sampler(target).sample(10_000, 4);
    GanLearner gan = trained(config(4, 5), data);
    Targets.assertBeatsUniform(target, gan.sample(20_000, 6));
  }

  @Test
  void countsTheGeneratorAsItsParameters() {
    GanLearner gan = new GanLearner(8, GanConfig.DEFAULTS);
    // generator 16 -> 64 -> 64 -> 8, discriminator 8 -> 64 -> 64 -> 1
    assertEquals(17 * 64 + 65 * 64 + 65 * 8, gan.parameterCount());
    assertEquals(9 * 64 + 65 * 64 + 65, gan.discriminatorParameterCount());
  }

  @Test
  void theSizeKnobSetsTheGeneratorsWidth() {
    SizeKnob knob = SizeKnob.of("gan");
    GanLearner gan = (GanLearner) knob.create(8, 32, 3, 7);
    assertEquals(new GanConfig(3, D.batchSize(), 7, D.noiseDimension(), List.of(32, 32),
        D.estimator(), T), gan.config());
    assertEquals(17 * 32 + 33 * 32 + 33 * 8, gan.parameterCount());
  }

  @Test
  void sameSeedSameModelAndSamples() {
    SampleSet data = new Sampler(PRODUCT).sample(1000, 8);
    GanLearner a = trained(config(2, 9), data);
    GanLearner b = trained(config(2, 9), data);
    assertEquals(a.sample(500, 1), b.sample(500, 1));
    assertNotEquals(a.sample(500, 1), a.sample(500, 2));
    assertNotEquals(a.sample(500, 1), trained(config(2, 10), data).sample(500, 1));
  }

  @Test
  void saveAndLoadGiveTheSameModel() {
    SampleSet data = new Sampler(PRODUCT).sample(1000, 8);
    GanLearner gan = trained(config(2, 11), data);
    Path file = dir.resolve("gan.qslm");
    gan.save(file);
    GanLearner loaded = assertInstanceOf(GanLearner.class, Learner.load(file));
    assertEquals(gan.config(), loaded.config());
    assertEquals(gan.sample(1000, 3), loaded.sample(1000, 3));
    assertEquals(gan.diversity(), loaded.diversity());
    assertEquals(gan.provenance(), loaded.provenance());
  }

  @Test
  void resumingFromACheckpointGivesTheUninterruptedModel() {
    SampleSet data = new Sampler(PRODUCT).sample(1000, 8);
    for (AdversarialLoss loss : AdversarialLoss.values()) {
      AdversarialTraining training = training(1e-3, 0.1, 2, loss, 0.2);
      GanConfig three = new GanConfig(3, 100, 12, 4, List.of(16), D.estimator(), training);
      GanLearner uninterrupted = trained(three, data);

      Path folder = dir.resolve(loss.name());
      GanConfig one = new GanConfig(1, 100, 12, 4, List.of(16), D.estimator(), training);
      new GanLearner(8, one).fit(data, TrainingListener.NONE, Checkpoints.in(folder));
      GanLearner resumed = new GanLearner(8, three);
      resumed.fit(data, TrainingListener.NONE, Checkpoints.in(folder));

      assertEquals(3, resumed.epochsDone());
      assertEquals(uninterrupted.sample(2000, 4), resumed.sample(2000, 4), loss.name());
    }
  }

  @Test
  void aDivergingRunStopsBeforeTheOffendingUpdate() {
    SampleSet data = new Sampler(PRODUCT).sample(1000, 8);
    // Adam moves every parameter by about the learning rate, so scores overflow within steps
    GanConfig huge = new GanConfig(1, 100, 13, D.noiseDimension(), D.generatorLayers(),
        D.estimator(), training(1e200, 1, 1, T.loss(), 1));
    GanLearner gan = new GanLearner(8, huge);
    TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
        () -> gan.fit(data, TrainingListener.NONE));
    assertTrue(e.getMessage().startsWith("training diverged: loss is "), e.getMessage());
    // parameters that had become NaN would make every logit NaN and every sampled bit 0
    long distinct = Arrays.stream(gan.sample(1000, 1).toArray()).distinct().count();
    assertTrue(distinct > 1, "distinct samples " + distinct);
  }

  @Test
  void refusesBadSettings() {
    assertThrows(IllegalArgumentException.class,
        () -> new GanConfig(0, 1, 0, 1, List.of(1), D.estimator(), T));
    assertThrows(IllegalArgumentException.class,
        () -> new GanConfig(1, 1, 0, 1, List.of(0), D.estimator(), T));
    assertThrows(IllegalArgumentException.class, () -> training(1, 1, 1, T.loss(), 0));
    assertThrows(IllegalArgumentException.class, () -> training(-1, 1, 1, T.loss(), 1));
    assertThrows(IllegalArgumentException.class, () -> new GanLearner(8, D).sample(-1, 0));
  }

  @Test
  void temperatureAndRatesFollowTheirSchedules() {
    GanConfig c = new GanConfig(5, 1, 0, 1, List.of(1), D.estimator(),
        training(1, 0.2, 1, T.loss(), 1.0 / 16));
    // geometric from 1 to 1/16 over epochs 1..5: halving each epoch
    assertEquals(1, c.temperature(1), 1e-15);
    assertEquals(0.5, c.temperature(2), 1e-15);
    assertEquals(1.0 / 16, c.temperature(5), 1e-15);
    // linear from 1 to 0.2
    assertEquals(1, c.rateFactor(1), 1e-15);
    assertEquals(0.8, c.rateFactor(2), 1e-15);
    assertEquals(0.2, c.rateFactor(5), 1e-15);
  }
}
