package org.qsl.learners.argan;

import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.ModelArrays;
import org.qsl.learners.Seeds;
import org.qsl.learners.Step;
import org.qsl.learners.adversarial.AdversarialLearner;
import org.qsl.learners.adversarial.Discriminator;
import org.qsl.learners.autoregressive.Autoregressive;
import org.qsl.learners.autoregressive.PrefixBatch;
import org.qsl.learners.autoregressive.SequenceGenerator;

/**
 * The autoregressive GAN: an autoregressive generator ({@link SequenceGenerator}; by default the
 * LSTM learner's network) that samples bit by bit, trained against an MLP discriminator on whole
 * bitstrings. Being autoregressive it has exact likelihoods ({@link Autoregressive}). The
 * gradient crosses the sampled bits by REINFORCE with a leave-one-out baseline or by
 * straight-through Gumbel ({@link SequenceEstimator}); the first
 * {@link ArganConfig#pretrainEpochs()} epochs may train the generator by maximum likelihood.
 *
 * <p>An adversarial step makes {@code discriminatorSteps} discriminator updates on the real batch
 * against fresh generator samples, then one generator update on fresh samples; it reports the
 * discriminator's loss. A pre-training step reports the negative log-likelihood per sample
 * (nats). {@link #parameterCount()} counts the generator; {@link #discriminatorParameterCount()}
 * the discriminator. Not thread-safe.
 */
public final class ArganLearner extends AdversarialLearner<ArganConfig> implements Autoregressive {
  /** The registered name. */
  public static final String NAME = "argan";

  private final SequenceGenerator generator;

  /** An untrained AR-GAN for {@code qubits}-bit strings, initialised from the config's seed. */
  public ArganLearner(int qubits, ArganConfig config) {
    super(NAME, qubits, config, config.training().discriminator(qubits));
    SplittableRandom init = Seeds.random(config.seed(), Seeds.INIT);
    generator = config.generator().create(qubits, config.units(), config.batchSize(),
        config.training().generatorLearningRate(), init.split());
    discriminator().initialise(init.split());
  }

  @Override
  public long parameterCount() {
    return generator.parameterCount();
  }

  @Override
  protected double adversarialStep(SampleSet batch, Step step) {
    long[] real = batch.toArray();
    if (config().pretraining(step.epoch())) {
      return maximumLikelihoodStep(real, step);
    }
    SplittableRandom random = step.random();
    double rateFactor = config().rateFactor(step.epoch());
    double[] realRows = Discriminator.rows(batch);
    int k = config().training().discriminatorSteps();
    double discriminatorLoss = 0;
    int iteration = adversarialIteration(step);
    for (int s = 0; s < k; s++) {
      double[] fake = Discriminator.rows(ancestralSample(real.length, random.nextLong()));
      discriminatorLoss = discriminator().train(realRows, fake, step, random, iteration * k + s,
          rateFactor);
    }
    SampleSet fakeSamples = ancestralSample(real.length, random.nextLong());
    long[] fake = fakeSamples.toArray();
    double[] fakeRows = Discriminator.rows(fakeSamples);
    double[] logits = generator.logits(fake);
    double[] gradient = new double[logits.length];
    if (config().estimator() == SequenceEstimator.REINFORCE) {
      double[] rewards = discriminator().rewards(fakeRows);
      step.check(SequenceGradients.reinforce(fake, qubits(), logits, rewards, gradient));
    } else {
      double[] valueGradient = new double[fakeRows.length];
      step.check(discriminator().generatorLoss(fakeRows, valueGradient));
      SequenceGradients.gumbel(fake, qubits(), logits, valueGradient,
          config().temperature(step.epoch()), random, gradient);
    }
    generator.descend(gradient, step.iteration(), rateFactor);
    return discriminatorLoss;
  }

  /**
   * The discriminator's 0-based step count: it trains in the adversarial epochs only, so its count
   * (for Adam's bias correction) starts with them.
   */
  private int adversarialIteration(Step step) {
    int pretrain = config().pretrainEpochs();
    if (pretrain == 0) {
      return step.iteration();
    }
    int stepsPerEpoch = (step.iteration() - (step.step() - 1)) / (step.epoch() - 1);
    return step.iteration() - pretrain * stepsPerEpoch;
  }

  /** One maximum-likelihood step (see {@link SequenceGradients#maximumLikelihood}). */
  private double maximumLikelihoodStep(long[] strings, Step step) {
    double[] logits = generator.logits(strings);
    double[] gradient = new double[logits.length];
    double loss = step.check(SequenceGradients.maximumLikelihood(strings, qubits(), logits,
        gradient));
    generator.descend(gradient, step.iteration(), 1);
    return loss;
  }

  @Override
  public SampleSet sample(int count, long seed) {
    return ancestralSample(count, seed);
  }

  @Override
  public PrefixBatch root() {
    return generator.root();
  }

  @Override
  public int maxBatch() {
    return generator.maxBatch();
  }

  @Override
  protected Runnable snapshotGenerator() {
    return generator.snapshot();
  }

  @Override
  protected void saveGenerator(Map<String, INDArray> arrays) {
    generator.save(arrays);
  }

  @Override
  protected void loadGenerator(ModelArrays arrays) {
    generator.load(arrays);
  }
}
