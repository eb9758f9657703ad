package org.qsl.learners.lstm;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Updates a flat parameter array from its gradient, keeping whatever state the method needs. */
interface ParameterOptimiser {

  /**
   * One update: {@code parameters} move against {@code gradient}, which may be overwritten.
   *
   * @param iteration 0-based count of earlier updates (bias corrections)
   * @param rateFactor factor on the learning rate for this update (a caller's schedule)
   */
  void update(INDArray parameters, INDArray gradient, int iteration, double rateFactor);

  /** A copy of the state (e.g. Adam's moments) as one array, for checkpoints. */
  INDArray state();

  /** Restores a state returned by {@link #state()}. */
  void restore(INDArray state);
}
