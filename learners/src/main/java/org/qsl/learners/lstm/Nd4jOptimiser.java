package org.qsl.learners.lstm;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/** One of ND4J's updaters (any optimiser it has), on flat single-precision arrays. */
final class Nd4jOptimiser implements ParameterOptimiser {
  private final INDArray state;
  private final GradientUpdater<?> updater;

  Nd4jOptimiser(IUpdater config, long size) {
    long stateSize = config.stateSize(size);
    state = Nd4j.zeros(DataType.FLOAT, 1, Math.max(1, stateSize));
    updater = config.instantiate(stateSize == 0 ? null : state, true);
  }

  @Override
  public void update(INDArray parameters, INDArray gradient, int iteration, double rateFactor) {
    // epoch 0: no schedule is configured. Every updater's step is proportional to its learning
    // rate, so scaling the step scales the rate.
    updater.applyUpdater(gradient, iteration, 0);
    if (rateFactor != 1) {
      gradient.muli(rateFactor);
    }
    parameters.subi(gradient);
  }

  @Override
  public INDArray state() {
    return state.dup();
  }

  @Override
  public void restore(INDArray s) {
    if (s.length() != state.length()) {
      throw new IllegalArgumentException(
          "optimiser state of " + s.length() + ", expected " + state.length());
    }
    state.assign(s.reshape(state.shape()));
  }
}
