package org.qsl.learners.lstm;

import java.util.function.DoubleUnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * The parameters of an LSTM, its optimiser state and the training step: forward pass, loss check,
 * backward pass, update. The parameters and the optimiser state are flat arrays, so that saving
 * and restoring them is two array copies.
 */
final class LstmTrainer {
  private final LstmShape shape;
  private final INDArray parameters;
  private final GradientUpdater<?> updater;
  private final LstmNetwork network;

  /**
   * @param parameters the flat parameters (FLOAT or DOUBLE), updated in place by {@link #step}
   * @param optimiserState the optimiser's state, of {@link #stateShape}, updated in place (the
   *     updater works on views of it)
   * @param maxBatch the largest batch {@link #step} will get
   */
  LstmTrainer(LstmShape shape, INDArray parameters, IUpdater optimiser, INDArray optimiserState,
      int maxBatch, LstmNetwork.CellFactory cells) {
    this.shape = shape;
    this.parameters = parameters;
    boolean stateless = optimiser.stateSize(shape.parameterCount()) == 0;
    updater = optimiser.instantiate(stateless ? null : optimiserState, false);
    network = new LstmNetwork(shape, parameters, maxBatch, cells);
  }

  /** The shape of the optimiser state array for {@code shape} (at least one element). */
  static long[] stateShape(LstmShape shape, IUpdater optimiser) {
    return new long[] {1, Math.max(1, optimiser.stateSize(shape.parameterCount()))};
  }

  /** A trainer with a fresh optimiser state. */
  static LstmTrainer withNewState(LstmShape shape, INDArray parameters, IUpdater optimiser,
      int maxBatch, LstmNetwork.CellFactory cells) {
    INDArray state = Nd4j.zeros(parameters.dataType(), stateShape(shape, optimiser));
    return new LstmTrainer(shape, parameters, optimiser, state, maxBatch, cells);
  }

  /**
   * One optimisation step on {@code batch}.
   *
   * @param check gets the loss per sample (nats) before any parameter changes and returns it, or
   *     throws to stop training
   * @param iteration the optimiser's step counter (bias correction)
   * @param epoch 0-based epoch, for the optimiser's schedule
   * @return the loss per sample, in nats
   */
  double step(long[] batch, DoubleUnaryOperator check, int iteration, int epoch) {
    double loss = check.applyAsDouble(network.forward(batch) * shape.qubits());
    network.backward();
    INDArray gradient = network.gradient();
    updater.applyUpdater(gradient, iteration, epoch);
    parameters.subi(gradient);
    return loss;
  }
}
