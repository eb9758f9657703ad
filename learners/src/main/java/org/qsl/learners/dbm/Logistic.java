package org.qsl.learners.dbm;

/**
 * The logistic function and softplus over arrays. With the {@code jdk.incubator.vector} module
 * present ({@code --add-modules jdk.incubator.vector}) they run on the Vector API, whose exp and
 * log1p are the JIT's vectorised math routines (about 6 times faster than a loop over
 * {@link Math#exp} on AVX-512, same results to 1e-15 relative); otherwise scalar.
 */
final class Logistic {
  /** Whether the Vector API is in this JVM. */
  static final boolean VECTOR =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private Logistic() {}

  /** {@code x[i] = 1 / (1 + e^-x[i])} for i below {@code length}. */
  static void sigmoid(double[] x, int length) {
    if (VECTOR) {
      VectorLogistic.sigmoid(x, length);
      return;
    }
    for (int i = 0; i < length; i++) {
      x[i] = sigmoid(x[i]);
    }
  }

  /** The sum of softplus(x[i]) = log(1 + e^x[i]) over {@code from <= i < to}. */
  static double softplusSum(double[] x, int from, int to) {
    if (VECTOR) {
      return VectorLogistic.softplusSum(x, from, to);
    }
    double s = 0;
    for (int i = from; i < to; i++) {
      s += softplus(x[i]);
    }
    return s;
  }

  /** 1 / (1 + e^-x). */
  static double sigmoid(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }

  /** log(1 + e^x), without overflow for large x. */
  static double softplus(double x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  }
}
