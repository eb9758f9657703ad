package org.qsl.learners.lstm;

import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.qsl.circuits.dist.Heap;
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
 * package's hand-written network (see {@link LstmNetwork}); sampling and exact likelihoods walk
 * the prefix tree with {@link Autoregressive}.
 */
public final class LstmLearner extends EpochLearner<LstmConfig> implements Autoregressive {
  /** The registered name. */
  public static final String NAME = "lstm";

  private static final String PARAMETERS = "parameters";
  private static final String OPTIMISER = "optimiser";
  /** Prefixes per inference batch: large enough for efficient products, 8 MiB of state per layer. */
  private static final int INFERENCE_BATCH = 4096;

  private final LstmShape shape;
  private final INDArray parameters;
  private final ParameterOptimiser optimiser;
  /** Made on the first training step: its buffers are only needed for training. */
  private LstmTrainer trainer;

  /**
   * An untrained model, initialised from the configuration's seed.
   *
   * @throws IllegalArgumentException if the parameters or the training buffers for the configured
   *     batch size cannot fit in memory (before anything is allocated)
   */
  public LstmLearner(int qubits, LstmConfig config) {
    super(NAME, qubits, config);
    shape = new LstmShape(qubits, config.layers(), config.units(), config.startToken());
    if (shape.parameterCount() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(shape.parameterCount() + " parameters; at most "
          + (Integer.MAX_VALUE - 8) + " are supported");
    }
    Heap.require(shape.trainingBytes(config.batchSize()), "an LSTM of " + shape.parameterCount()
        + " parameters trained in batches of " + config.batchSize());
    parameters = Nd4j.zeros(DataType.FLOAT, shape.parameterCount());
    new LstmParameters(shape, parameters).initialise(Seeds.random(config.seed(), Seeds.INIT));
    optimiser = config.optimiser().create(shape.parameterCount(), config.learningRate());
  }

  @Override
  protected double trainStep(SampleSet batch, Step step) {
    if (trainer == null) {
      Team.singleThreadedBlas();
      trainer = new LstmTrainer(shape, parameters, optimiser, config().batchSize(),
          Team.shared(), FusedCell::new);
    }
    return trainer.step(batch.toArray(), step::check, step.iteration(), step.epoch() - 1);
  }

  @Override
  protected void saveArrays(Map<String, INDArray> arrays) {
    arrays.put(PARAMETERS, parameters);
    arrays.put(OPTIMISER, optimiser.state());
  }

  @Override
  protected void loadArrays(ModelArrays arrays) {
    parameters.assign(arrays.get(PARAMETERS, parameters.shape()));
    optimiser.restore(arrays.get(OPTIMISER, optimiser.state().shape()));
  }

  @Override
  public long parameterCount() {
    return shape.parameterCount();
  }

  @Override
  public SampleSet sample(int count, long seed) {
    return ancestralSample(count, seed);
  }

  @Override
  public PrefixBatch root() {
    Team.singleThreadedBlas();
    return new LstmInference(shape, parameters, Team.shared()).root();
  }

  @Override
  public int maxBatch() {
    return INFERENCE_BATCH;
  }
}
