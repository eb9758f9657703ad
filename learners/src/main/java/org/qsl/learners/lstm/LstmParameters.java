package org.qsl.learners.lstm;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The weight matrices of an {@link LstmShape} as windows of one flat array, so that the optimiser
 * updates all parameters (or the gradient holds all derivatives) in one array.
 */
final class LstmParameters {
  private final LstmShape shape;
  private final INDArray flat;

  /** Windows on {@code flat}, which must hold {@link LstmShape#parameterCount()} elements. */
  LstmParameters(LstmShape shape, INDArray flat) {
    if (flat.length() != shape.parameterCount()) {
      throw new IllegalArgumentException(
          "expected " + shape.parameterCount() + " parameters, got " + flat.length());
    }
    this.shape = shape;
    this.flat = flat;
  }

  /** The flat array. */
  INDArray flat() {
    return flat;
  }

  /** Layer l's input weights, bias as the last row: (in_l + 1) x 4H. */
  Matrix input(int layer) {
    return Matrix.window(flat, shape.inputWeightsOffset(layer), shape.inputs(layer) + 1,
        4 * shape.units());
  }

  /** Layer l's recurrent weights: H x 4H. */
  Matrix recurrent(int layer) {
    return Matrix.window(flat, shape.recurrentWeightsOffset(layer), shape.units(),
        4 * shape.units());
  }

  /** The output weights, bias last: (H + 1) x 1. */
  Matrix output() {
    return Matrix.window(flat, shape.outputOffset(), shape.units() + 1, 1);
  }

  /**
   * Keras' initialisation of the reference model: Glorot-uniform weights (limit
   * sqrt(6 / (fan_in + fan_out)), fan_out = 4H for the LSTM matrices, 1 for the output), zero
   * biases except 1 for the forget gate.
   */
  void initialise(SplittableRandom random) {
    int h = shape.units();
    for (int l = 0; l < shape.layers(); l++) {
      int in = shape.inputs(l);
      Matrix input = input(l);
      double[] w = glorot(random, in, 4 * h, in + 1);
      for (int c = 0; c < shape.chunks(); c++) {
        LstmShape.Chunk chunk = shape.chunk(c);
        for (int j = 0; j < chunk.width(); j++) {
          w[in * 4 * h + chunk.gate(1) + j] = 1; // forget-gate bias, in the last row
        }
      }
      input.set(w);
      recurrent(l).set(glorot(random, h, 4 * h, h));
    }
    output().set(glorot(random, h, 1, h + 1));
  }

  /** Rows x fanOut values, the first fanIn rows uniform in +-limit and the rest zero. */
  private static double[] glorot(SplittableRandom random, int fanIn, int fanOut, int rows) {
    double limit = Math.sqrt(6.0 / (fanIn + fanOut));
    double[] w = new double[rows * fanOut];
    for (int i = 0; i < fanIn * fanOut; i++) {
      w[i] = (2 * random.nextDouble() - 1) * limit;
    }
    return w;
  }
}
