package org.qsl.learners.dbm;

import static org.qsl.learners.dbm.ElementaryFunctions.EXP_MAX;
import static org.qsl.learners.dbm.ElementaryFunctions.EXP_MIN;
import static org.qsl.learners.dbm.ElementaryFunctions.EXP_SERIES;
import static org.qsl.learners.dbm.ElementaryFunctions.LN2_HI;
import static org.qsl.learners.dbm.ElementaryFunctions.LN2_LO;
import static org.qsl.learners.dbm.ElementaryFunctions.LOG2E;
import static org.qsl.learners.dbm.ElementaryFunctions.LOG_SERIES;
import static org.qsl.learners.dbm.ElementaryFunctions.MANTISSA_MASK;
import static org.qsl.learners.dbm.ElementaryFunctions.ONE_BITS;
import static org.qsl.learners.dbm.ElementaryFunctions.ROUNDER;
import static org.qsl.learners.dbm.ElementaryFunctions.ROUNDER_BITS;
import static org.qsl.learners.dbm.ElementaryFunctions.SQRT2;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels of {@link Dense}, {@link Logistic} and {@link ExactMarginals} on the incubating
 * Vector API; loaded only when the {@code jdk.incubator.vector} module is present
 * ({@link Dense#VECTOR}). Element by element they give the bits of their scalar twins (exp and
 * log are {@link ElementaryFunctions}'); only sums across lanes are in another order.
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
      DoubleVector e = exp(DoubleVector.fromArray(SPECIES, x, i).neg());
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
      DoubleVector tail = log1p(exp(v.abs().neg()));
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
      log(DoubleVector.fromArray(SPECIES, prod, g))
          .add(DoubleVector.fromArray(SPECIES, sum, g)).intoArray(sum, g);
    }
    for (; g < size; g++) {
      sum[g] += ElementaryFunctions.log(prod[g]);
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
          .mul(exp(old.sub(m)))
          .add(exp(tv.sub(m)))
          .intoArray(acc, g);
      m.intoArray(max, g);
    }
    for (; g < size; g++) {
      double m = Math.max(max[g], t[g]);
      acc[g] = acc[g] * ElementaryFunctions.exp(max[g] - m)
          + ElementaryFunctions.exp(t[g] - m);
      max[g] = m;
    }
  }

  /** {@link ElementaryFunctions#exp} lane by lane. */
  static DoubleVector exp(DoubleVector x) {
    DoubleVector y = x.max(EXP_MIN).min(EXP_MAX);
    DoubleVector t = y.fma(LOG2E, ROUNDER);
    DoubleVector kd = t.sub(ROUNDER);
    DoubleVector r = kd.neg().fma(DoubleVector.broadcast(SPECIES, LN2_HI), y);
    r = kd.neg().fma(DoubleVector.broadcast(SPECIES, LN2_LO), r);
    DoubleVector p = DoubleVector.broadcast(SPECIES, EXP_SERIES[0]);
    for (int i = 1; i < EXP_SERIES.length; i++) {
      p = p.fma(r, DoubleVector.broadcast(SPECIES, EXP_SERIES[i]));
    }
    LongVector k = t.reinterpretAsLongs().sub(ROUNDER_BITS);
    LongVector k1 = k.lanewise(VectorOperators.ASHR, 1);
    return p.mul(powerOfTwo(k1)).mul(powerOfTwo(k.sub(k1)));
  }

  private static DoubleVector powerOfTwo(LongVector k) {
    return k.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
  }

  /** {@link ElementaryFunctions#log} lane by lane. */
  static DoubleVector log(DoubleVector x) {
    LongVector bits = x.reinterpretAsLongs();
    // The exponent as a double, exactly: the bits of ROUNDER + e are ROUNDER's plus e.
    DoubleVector e = bits.lanewise(VectorOperators.LSHR, 52).sub(1023).add(ROUNDER_BITS)
        .reinterpretAsDoubles().sub(ROUNDER);
    DoubleVector m = bits.and(MANTISSA_MASK).or(ONE_BITS).reinterpretAsDoubles();
    VectorMask<Double> high = m.compare(VectorOperators.GT, SQRT2);
    m = m.blend(m.mul(0.5), high);
    e = e.blend(e.add(1.0), high);
    DoubleVector s = m.sub(1.0).div(m.add(1.0));
    DoubleVector z = s.mul(s);
    DoubleVector p = DoubleVector.broadcast(SPECIES, LOG_SERIES[0]);
    for (int i = 1; i < LOG_SERIES.length; i++) {
      p = p.fma(z, DoubleVector.broadcast(SPECIES, LOG_SERIES[i]));
    }
    DoubleVector out = e.fma(DoubleVector.broadcast(SPECIES, LN2_HI),
        e.fma(DoubleVector.broadcast(SPECIES, LN2_LO), s.mul(2.0).mul(p)));
    return out.blend(x, x.test(VectorOperators.IS_FINITE).not());
  }

  /** {@link ElementaryFunctions#log1p} lane by lane. */
  static DoubleVector log1p(DoubleVector y) {
    DoubleVector u = y.add(1.0);
    return log(u).mul(y.div(u.sub(1.0))).blend(y, u.compare(VectorOperators.EQ, 1.0));
  }
}
