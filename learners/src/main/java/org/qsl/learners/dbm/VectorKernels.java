package org.qsl.learners.dbm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels of {@link Dense} and {@link Logistic} on the incubating Vector API; loaded only when
 * the {@code jdk.incubator.vector} module is present ({@link Dense#VECTOR}).
 */
final class VectorKernels {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int LANES = SPECIES.length();

  private VectorKernels() {}

  /** {@code c[i, j] += alpha * sum_l a[i, l] * b[j, l]}: a (m x k), b (n x k), c (m x n). */
  static void gemmNt(double[] a, int m, int k, double[] b, int n, double alpha, double[] c) {
    int bound = SPECIES.loopBound(k);
    for (int i = 0; i < m; i++) {
      int ao = i * k;
      for (int j = 0; j < n; j++) {
        int bo = j * k;
        DoubleVector acc = DoubleVector.zero(SPECIES);
        int l = 0;
        for (; l < bound; l += LANES) {
          acc = DoubleVector.fromArray(SPECIES, a, ao + l)
              .fma(DoubleVector.fromArray(SPECIES, b, bo + l), acc);
        }
        double s = acc.reduceLanes(VectorOperators.ADD);
        for (; l < k; l++) {
          s += a[ao + l] * b[bo + l];
        }
        c[i * n + j] += alpha * s;
      }
    }
  }

  /**
   * {@code c[i, :] += sum_l a[i, l] * b[l, :]}: a (m x k), b (k x n), c (m x n); zero entries of
   * a are skipped.
   */
  static void gemmNn(double[] a, int m, int k, double[] b, int n, double[] c) {
    int bound = SPECIES.loopBound(n);
    for (int i = 0; i < m; i++) {
      int co = i * n;
      for (int l = 0; l < k; l++) {
        double x = a[i * k + l];
        if (x == 0) {
          continue;
        }
        DoubleVector xv = DoubleVector.broadcast(SPECIES, x);
        int bo = l * n;
        int j = 0;
        for (; j < bound; j += LANES) {
          DoubleVector.fromArray(SPECIES, b, bo + j)
              .fma(xv, DoubleVector.fromArray(SPECIES, c, co + j))
              .intoArray(c, co + j);
        }
        for (; j < n; j++) {
          c[co + j] += x * b[bo + j];
        }
      }
    }
  }

  static void sigmoid(double[] x, int length) {
    int i = 0;
    DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
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
    for (int bound = from + SPECIES.loopBound(to - from); i < bound; i += LANES) {
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

  /** {@link ExactMarginals}' softplus run on vectors along g; see its scalar twin. */
  static void softplusRun(double[] c, double[] expC, double[] expNegC, int size, double[] d,
      double[] expD, double[] expNegD, int from, int to, double[] sum, double[] prod) {
    int bound = SPECIES.loopBound(size);
    for (int j = from; j < to; j++) {
      int o = j * size;
      DoubleVector dj = DoubleVector.broadcast(SPECIES, d[j]);
      DoubleVector ed = DoubleVector.broadcast(SPECIES, expD[j]);
      DoubleVector end = DoubleVector.broadcast(SPECIES, expNegD[j]);
      int g = 0;
      for (; g < bound; g += LANES) {
        DoubleVector x = DoubleVector.fromArray(SPECIES, c, o + g).add(dj);
        DoubleVector.fromArray(SPECIES, sum, g).add(x.max(0.0)).intoArray(sum, g);
        DoubleVector small = DoubleVector.fromArray(SPECIES, expC, o + g).mul(ed)
            .min(DoubleVector.fromArray(SPECIES, expNegC, o + g).mul(end));
        DoubleVector.fromArray(SPECIES, prod, g).mul(small.add(1.0)).intoArray(prod, g);
      }
      for (; g < size; g++) {
        sum[g] += Math.max(c[o + g] + d[j], 0);
        prod[g] *= 1 + Math.min(expC[o + g] * expD[j], expNegC[o + g] * expNegD[j]);
      }
    }
    int g = 0;
    for (; g < bound; g += LANES) {
      DoubleVector.fromArray(SPECIES, prod, g).lanewise(VectorOperators.LOG)
          .add(DoubleVector.fromArray(SPECIES, sum, g)).intoArray(sum, g);
    }
    for (; g < size; g++) {
      sum[g] += Math.log(prod[g]);
    }
  }

  /** {@link ExactMarginals}' running log-sum-exp step on vectors; see its scalar twin. */
  static void logSumExpStep(double[] t, double[] max, double[] acc, int size) {
    int g = 0;
    for (int bound = SPECIES.loopBound(size); g < bound; g += LANES) {
      DoubleVector tv = DoubleVector.fromArray(SPECIES, t, g);
      DoubleVector old = DoubleVector.fromArray(SPECIES, max, g);
      DoubleVector m = old.max(tv);
      DoubleVector.fromArray(SPECIES, acc, g)
          .mul(old.sub(m).lanewise(VectorOperators.EXP))
          .add(tv.sub(m).lanewise(VectorOperators.EXP))
          .intoArray(acc, g);
      m.intoArray(max, g);
    }
    for (; g < size; g++) {
      double m = Math.max(max[g], t[g]);
      acc[g] = acc[g] * Math.exp(max[g] - m) + Math.exp(t[g] - m);
      max[g] = m;
    }
  }
}
