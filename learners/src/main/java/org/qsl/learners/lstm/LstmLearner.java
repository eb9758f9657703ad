package org.qsl.learners.lstm;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.EpochLearner;
import org.qsl.learners.ModelArrays;
import org.qsl.learners.Seeds;
import org.qsl.learners.Step;
import org.qsl.learners.autoregressive.Autoregressive;
import org.qsl.learners.autoregressive.PrefixBatch;

/**
 * The autoregressive LSTM of the paper: bits are generated qubit 0 first, each from the LSTM's
 * output after reading the previous bits, P(x) = prod_k P(x_k | x_0 .. x_{k-1}) with a logistic
 * output per bit, trained on binary cross-entropy. Training runs in single precision on this
 * package's hand-written network (see {@link LstmModel}); sampling and exact likelihoods walk
 * the prefix tree with {@link Autoregressive}.
 */
public final class LstmLearner extends EpochLearner<LstmConfig> implements Autoregressive {
  /** The registered name. */
  public static final String NAME = "lstm";

  private final LstmModel model;

  /**
   * An untrained model, initialised from the configuration's seed.
   *
   * @throws IllegalArgumentException if the parameters or the training buffers for the configured
   *     batch size cannot fit in memory (before anything is allocated)
   */
  public LstmLearner(int qubits, LstmConfig config) {
    super(NAME, qubits, config);
    model = new LstmModel(qubits, config.layers(), config.units(), config.startToken(),
        config.optimiser(), config.learningRate(), config.batchSize(),
        Seeds.random(config.seed(), Seeds.INIT));
  }

  @Override
  protected double trainStep(SampleSet batch, Step step) {
    long[] strings = batch.toArray();
    double[] logits = model.logits(strings);
    double[] gradient = new double[logits.length];
    double loss = step.check(qubits() * BitCrossEntropy.mean(strings, qubits(), logits, gradient));
    model.descend(gradient, step.iteration(), 1);
    return loss;
  }

  @Override
  protected void saveArrays(Map<String, INDArray> arrays) {
    model.save(arrays);
  }

  @Override
  protected void loadArrays(ModelArrays arrays) {
    model.load(arrays);
  }

  @Override
  public long parameterCount() {
    return model.parameterCount();
  }

  @Override
  public SampleSet sample(int count, long seed) {
    return ancestralSample(count, seed);
  }

  @Override
  public PrefixBatch root() {
    return model.root();
  }

  @Override
  public int maxBatch() {
    return model.maxBatch();
  }
}
