package org.qsl.learners.dbm;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.qsl.circuits.dist.Heap;

/**
 * Exact unnormalised marginals log p*(v) = log sum_{h1,h2} exp(-E(v, h1, h2)) and the log partition
 * function of a {@link Dbm}, by enumerating v and h2 with h1 summed out analytically:
 *
 * <pre>
 *   log p*(v) = a.v + log sum_{h2} exp(b2.h2 + sum_j softplus(c_j(v) + d_j(h2))),
 *   c(v) = b1 + v W1,   d(h2) = W2 h2.
 * </pre>
 *
 * The cost is 2^(n + h2) * h1 multiply-adds. Visibles are processed in blocks of 64 bitstrings
 * that share their high bits; inside a block c(v) is built by a Gray-code walk (one row of W1
 * per step) and h2 is walked the same way (one column of W2 per step). The softplus terms need no
 * exponential per (v, h2, j): with {@code x = c + d},
 * {@code softplus(x) = max(x, 0) + log(1 + min(e^c e^d, e^-c e^-d))}, so e^{+-c} are computed
 * once per block, e^{+-d} once per h2 state, and the logs of a product of up to 512 factors (each
 * in (1, 2]) once per (v, h2). Blocks (and, for small n, ranges of h2) run in parallel; every sum
 * is reduced in a fixed order, so results do not depend on the thread count.
 */
final class ExactMarginals {
  /** The largest n + h2 enumerated (2^26 terms of h1 multiply-adds each). */
  static final int MAX_ENUMERATED_BITS = 26;

  private static final int BLOCK_BITS = 6;
  /** Enough independent tasks to keep every core busy when n is small. */
  private static final int MIN_TASKS = 64;
  /** Below this |c| and |d|, e^c e^d <= e^600 cannot overflow a double (limit about e^709). */
  private static final double FAST_LIMIT = 300;
  /** Factors of at most 2 each: their product stays far below Double.MAX_VALUE. */
  private static final int PRODUCT_RUN = 512;

  private ExactMarginals() {}

  /** Whether the model is small enough to enumerate: n + h2 <= {@link #MAX_ENUMERATED_BITS}. */
  static boolean enumerable(Dbm dbm) {
    return dbm.visible + dbm.hidden2 <= MAX_ENUMERATED_BITS;
  }

  /** log Z, the log of the sum of p*(v) over all 2^n visible vectors. */
  static double logPartition(Dbm dbm) {
    Plan plan = plan(dbm);
    double[] perTask =
        IntStream.range(0, plan.tasks).parallel()
            .mapToDouble(t -> logSumExp(plan.blockTask(dbm, t)))
            .toArray();
    return logSumExp(perTask);
  }

  /** log p*(v) for every v (index = bitstring value, qubit 0 most significant). */
  static double[] logUnnormalisedAll(Dbm dbm) {
    Plan plan = plan(dbm);
    Heap.require(2 * Double.BYTES * (1L << dbm.visible), "the exact marginals");
    double[][] partial = new double[plan.tasks][];
    IntStream.range(0, plan.tasks).parallel().forEach(t -> partial[t] = plan.blockTask(dbm, t));
    double[] out = new double[1 << dbm.visible];
    int chunks = 1 << plan.chunkBits;
    int size = plan.blockSize();
    double[] terms = new double[chunks];
    for (int b = 0; b < plan.tasks / chunks; b++) {
      for (int g = 0; g < size; g++) {
        for (int c = 0; c < chunks; c++) {
          terms[c] = partial[b * chunks + c][g];
        }
        out[b * size + g] = logSumExp(terms);
      }
    }
    return out;
  }

  /** log p*(v) for each of {@code bitstrings}, in parallel blocks of 64. */
  static double[] logUnnormalised(Dbm dbm, long[] bitstrings) {
    int size = 1 << BLOCK_BITS;
    int blocks = (bitstrings.length + size - 1) / size;
    double[] out = new double[bitstrings.length];
    IntStream.range(0, blocks).parallel().forEach(b -> {
      int from = b * size;
      int count = Math.min(size, bitstrings.length - from);
      Block block = Block.of(dbm, bitstrings, from, count);
      double[] r = block.sumOverHidden2(dbm, 0, dbm.hidden2);
      System.arraycopy(r, 0, out, from, count);
    });
    return out;
  }

  /** The model distribution over all 2^n bitstrings, normalised. */
  static double[] distribution(Dbm dbm) {
    double[] logp = logUnnormalisedAll(dbm);
    double logZ = logSumExp(logp);
    for (int i = 0; i < logp.length; i++) {
      logp[i] = Math.exp(logp[i] - logZ);
    }
    return logp;
  }

