package org.qsl.learners.dbm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Logistic}'s functions on the incubating Vector API; loaded only when the
 * {@code jdk.incubator.vector} module is present.
 */
final class VectorLogistic {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

  private VectorLogistic() {}

  static void sigmoid(double[] x, int length) {
    int i = 0;
    DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
    for (int bound = SPECIES.loopBound(length); i < bound; i += SPECIES.length()) {
      DoubleVector e = DoubleVector.fromArray(SPECIES, x, i).neg().lanewise(VectorOperators.EXP);
      one.div(e.add(1.0)).intoArray(x, i);
    }
    for (; i < length; i++) {
      x[i] = Logistic.sigmoid(x[i]);
    }
  }

  /** max(x, 0) + log1p(exp(-|x|)) summed, lanes first. */
  static double softplusSum(double[] x, int from, int to) {
    int i = from;
    DoubleVector acc = DoubleVector.zero(SPECIES);
    for (int bound = from + SPECIES.loopBound(to - from); i < bound; i += SPECIES.length()) {
      DoubleVector v = DoubleVector.fromArray(SPECIES, x, i);
      DoubleVector tail = v.abs().neg().lanewise(VectorOperators.EXP)
          .lanewise(VectorOperators.LOG1P);
      acc = acc.add(v.max(0.0).add(tail));
    }
    double s = acc.reduceLanes(VectorOperators.ADD);
    for (; i < to; i++) {
      s += Logistic.softplus(x[i]);
    }
    return s;
  }
}
