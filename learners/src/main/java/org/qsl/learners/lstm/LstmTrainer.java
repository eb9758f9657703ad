package org.qsl.learners.lstm;

import java.util.function.DoubleUnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The training step of an LSTM: forward pass, loss check, backward pass, parameter update. */
final class LstmTrainer {
  private final LstmShape shape;
  private final INDArray parameters;
  private final ParameterOptimiser optimiser;
  private final LstmNetwork network;

  /**
   * @param parameters the flat parameters, updated in place by {@link #step}
   * @param optimiser the optimiser, whose state {@link #step} updates
   * @param maxBatch the largest batch {@link #step} will get
   * @param team the threads that share the work
   */
  LstmTrainer(LstmShape shape, INDArray parameters, ParameterOptimiser optimiser, int maxBatch,
      Team team, LstmNetwork.CellFactory cells) {
    this.shape = shape;
    this.parameters = parameters;
    this.optimiser = optimiser;
    network = new LstmNetwork(shape, parameters, maxBatch, team, cells);
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
    optimiser.update(parameters, network.gradient(), iteration, epoch);
    return loss;
  }
}
