package org.qsl.learners.dbm;

/**
 * The logistic function and softplus over arrays, on the Vector API when present
 * ({@link Dense#VECTOR}), otherwise scalar; both on {@link ElementaryFunctions}' exp and log1p,
 * so that each element has the same bits on either path and at any stage of JIT compilation.
 */
final class Logistic {
  private Logistic() {}

  /** {@code x[i] = 1 / (1 + e^-x[i])} for i below {@code length}. */
  static void sigmoid(double[] x, int length) {
    if (Dense.VECTOR) {
      VectorKernels.sigmoid(x, length);
      return;
    }
    scalarSigmoid(x, length);
  }

  /** {@link #sigmoid(double[], int)}'s scalar form. */
  static void scalarSigmoid(double[] x, int length) {
    for (int i = 0; i < length; i++) {
      x[i] = sigmoid(x[i]);
    }
  }

  /** The sum of softplus(x[i]) = log(1 + e^x[i]) over {@code from <= i < to}. */
  static double softplusSum(double[] x, int from, int to) {
    if (Dense.VECTOR) {
      return VectorKernels.softplusSum(x, from, to);
    }
    return scalarSoftplusSum(x, from, to);
  }

  /** {@link #softplusSum}'s scalar form. */
  static double scalarSoftplusSum(double[] x, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += softplus(x[i]);
    }
    return s;
  }

  /** 1 / (1 + e^-x). */
  static double sigmoid(double x) {
    return 1.0 / (1.0 + ElementaryFunctions.exp(-x));
  }

  /** log(1 + e^x), without overflow for large x. */
  static double softplus(double x) {
    return Math.max(x, 0)
        + ElementaryFunctions.log1p(ElementaryFunctions.exp(-Math.abs(x)));
  }
}
