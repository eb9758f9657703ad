package org.qsl.learners.dbm;

/**
 * Gradient ascent with momentum and L2 weight decay on the weights (not the biases), as in
 * Salakhutdinov and Hinton's code: {@code inc = momentum * inc + rate * (gradient - decay * w)},
 * {@code w += inc}.
 */
final class MomentumSgd {
  /** Indices in {@link Dbm#parameters()} of the weight matrices, which are decayed. */
  private static final int FIRST_WEIGHT = 3;

  private final Dbm dbm;
  final double[][] increments;

  MomentumSgd(Dbm dbm) {
    this.dbm = dbm;
    increments = dbm.zerosLikeParameters();
  }

  /** One step along {@code gradient} (same layout as the parameters). */
  void step(double[][] gradient, double rate, double momentum, double weightDecay) {
    double[][] p = dbm.parameters();
    for (int a = 0; a < p.length; a++) {
      double decay = a >= FIRST_WEIGHT ? weightDecay : 0;
      double[] w = p[a];
      double[] g = gradient[a];
      double[] inc = increments[a];
      for (int i = 0; i < w.length; i++) {
        inc[i] = momentum * inc[i] + rate * (g[i] - decay * w[i]);
        w[i] += inc[i];
      }
    }
    dbm.syncTransposes();
  }
}
