package org.qsl.learners.dbm;

/**
 * exp, log and log1p from additions, multiplications, fused multiply-adds and bit operations
 * only, in this scalar form and a Vector API form ({@link VectorKernels}) that gives the same bits
 * lane by lane. The Vector API's own EXP and LOG cannot be used: they run Java code until the JIT
 * compiles them to vectorised math routines that round differently, so results, and through the
 * chaos of training whole models, would depend on when compilation happens. Accuracy (tested):
 * exp and log within 2 ulp of {@link Math}'s, log1p within 4.
 */
final class ElementaryFunctions {
  static final double LOG2E = 1.4426950408889634;
  /** ln 2 split in two (fdlibm's), so that k ln 2 is exact to double precision. */
  static final double LN2_HI = 6.93147180369123816490e-01;
  static final double LN2_LO = 1.90821492927058770002e-10;
  /** 1.5 * 2^52: x + ROUNDER - ROUNDER rounds |x| < 2^51 to the nearest integer. */
  static final double ROUNDER = 0x1.8p52;
  static final long ROUNDER_BITS = Double.doubleToRawLongBits(ROUNDER);
  /** exp underflows to 0 below -745.2 and overflows above 709.8; inputs are clamped to these. */
  static final double EXP_MIN = -746;
  static final double EXP_MAX = 710;
  static final double SQRT2 = 1.4142135623730951;
  static final long MANTISSA_MASK = 0x000F_FFFF_FFFF_FFFFL;
  static final long ONE_BITS = 0x3FF0_0000_0000_0000L;
  /**
   * 1/k! for k = 13 down to 0: the Taylor series of e^r for |r| <= ln 2 / 2, whose remainder
   * (ln 2 / 2)^14 / 14! is 4e-18.
   */
  static final double[] EXP_SERIES = new double[14];
  /**
   * 1/(2k + 1) for k = 11 down to 0: log m = 2 s sum_k z^k / (2k + 1) with s = (m - 1)/(m + 1),
   * z = s^2 <= 0.0295 for m in [sqrt(1/2), sqrt 2]; the first term left out is below 2e-18.
   */
  static final double[] LOG_SERIES = new double[12];

  static {
    double factorial = 1;
    for (int k = 0; k < EXP_SERIES.length; k++) {
      factorial *= Math.max(k, 1);
      EXP_SERIES[EXP_SERIES.length - 1 - k] = 1 / factorial;
    }
    for (int k = 0; k < LOG_SERIES.length; k++) {
      LOG_SERIES[LOG_SERIES.length - 1 - k] = 1.0 / (2 * k + 1);
    }
  }

  private ElementaryFunctions() {}

  /** e^x: x = k ln 2 + r, e^r by its series, times 2^k in two factors (for subnormal results). */
  static double exp(double x) {
    double y = Math.min(Math.max(x, EXP_MIN), EXP_MAX);
    double t = Math.fma(y, LOG2E, ROUNDER);
    double kd = t - ROUNDER;
    double r = Math.fma(-kd, LN2_HI, y);
    r = Math.fma(-kd, LN2_LO, r);
    double p = EXP_SERIES[0];
    for (int i = 1; i < EXP_SERIES.length; i++) {
      p = Math.fma(p, r, EXP_SERIES[i]);
    }
    long k = Double.doubleToRawLongBits(t) - ROUNDER_BITS;
    long k1 = k >> 1;
    return p * powerOfTwo(k1) * powerOfTwo(k - k1);
  }

  /** 2^k for -1022 <= k <= 1023. */
  static double powerOfTwo(long k) {
    return Double.longBitsToDouble(k + 1023 << 52);
  }

  /**
   * log x for positive normal x (the DBM takes logs of numbers >= 1); NaN and infinities are
   * returned as they are. x = 2^e m with m in [sqrt(1/2), sqrt 2), log m by its series.
   */
  static double log(double x) {
    if (!Double.isFinite(x)) {
      return x;
    }
    long bits = Double.doubleToRawLongBits(x);
    double e = (bits >>> 52) - 1023;
    double m = Double.longBitsToDouble(bits & MANTISSA_MASK | ONE_BITS);
    if (m > SQRT2) {
      m *= 0.5;
      e += 1;
    }
    double s = (m - 1) / (m + 1);
    double z = s * s;
    double p = LOG_SERIES[0];
    for (int i = 1; i < LOG_SERIES.length; i++) {
      p = Math.fma(p, z, LOG_SERIES[i]);
    }
    return Math.fma(e, LN2_HI, Math.fma(e, LN2_LO, 2 * s * p));
  }

  /**
   * log(1 + y) for y >= 0, accurate for small y: log(u) y / (u - 1) with u = 1 + y cancels the
   * rounding of u (Goldberg's method), and y itself where u rounds to 1.
   */
  static double log1p(double y) {
    double u = 1 + y;
    return u == 1 ? y : log(u) * (y / (u - 1));
  }
}
