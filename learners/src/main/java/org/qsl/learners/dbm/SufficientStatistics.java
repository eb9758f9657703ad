package org.qsl.learners.dbm;

import java.util.Arrays;

/**
 * Accumulated expectations of the sufficient statistics of a {@link Dbm}, in the order of
 * {@link Dbm#parameters()}: {@code <v>, <h1>, <h2>, <v h1'>, <h1 h2'>}. The log-likelihood
 * gradient is the data (positive) expectation minus the model (negative) one, so the two phases
 * are added with scales +1/rows and -1/rows into one instance.
 */
final class SufficientStatistics {
  private final Dbm shape;
  final double[][] values;

  SufficientStatistics(Dbm shape) {
    this.shape = shape;
    values = shape.zerosLikeParameters();
  }

  void clear() {
    for (double[] v : values) {
      Arrays.fill(v, 0);
    }
  }

  /** Adds {@code scale} times the sums over {@code rows} states (layer values may be means). */
  void add(double[] v, double[] h1, double[] h2, int rows, double scale) {
    Dense.columnSumsAdd(v, rows, shape.visible, scale, values[0]);
    Dense.columnSumsAdd(h1, rows, shape.hidden1, scale, values[1]);
    Dense.columnSumsAdd(h2, rows, shape.hidden2, scale, values[2]);
    Dense.outerAccumulate(v, rows, shape.visible, h1, shape.hidden1, scale, values[3]);
    Dense.outerAccumulate(h1, rows, shape.hidden1, h2, shape.hidden2, scale, values[4]);
  }
}
