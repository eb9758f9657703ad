package org.qsl.learners.autoregressive;

import java.util.SplittableRandom;
import org.qsl.circuits.dist.Heap;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.ExactLikelihood;

/**
 * The walks over the prefixes of an {@link Autoregressive} model: scoring given strings, ancestral
 * sampling, and the full distribution by one breadth-first pass over the prefix tree. Every batch
 * handed to the model has at most {@link Autoregressive#maxBatch()} prefixes.
 */
final class PrefixWalks {

  /** Decides bit k of string i, given the model's probability that it is 1. */
  private interface BitChoice {
    int choose(int i, int k, double probabilityOfOne);
  }

  private PrefixWalks() {}

  static double[] logProbabilities(Autoregressive model, long[] bitstrings) {
    int n = model.qubits();
    for (long b : bitstrings) {
      if (b < 0 || b >>> n != 0) {
        throw new IllegalArgumentException(b + " is not a " + n + "-bit string");
      }
    }
    double[] logp = new double[bitstrings.length];
    walk(model, bitstrings.length, (i, k, q) -> {
      int bit = (int) (bitstrings[i] >>> (n - 1 - k)) & 1;
      logp[i] += bit == 1 ? Math.log(q) : Math.log1p(-q);
      return bit;
    });
    return logp;
  }

  static SampleSet sample(Autoregressive model, int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("sample count must be >= 0, got " + count);
    }
    long[] out = new long[count];
    SplittableRandom random = new SplittableRandom(seed);
    walk(model, count, (i, k, q) -> {
      int bit = random.nextDouble() < q ? 1 : 0;
      out[i] = out[i] << 1 | bit;
      return bit;
    });
    return SampleSet.of(model.qubits(), out);
  }

  /** Feeds strings 0 .. count-1 through the model bit by bit, in chunks of maxBatch strings. */
  private static void walk(Autoregressive model, int count, BitChoice choice) {
    int n = model.qubits();
    int chunk = model.maxBatch();
    for (int from = 0; from < count; from += chunk) {
      int size = Math.min(chunk, count - from);
      PrefixBatch batch = model.root();
      int[] parents = new int[size]; // every string starts at the root's only prefix
      for (int k = 0; k < n; k++) {
        double[] p = batch.probabilityOfOne();
        int[] bits = new int[size];
        for (int j = 0; j < size; j++) {
          bits[j] = choice.choose(from + j, k, p[parents[j]]);
        }
        if (k < n - 1) {
          batch = batch.extend(parents, bits);
          parents = identity(size);
        }
      }
    }
  }

  static double[] distribution(Autoregressive model) {
    int n = model.qubits();
    if (n > ExactLikelihood.MAX_DISTRIBUTION_QUBITS) {
      throw new IllegalArgumentException("the full distribution is offered up to n = "
          + ExactLikelihood.MAX_DISTRIBUTION_QUBITS + "; this model has n = " + n);
    }
    Heap.require(Double.BYTES * (1L << n), "the distribution over 2^" + n + " bitstrings");
    double[] out = new double[1 << n];
    expand(model, model.root(), new long[] {0}, new double[] {1}, 0, out);
    return out;
  }

  /**
   * Writes the probabilities of every completion of {@code prefixes} (length {@code level}, with
   * probabilities {@code mass}) into {@code out}, extending the batch a chunk of parents at a time
   * so that no batch exceeds maxBatch: breadth-first while the tree is narrow, then depth-first
   * over chunks.
   */
  private static void expand(Autoregressive model, PrefixBatch batch, long[] prefixes,
      double[] mass, int level, double[] out) {
    double[] p = batch.probabilityOfOne();
    if (level == model.qubits() - 1) {
      for (int i = 0; i < prefixes.length; i++) {
        int leaf = (int) (prefixes[i] << 1);
        out[leaf] = mass[i] * (1 - p[i]);
        out[leaf | 1] = mass[i] * p[i];
      }
      return;
    }
    int parentsPerChunk = Math.max(1, model.maxBatch() / 2);
    for (int from = 0; from < prefixes.length; from += parentsPerChunk) {
      int children = 2 * Math.min(parentsPerChunk, prefixes.length - from);
      int[] parents = new int[children];
      int[] bits = new int[children];
      long[] childPrefixes = new long[children];
      double[] childMass = new double[children];
      for (int j = 0; j < children; j++) {
        int parent = from + j / 2;
        int bit = j & 1;
        parents[j] = parent;
        bits[j] = bit;
        childPrefixes[j] = prefixes[parent] << 1 | bit;
        childMass[j] = mass[parent] * (bit == 1 ? p[parent] : 1 - p[parent]);
      }
      expand(model, batch.extend(parents, bits), childPrefixes, childMass, level + 1, out);
    }
  }

  private static int[] identity(int size) {
    int[] a = new int[size];
    for (int i = 0; i < size; i++) {
      a[i] = i;
    }
    return a;
  }
}
