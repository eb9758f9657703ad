package org.qsl.learners.lstm;

import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.qsl.circuits.dist.Heap;
import org.qsl.learners.ModelArrays;
import org.qsl.learners.autoregressive.PrefixBatch;
import org.qsl.learners.autoregressive.SequenceGenerator;

/**
 * The autoregressive LSTM network over n bits with its parameters and optimiser, for any learner
 * that trains one: {@link LstmLearner} on binary cross-entropy, an AR-GAN's generator on an
 * adversarial or policy gradient. Training gives the teacher-forced logits of whole strings
 * ({@link #logits}) and takes an optimiser step down any gradient with respect to them
 * ({@link #descend}); sampling and exact likelihoods start from {@link #root()}, the prefix batch
 * of {@code Autoregressive}. Single precision; the work of every step is shared by the threads of
 * one team (see {@link LstmNetwork}), so the same seed gives the same model on any CPU count.
 */
public final class LstmModel implements SequenceGenerator {
  private static final String PARAMETERS = "parameters";
  private static final String OPTIMISER = "optimiser";
  /** Prefixes per inference batch: large enough for efficient products, 8 MiB of state per layer. */
  private static final int INFERENCE_BATCH = 4096;

  private final LstmShape shape;
  private final int maxBatch;
  private final INDArray parameters;
  private final ParameterOptimiser optimiser;
  private final Team team;
  private final LstmNetwork.CellFactory cells;
  /** Made on the first training call: its buffers are only needed for training. */
  private LstmNetwork network;

  /**
   * An untrained network: Keras' initialisation of the reference model (Glorot-uniform weights,
   * forget-gate biases 1) drawn from {@code init}.
   *
   * @param qubits bits per string n
   * @param layers stacked LSTM layers
   * @param units hidden units per layer
   * @param start how the first step is marked
   * @param optimiser the optimiser of {@link #descend}
   * @param learningRate its learning rate
   * @param maxBatch the most strings {@link #logits} will get at once
   * @param init the random numbers of the initial parameters
   * @throws IllegalArgumentException if the parameters or the training buffers cannot fit in
   *     memory (before anything is allocated)
   */
  public LstmModel(int qubits, int layers, int units, StartToken start, Optimiser optimiser,
      double learningRate, int maxBatch, SplittableRandom init) {
    this(new LstmShape(qubits, layers, units, start), optimiser, learningRate, maxBatch, init,
        Team.shared(), FusedCell::new);
  }

  /** With the team and cells given, as the benchmark compares them. */
  LstmModel(LstmShape shape, Optimiser optimiser, double learningRate, int maxBatch,
      SplittableRandom init, Team team, LstmNetwork.CellFactory cells) {
    if (shape.parameterCount() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(shape.parameterCount() + " parameters; at most "
          + (Integer.MAX_VALUE - 8) + " are supported");
    }
    if (maxBatch < 1) {
      throw new IllegalArgumentException("the batch size must be >= 1, got " + maxBatch);
    }
    Heap.require(shape.trainingBytes(maxBatch), "an LSTM of " + shape.parameterCount()
        + " parameters trained in batches of " + maxBatch);
    this.shape = shape;
    this.maxBatch = maxBatch;
    this.team = team;
    this.cells = cells;
    parameters = Nd4j.zeros(DataType.FLOAT, shape.parameterCount());
    new LstmParameters(shape, parameters).initialise(init);
    this.optimiser = optimiser.create(shape.parameterCount(), learningRate);
  }

  /** Number of parameters. */
  @Override
  public long parameterCount() {
    return shape.parameterCount();
  }

  /**
   * The teacher-forced forward pass: the logit of P(bit t = 1 | bits before t) of every string b
   * (n bits, qubit 0 most significant) and bit t, at b * n + t. The pass is kept for
   * {@link #descend}.
   *
   * @throws IllegalArgumentException if there are no strings or more than the maximum batch
   */
  @Override
  public double[] logits(long[] strings) {
    if (network == null) {
      Team.singleThreadedBlas();
      network = new LstmNetwork(shape, parameters, maxBatch, team, cells);
    }
    return network.forward(strings);
  }

  /**
   * One optimiser step down {@code logitGradient}, the gradient of a loss with respect to the
   * logits of the last {@link #logits} call (same layout).
   *
   * @param iteration 0-based count of earlier steps (the optimiser's bias corrections)
   * @param rateFactor factor on the learning rate for this step (1 for none)
   * @throws IllegalStateException if {@link #logits} was not called since the last step
   */
  @Override
  public void descend(double[] logitGradient, int iteration, double rateFactor) {
    if (network == null) {
      throw new IllegalStateException("descend() needs a logits() pass first");
    }
    network.backward(logitGradient);
    optimiser.update(parameters, network.gradient(), iteration, rateFactor);
  }

  /** The batch holding the single empty prefix, evaluated with the current parameters. */
  @Override
  public PrefixBatch root() {
    Team.singleThreadedBlas();
    return new LstmInference(shape, parameters, team).root();
  }

  /** The most prefixes {@link #root()}'s batches should hold at once. */
  @Override
  public int maxBatch() {
    return INFERENCE_BATCH;
  }

  /** Puts the parameters and the optimiser's state into {@code arrays}. */
  @Override
  public void save(Map<String, INDArray> arrays) {
    arrays.put(PARAMETERS, parameters);
    arrays.put(OPTIMISER, optimiser.state());
  }

  /** Restores, in place, what {@link #save} wrote. */
  @Override
  public void load(ModelArrays arrays) {
    parameters.assign(arrays.get(PARAMETERS, parameters.shape()));
    optimiser.restore(arrays.get(OPTIMISER, optimiser.state().shape()));
  }

  /** An action that puts the parameters and the optimiser's state back as they are now. */
  @Override
  public Runnable snapshot() {
    INDArray savedParameters = parameters.dup();
    INDArray savedState = optimiser.state();
    return () -> {
      parameters.assign(savedParameters);
      optimiser.restore(savedState);
    };
  }
}
