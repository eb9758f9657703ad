package org.qsl.learners.gan;

import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.ModelArrays;
import org.qsl.learners.Seeds;
import org.qsl.learners.Step;
import org.qsl.learners.adversarial.Adam;
import org.qsl.learners.adversarial.AdversarialLearner;
import org.qsl.learners.adversarial.AdversarialLoss;
import org.qsl.learners.adversarial.AdversarialTraining;
import org.qsl.learners.adversarial.Discriminator;
import org.qsl.learners.adversarial.Mlp;
import org.qsl.learners.gan.BitEstimator.Relaxation;

/**
 * A generative adversarial network over n-bit strings. The generator is an MLP from Gaussian noise
 * to n Bernoulli logits; a sample draws the noise and then each bit independently, so the model is
 * a continuous mixture of product distributions. The discriminator is an MLP on bitstrings. The
 * discrete bits are crossed by a {@link BitEstimator}. The model has no exact likelihood; it is
 * scored from samples. {@link #parameterCount()} counts the generator, which is all that sampling
 * uses; {@link #discriminatorParameterCount()} the discriminator.
 *
 * <p>A training step makes {@link GanConfig#discriminatorSteps()} discriminator updates on the
 * real batch against fresh fake batches, then one generator update; the reported loss is the
 * discriminator's (2 ln 2 = 1.386 when it cannot tell real from fake, for the non-saturating
 * loss). Sampling and training are not thread-safe.
 */
public final class GanLearner extends AdversarialLearner<GanConfig> {
  /** The registered name. */
  public static final String NAME = "gan";

  private static final String GENERATOR = "generator";
  /** Noise rows per generator pass when sampling. */
  private static final int SAMPLE_CHUNK = 4096;

  private final Mlp generator;
  private final Adam generatorAdam;

  /** An untrained GAN for {@code qubits}-bit strings, initialised from the config's seed. */
  public GanLearner(int qubits, GanConfig config) {
    super(NAME, qubits, config, config.training().discriminator(qubits));
    generator = new Mlp(Discriminator.widths(config.noiseDimension(), config.generatorLayers(),
        qubits));
    generatorAdam = new Adam(generator.parameters(), config.training().generatorLearningRate(),
        AdversarialTraining.BETA1, AdversarialTraining.BETA2);
    SplittableRandom init = Seeds.random(config.seed(), Seeds.INIT);
    generator.initialise(init.split());
    discriminator().initialise(init.split());
  }

  @Override
  public long parameterCount() {
    return generator.parameterCount();
  }

  @Override
  protected Runnable snapshotGenerator() {
    return generatorAdam.snapshot();
  }

  @Override
  protected double adversarialStep(SampleSet batch, Step step) {
    SplittableRandom random = step.random();
    int size = batch.size();
    double temperature = config().temperature(step.epoch());
    double[] real = Discriminator.rows(batch);
    double rateFactor = config().rateFactor(step.epoch());
    int k = config().training().discriminatorSteps();
    double discriminatorLoss = 0;
    for (int s = 0; s < k; s++) {
      double[] fake = generate(size, random, temperature).values();
      discriminatorLoss = discriminator().train(real, fake, step, random, step.iteration() * k + s,
          rateFactor);
    }
    Relaxation fake = generate(size, random, temperature);
    double[] valueGradient = new double[fake.values().length];
    step.check(discriminator().generatorLoss(fake.values(), valueGradient));
    double[] slopes = fake.slopes();
    for (int i = 0; i < valueGradient.length; i++) {
      valueGradient[i] *= slopes[i];
    }
    generator.zeroGradients();
    generator.addGradients(valueGradient);
    generatorAdam.step(generator.gradients(), step.iteration(), rateFactor);
    return discriminatorLoss;
  }

  /** Runs the generator on fresh noise and applies the estimator; the pass is kept for backward. */
  private Relaxation generate(int count, SplittableRandom random, double temperature) {
    double[] logits = generator.forward(noise(count, random));
    double[] uniforms = new double[logits.length];
    for (int i = 0; i < uniforms.length; i++) {
      uniforms[i] = random.nextDouble(Double.MIN_NORMAL, 1);
    }
    return config().estimator().apply(logits, uniforms, temperature);
  }

  private double[] noise(int count, SplittableRandom random) {
    double[] z = new double[count * config().noiseDimension()];
    for (int i = 0; i < z.length; i++) {
      z[i] = random.nextGaussian();
    }
    return z;
  }

  /** The generator's P(bit = 1) for each bit of {@code count} noise draws, rows of n. */
  private double[] probabilities(int count, SplittableRandom random) {
    double[] p = generator.forward(noise(count, random)).clone();
    for (int i = 0; i < p.length; i++) {
      p[i] = AdversarialLoss.sigmoid(p[i]);
    }
    return p;
  }

  @Override
  public SampleSet sample(int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("sample count must be >= 0, got " + count);
    }
    int n = qubits();
    SplittableRandom random = new SplittableRandom(seed);
    long[] out = new long[count];
    for (int from = 0; from < count; from += SAMPLE_CHUNK) {
      int size = Math.min(SAMPLE_CHUNK, count - from);
      double[] p = probabilities(size, random);
      for (int i = 0; i < size; i++) {
        long x = 0;
        for (int q = 0; q < n; q++) {
          x = x << 1 | (random.nextDouble() < p[i * n + q] ? 1 : 0);
        }
        out[from + i] = x;
      }
    }
    return SampleSet.of(n, out);
  }

  @Override
  protected void saveGenerator(Map<String, INDArray> arrays) {
    generatorAdam.save(arrays, GENERATOR);
  }

  @Override
  protected void loadGenerator(ModelArrays arrays) {
    generatorAdam.load(arrays, GENERATOR);
  }
}