  /** log sum_i e^{x_i}, summed in index order. */
  static double logSumExp(double[] x) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      max = Math.max(max, v);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double s = 0;
    for (double v : x) {
      s += Math.exp(v - max);
    }
    return max + Math.log(s);
  }

  private static Plan plan(Dbm dbm) {
    if (!enumerable(dbm)) {
      throw new IllegalArgumentException("exact enumeration needs n + h2 <= " + MAX_ENUMERATED_BITS
          + ", got " + dbm.visible + " + " + dbm.hidden2);
    }
    int blockBits = Math.min(dbm.visible, BLOCK_BITS);
    int vBlockBits = dbm.visible - blockBits;
    int chunkBits = Math.max(0, Math.min(dbm.hidden2,
        Integer.numberOfTrailingZeros(MIN_TASKS) - vBlockBits));
    return new Plan(blockBits, chunkBits, 1 << (vBlockBits + chunkBits));
  }

  /**
   * Tasks: visible block {@code t >> chunkBits} (its high bits) times h2 chunk
   * {@code t & (2^chunkBits - 1)} (the high h2 bits).
   */
  private record Plan(int blockBits, int chunkBits, int tasks) {
    int blockSize() {
      return 1 << blockBits;
    }

    double[] blockTask(Dbm dbm, int t) {
      long high = (long) (t >>> chunkBits) << blockBits;
      int chunk = t & ((1 << chunkBits) - 1);
      Block block = Block.gray(dbm, high, blockBits);
      int freeBits = dbm.hidden2 - chunkBits;
      return block.sumOverHidden2(dbm, (long) chunk << freeBits, freeBits);
    }
  }

  /**
   * A set of visible vectors: c(v) stored transposed ({@code c[j * size + g]}) with e^{+-c}, and
   * a.v.
   */
  private static final class Block {
    final int size;
    final double[] c;
    final double[] expC;
    final double[] expNegC;
    final double[] av;
    double maxAbsC;

    private Block(int size, int hidden1) {
      this.size = size;
      c = new double[hidden1 * size];
      expC = new double[c.length];
      expNegC = new double[c.length];
      av = new double[size];
    }

    /** The 2^bits bitstrings {@code high | g}, built by a Gray-code walk over g. */
    static Block gray(Dbm dbm, long high, int bits) {
      int h1 = dbm.hidden1;
      Block b = new Block(1 << bits, h1);
      double[] v = new double[dbm.visible];
      dbm.toVisible(high, v, 0);
      double[] cur = new double[h1];
      dbm.hidden1Input(v, new double[dbm.hidden2], 1, cur);
      double a = Dbm.dot(dbm.visibleBias, v);
      int g = 0;
      for (int s = 0; s < b.size; s++) {
        if (s > 0) {
          int bit = Integer.numberOfTrailingZeros(s);
          int unit = dbm.visible - 1 - bit;
          g ^= 1 << bit;
          double sign = (g >>> bit & 1) == 1 ? 1 : -1;
          int wo = unit * h1;
          for (int j = 0; j < h1; j++) {
            cur[j] += sign * dbm.w1[wo + j];
          }
          a += sign * dbm.visibleBias[unit];
        }
        b.av[g] = a;
        for (int j = 0; j < h1; j++) {
          b.c[j * b.size + g] = cur[j];
        }
      }
      b.finish();
      return b;
    }

    /** The bitstrings {@code bitstrings[from .. from + count - 1]}, in that order. */
    static Block of(Dbm dbm, long[] bitstrings, int from, int count) {
      int h1 = dbm.hidden1;
      Block b = new Block(count, h1);
      double[] v = new double[dbm.visible];
      double[] cur = new double[h1];
      double[] noH2 = new double[dbm.hidden2];
      for (int g = 0; g < count; g++) {
        dbm.toVisible(bitstrings[from + g], v, 0);
        dbm.hidden1Input(v, noH2, 1, cur);
        b.av[g] = Dbm.dot(dbm.visibleBias, v);
        for (int j = 0; j < h1; j++) {
          b.c[j * b.size + g] = cur[j];
        }
      }
      b.finish();
      return b;
    }

    private void finish() {
      for (int i = 0; i < c.length; i++) {
        expC[i] = Math.exp(c[i]);
        expNegC[i] = Math.exp(-c[i]);
        maxAbsC = Math.max(maxAbsC, Math.abs(c[i]));
      }
    }

    /**
     * For each v of the block: a.v + log sum over the h2 states {@code fixed | x}, x running over
     * the low {@code freeBits} bits (h2 unit k is bit k), of exp(b2.h2 + sum_j softplus(c + d)).
     */
    double[] sumOverHidden2(Dbm dbm, long fixed, int freeBits) {
      int h1 = dbm.hidden1;
      double[] d = new double[h1];
      double e = 0;
      for (int k = 0; k < dbm.hidden2; k++) {
        if ((fixed >>> k & 1) == 1) {
          addRow(dbm.w2t, k, h1, 1, d);
          e += dbm.hidden2Bias[k];
        }
      }
      double[] expD = new double[h1];
      double[] expNegD = new double[h1];
      double[] sum = new double[size];
      double[] prod = new double[size];
      double[] max = new double[size];
      double[] acc = new double[size];
      Arrays.fill(max, Double.NEGATIVE_INFINITY);
      long states = 1L << freeBits;
      long x = 0;
      for (long s = 0; s < states; s++) {
        if (s > 0) {
          int k = Long.numberOfTrailingZeros(s);
          x ^= 1L << k;
          double sign = (x >>> k & 1) == 1 ? 1 : -1;
          addRow(dbm.w2t, k, h1, sign, d);
          e += sign * dbm.hidden2Bias[k];
        }
        Arrays.fill(sum, e);
        softplusSums(d, expD, expNegD, sum, prod);
        if (Dense.VECTOR) {
          VectorKernels.logSumExpStep(sum, max, acc, size);
        } else {
          logSumExpStep(sum, max, acc, size);
        }
      }
      double[] out = new double[size];
      for (int g = 0; g < size; g++) {
        out[g] = av[g] + max[g] + Math.log(acc[g]);
      }
      return out;
    }

    /** {@code sum[g] += sum_j softplus(c[j, g] + d[j])}. */
    private void softplusSums(double[] d, double[] expD, double[] expNegD, double[] sum,
        double[] prod) {
      int h1 = d.length;
      double maxAbsD = 0;
      for (int j = 0; j < h1; j++) {
        maxAbsD = Math.max(maxAbsD, Math.abs(d[j]));
      }
      if (maxAbsC >= FAST_LIMIT || maxAbsD >= FAST_LIMIT) {
        for (int j = 0; j < h1; j++) {
          int o = j * size;
          for (int g = 0; g < size; g++) {
            sum[g] += Logistic.softplus(c[o + g] + d[j]);
          }
        }
        return;
      }
      for (int j = 0; j < h1; j++) {
        expD[j] = Math.exp(d[j]);
        expNegD[j] = Math.exp(-d[j]);
      }
      for (int from = 0; from < h1; from += PRODUCT_RUN) {
        Arrays.fill(prod, 1);
        int to = Math.min(h1, from + PRODUCT_RUN);
        if (Dense.VECTOR) {
          VectorKernels.softplusRun(c, expC, expNegC, size, d, expD, expNegD, from, to, sum, prod);
        } else {
          softplusRun(c, expC, expNegC, size, d, expD, expNegD, from, to, sum, prod);
        }
      }
    }

    /**
     * For units j in [from, to) and every g below size, with x = c[j, g] + d[j]:
     * {@code sum[g] += max(x, 0) + log(prod of (1 + min(e^c e^d, e^-c e^-d)))}, using
     * {@code prod} as scratch. This is softplus(x) summed: e^-|x| = min(e^x, e^-x).
     */
    static void softplusRun(double[] c, double[] expC, double[] expNegC, int size, double[] d,
        double[] expD, double[] expNegD, int from, int to, double[] sum, double[] prod) {
      for (int j = from; j < to; j++) {
        int o = j * size;
        double dj = d[j];
        double ed = expD[j];
        double end = expNegD[j];
        for (int g = 0; g < size; g++) {
          sum[g] += Math.max(c[o + g] + dj, 0);
          prod[g] *= 1 + Math.min(expC[o + g] * ed, expNegC[o + g] * end);
        }
      }
      for (int g = 0; g < size; g++) {
        sum[g] += ElementaryFunctions.log(prod[g]);
      }
    }

    /**
     * Adds term t[g] to the running log-sum-exp of g, kept as max[g] + log(acc[g]) so that no
     * exponential overflows.
     */
    static void logSumExpStep(double[] t, double[] max, double[] acc, int size) {
      for (int g = 0; g < size; g++) {
        double m = Math.max(max[g], t[g]);
        acc[g] = acc[g] * ElementaryFunctions.exp(max[g] - m)
            + ElementaryFunctions.exp(t[g] - m);
        max[g] = m;
      }
    }

    private static void addRow(double[] m, int row, int cols, double sign, double[] out) {
      int o = row * cols;
      for (int j = 0; j < cols; j++) {
        out[j] += sign * m[o + j];
      }
    }
  }
}
