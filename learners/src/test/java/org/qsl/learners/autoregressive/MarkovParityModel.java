package org.qsl.learners.autoregressive;

import java.util.ArrayList;
import java.util.List;

/**
 * A closed-form autoregressive model for tests: P(x_k = 1 | prefix) = sigmoid(a_k + b_k * parity
 * of the prefix + c_k * previous bit). It records every batch it is asked to evaluate.
 */
final class MarkovParityModel implements Autoregressive {
  final int n;
  final double[] a;
  final double[] b;
  final double[] c;
  final int maxBatch;
  /** Sizes of the batches whose probabilities were computed, in order. */
  final List<Integer> evaluated = new ArrayList<>();
  /** Every prefix evaluated, as (length << 32 | value). */
  final List<Long> prefixes = new ArrayList<>();

  MarkovParityModel(int n, int maxBatch) {
    this.n = n;
    this.maxBatch = maxBatch;
    a = new double[n];
    b = new double[n];
    c = new double[n];
    for (int k = 0; k < n; k++) {
      a[k] = 0.7 * Math.sin(k + 1.0);
      b[k] = 0.9 * Math.cos(2.0 * k);
      c[k] = k % 2 == 0 ? 0.5 : -0.8;
    }
  }

  /** The conditional, straight from the definition. */
  double conditional(int k, long prefix) {
    int parity = Long.bitCount(prefix) & 1;
    int previous = k == 0 ? 0 : (int) (prefix & 1);
    return 1 / (1 + Math.exp(-(a[k] + b[k] * parity + c[k] * previous)));
  }

  /** P(x) as the product of conditionals, without any batching. */
  double probability(long x) {
    double p = 1;
    for (int k = 0; k < n; k++) {
      long prefix = x >>> (n - k);
      double q = conditional(k, prefix);
      p *= ((x >>> (n - 1 - k)) & 1) == 1 ? q : 1 - q;
    }
    return p;
  }

  @Override
  public int qubits() {
    return n;
  }

  @Override
  public int maxBatch() {
    return maxBatch;
  }

  @Override
  public PrefixBatch root() {
    return new Batch(0, new long[] {0});
  }

  private final class Batch implements PrefixBatch {
    final int k;
    final long[] values;

    Batch(int k, long[] values) {
      this.k = k;
      this.values = values;
    }

    @Override
    public int size() {
      return values.length;
    }

    @Override
    public double[] probabilityOfOne() {
      evaluated.add(values.length);
      double[] p = new double[values.length];
      for (int i = 0; i < p.length; i++) {
        prefixes.add((long) k << 32 | values[i]);
        p[i] = conditional(k, values[i]);
      }
      return p;
    }

    @Override
    public PrefixBatch extend(int[] parents, int[] bits) {
      long[] next = new long[parents.length];
      for (int j = 0; j < next.length; j++) {
        next[j] = values[parents[j]] << 1 | bits[j];
      }
      return new Batch(k + 1, next);
    }
  }
}
