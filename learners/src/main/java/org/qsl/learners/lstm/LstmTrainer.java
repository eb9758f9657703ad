package org.qsl.learners.lstm;

import java.util.function.DoubleUnaryOperator;
import org.nd4j.linalg.api.buffer.DataType;
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
  private final INDArray optimiserState;
  private final GradientUpdater<?> updater;
  private final LstmNetwork network;

  /**
   * @param parameters the flat parameters (FLOAT or DOUBLE), updated in place by {@link #step}
   * @param maxBatch the largest batch {@link #step} will get
   */
  LstmTrainer(LstmShape shape, INDArray parameters, IUpdater optimiser, int maxBatch,
      LstmNetwork.CellFactory cells) {
    this.shape = shape;
    this.parameters = parameters;
    long size = optimiser.stateSize(shape.parameterCount());
    optimiserState = Nd4j.zeros(parameters.dataType(), 1, Math.max(1, size));
    updater = optimiser.instantiate(size == 0 ? null : optimiserState, true);
    network = new LstmNetwork(shape, parameters, maxBatch, cells);
  }

  /** The single-precision trainer used for learning: the fused cell. */
  static LstmTrainer fused(LstmShape shape, INDArray parameters, IUpdater optimiser, int maxBatch) {
    if (parameters.dataType() != DataType.FLOAT) {
      throw new IllegalArgumentException("the fused cell is FLOAT, got " + parameters.dataType());
    }
    return new LstmTrainer(shape, parameters, optimiser, maxBatch, FusedCell::new);
  }

  /** The optimiser's state (moments), saved with the parameters so that training can resume. */
  INDArray optimiserState() {
    return optimiserState;
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
