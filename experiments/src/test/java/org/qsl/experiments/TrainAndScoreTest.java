package org.qsl.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.ProgressListener;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.Sampler;
import org.qsl.circuits.dist.Target;
import org.qsl.circuits.metrics.Estimate;
import org.qsl.circuits.metrics.Xeb;
import org.qsl.circuits.random.BrickworkGenerator;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.circuits.sim.StrangeSimulator;
import org.qsl.learners.Seeds;
import org.qsl.learners.TrainingData;
import org.qsl.learners.TrainingListener;
import org.qsl.learners.product.ProductConfig;
import org.qsl.learners.product.ProductLearner;

class TrainAndScoreTest {
  private static final int N = 5;
  private final TrainAndScore runner = new TrainAndScore(new StrangeSimulator());

  private static Distribution natural(int instance) {
    return Distribution.fromState(new StrangeSimulator().run(
        new BrickworkGenerator(N).generate(6, instance)));
  }

  private static Configuration config(String target, long seed) {
    return new Configuration(N, "brickwork:6", 1, target, "product", 1, 3000, 2, 4000, seed);
  }

  @Test
  void rowIsWhatTrainingATwinOnTheSameSeedsGives() {
    ResultRow row = runner.run(config("sorted", 7), TrainingListener.NONE);
    // the same steps by hand: target, training samples, model, test samples
    Distribution p = new Target.Sorted().apply(natural(1));
    SampleSet train = new Sampler(p).sample(3000, 1.0, Seeds.derive(7, 1), ProgressListener.NONE);
    ProductLearner twin = new ProductLearner(N,
        new ProductConfig(2, ProductConfig.DEFAULTS.batchSize(),
            ProductConfig.DEFAULTS.learningRate(), 7));
    twin.fit(train, TrainingListener.NONE);
    SampleSet test = twin.sample(4000, Seeds.derive(7, 2));
    Distribution q = Distribution.of(twin.distribution());

    double theoretical = Xeb.linear(p, train).value();
    assertEquals(theoretical, row.scores().theoreticalXeb(), 1e-12);
    assertEquals(Xeb.linear(p, test).value(), row.scores().linearXeb(), 1e-12);
    assertEquals(Xeb.linear(p, test).value() / theoretical, row.scores().normalisedXeb(), 1e-12);
    assertEquals(Xeb.exactLinear(p, q) / theoretical, row.scores().exactNormalisedXeb(), 1e-12);
    assertEquals(p.relativeEntropy(q), row.scores().exactKl(), 1e-12);
    assertEquals(N, row.parameters());
    assertEquals(2, row.losses().size());
    assertEquals(TrainingData.of(train).sha256(),
        ((Map<?, ?>) row.provenance().get("data")).get("sha256"));
    assertEquals(row.scores().exactNormalisedXeb(), row.scores().xeb());
  }

  @Test
  void depolarisedTargetsTrainOnNoisySamplesAndScoreAgainstTheCircuit() {
    ResultRow row = runner.run(config("depolarised:0.25", 3), TrainingListener.NONE);
    Distribution p = natural(1);
    SampleSet train = new Sampler(p).sample(3000, 0.25, Seeds.derive(3, 1),
        ProgressListener.NONE);
    Estimate xeb = Xeb.linear(p, train);
    assertEquals(xeb.value(), row.scores().theoreticalXeb(), 1e-12);
    // E[XEB] = F (N sum p^2 - 1) for samples from F p + (1 - F) / N; 4 standard errors.
    assertEquals(0.25 * Xeb.idealLinear(p), xeb.value(), 4 * xeb.standardError());
  }

  @Test
  void targetsAreCachedPerCircuitAndBadFidelitiesRefused() {
    Distribution a = runner.target(N, "brickwork:6", 1, "natural");
    assertSame(a, runner.target(N, "brickwork:6", 1, "natural"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> runner.run(config("depolarised:2", 0), TrainingListener.NONE));
    assertEquals("target 'depolarised:2': F must be a number in [0, 1]", e.getMessage());
  }
}
