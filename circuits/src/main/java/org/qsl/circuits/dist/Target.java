package org.qsl.circuits.dist;

import java.util.SplittableRandom;
import java.util.function.LongToIntFunction;

/**
 * A learning target of graded complexity: a permutation of a distribution's probabilities over
 * the bitstrings, so that every target has the same histogram of probabilities (Porter-Thomas for
 * a random circuit) and only the structure a learner must find changes.
 *
 * <p>The examples below use n = 3 and p = (.05 .30 .10 .20 .01 .15 .12 .07), listed by bitstring
 * 000, 001, ..., 111; sorted ascending its values are s = (.01 .05 .07 .10 .12 .15 .20 .30). A
 * <i>rank</i> is a position in s; "bit i of a rank" counts from the least significant bit, 0.
 *
 * <p>The paper's reference code ("quantum_sample_learning/data_loader.py") trains on a sorted
 * target by default, and its "subset parity" option sorts by the Hamming weight of the k lowest
 * bits, not by their parity: {@link SubsetWeight} reproduces it, {@link SubsetParity} is the
 * parity. Its random-subset variant reads bit i + 1 where it means bit i (the shift comes before
 * the test in {@code count_random_set_bits}), so it never looks at bit 0; not copied here. Its
 * Porter-Thomas option shuffles and then sorts, which undoes the shuffle; {@link Shuffled} does
 * not sort.
 */
public sealed interface Target
    permits Target.Natural, Target.Shuffled, Target.Sorted, Target.SubsetWeight,
        Target.SubsetParity {

  /** The target distribution made from {@code p}. */
  Distribution apply(Distribution p);

  /** The text form read by {@link #parse(String, long)}, e.g. {@code subset-weight:3}. */
  String spec();

  /**
   * Reads a target: {@code natural}, {@code shuffled}, {@code sorted}, {@code subset-weight:k},
   * {@code subset-parity:k} (the lowest k bits) or {@code subset-parity:k:random} (k bits chosen
   * with {@code seed}); {@code seed} also seeds {@code shuffled}.
   *
   * @throws IllegalArgumentException naming the accepted forms if {@code spec} is none of them
   */
  static Target parse(String spec, long seed) {
    String[] parts = spec.trim().split(":", -1);
    String name = parts[0];
    if (parts.length == 1) {
      if (name.equals("natural")) {
        return new Natural();
      }
      if (name.equals("shuffled")) {
        return new Shuffled(seed);
      }
      if (name.equals("sorted")) {
        return new Sorted();
      }
    } else if (name.equals("subset-weight") && parts.length == 2) {
      return new SubsetWeight(positive(parts[1], spec));
    } else if (name.equals("subset-parity") && parts.length == 2) {
      return new SubsetParity(positive(parts[1], spec), false, seed);
    } else if (name.equals("subset-parity") && parts.length == 3 && parts[2].equals("random")) {
      return new SubsetParity(positive(parts[1], spec), true, seed);
    }
    throw new IllegalArgumentException("unknown target '" + spec + "'; expected natural, "
        + "shuffled, sorted, subset-weight:K, subset-parity:K or subset-parity:K:random");
  }

  private static int positive(String k, String spec) {
    try {
      int v = Integer.parseInt(k);
      if (v >= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "target '" + spec + "': K must be a whole number >= 1, got '" + k + "'");
  }

  /**
   * The circuit's own distribution, unchanged: the default everywhere.
   *
   * <pre>
   * p      = (.05 .30 .10 .20 .01 .15 .12 .07)
   * target = (.05 .30 .10 .20 .01 .15 .12 .07)
   * </pre>
   */
  record Natural() implements Target {
    @Override
    public Distribution apply(Distribution p) {
      return p;
    }

    @Override
    public String spec() {
      return "natural";
    }
  }

  /**
   * A uniformly random permutation (Fisher-Yates with {@code seed}): the Porter-Thomas histogram
   * without any circuit structure.
   *
   * <pre>
   * p      = (.05 .30 .10 .20 .01 .15 .12 .07)
   * target = (.05 .01 .15 .07 .10 .12 .20 .30)   (seed 1)
   * </pre>
   */
  record Shuffled(long seed) implements Target {
    @Override
    public Distribution apply(Distribution p) {
      Store s = p.store().copy();
      SplittableRandom random = new SplittableRandom(seed);
      for (long i = s.length - 1; i > 0; i--) {
        long j = random.nextLong(i + 1);
        double t = s.get(i);
        s.set(i, s.get(j));
        s.set(j, t);
      }
      return Distribution.wrap(p.qubits(), s);
    }

    @Override
    public String spec() {
      return "shuffled";
    }
  }

  /**
   * Ascending: bitstring j gets the j-th smallest probability. What the reference code trains on
   * by default.
   *
   * <pre>
   * p      = (.05 .30 .10 .20 .01 .15 .12 .07)
   * target = (.01 .05 .07 .10 .12 .15 .20 .30)
   * </pre>
   */
  record Sorted() implements Target {
    @Override
    public Distribution apply(Distribution p) {
      return Distribution.wrap(p.qubits(), p.store().sortedCopy());
    }

    @Override
    public String spec() {
      return "sorted";
    }
  }

  /**
   * The reference code's "subset parity" exactly: sort ascending, then stable-sort the ranks by
   * the Hamming weight of their k lowest bits; bitstring j gets the value of the j-th rank in that
   * order. For k = 2 the ranks go 0 4 | 1 2 5 6 | 3 7 (weights 0, 1, 2):
   *
   * <pre>
   * p      = (.05 .30 .10 .20 .01 .15 .12 .07)
   * target = (.01 .12 .05 .07 .15 .20 .10 .30)
   * </pre>
   */
  record SubsetWeight(int k) implements Target {
    /** @throws IllegalArgumentException if {@code k < 1} */
    public SubsetWeight {
      if (k < 1) {
        throw new IllegalArgumentException("subset size k must be >= 1, got " + k);
      }
    }

    @Override
    public Distribution apply(Distribution p) {
      int bits = checkK(k, p);
      long mask = (1L << bits) - 1;
      return regroup(p, bits + 1, rank -> Long.bitCount(rank & mask));
    }

    @Override
    public String spec() {
      return "subset-weight:" + k;
    }
  }

  /**
   * The true subset parity: sort ascending, then stable-sort the ranks by the parity of k chosen
   * bits, the lowest k or (with {@code random}) k bits chosen with {@code seed}. For the lowest
   * k = 2 the ranks go 0 3 4 7 | 1 2 5 6 (even, odd):
   *
   * <pre>
   * p      = (.05 .30 .10 .20 .01 .15 .12 .07)
   * target = (.01 .10 .12 .30 .05 .07 .15 .20)
   * </pre>
   */
  record SubsetParity(int k, boolean random, long seed) implements Target {
    /** @throws IllegalArgumentException if {@code k < 1} */
    public SubsetParity {
      if (k < 1) {
        throw new IllegalArgumentException("subset size k must be >= 1, got " + k);
      }
    }

    /** The bits whose parity is taken, as a mask over rank bits, for an n-qubit distribution. */
    public long mask(int qubits) {
      if (!random) {
        return (1L << k) - 1;
      }
      int[] bits = new int[qubits];
      for (int i = 0; i < qubits; i++) {
        bits[i] = i;
      }
      SplittableRandom r = new SplittableRandom(seed);
      long mask = 0;
      for (int i = 0; i < k; i++) {
        int j = i + r.nextInt(qubits - i);
        int t = bits[i];
        bits[i] = bits[j];
        bits[j] = t;
        mask |= 1L << bits[i];
      }
      return mask;
    }

    @Override
    public Distribution apply(Distribution p) {
      checkK(k, p);
      long mask = mask(p.qubits());
      return regroup(p, 2, rank -> Long.bitCount(rank & mask) & 1);
    }

    @Override
    public String spec() {
      return "subset-parity:" + k + (random ? ":random" : "");
    }
  }

  private static int checkK(int k, Distribution p) {
    if (k > p.qubits()) {
      throw new IllegalArgumentException(
          "subset size k = " + k + " exceeds the qubit count " + p.qubits());
    }
    return k;
  }

  /**
   * Sorts p ascending, then stably groups the ranks by {@code key} (0..groups-1): the result is
   * a stable sort of the ranks by key, done in two linear passes instead of a sort.
   */
  private static Distribution regroup(Distribution p, int groups, LongToIntFunction key) {
    Store sorted = p.store().sortedCopy();
    long[] next = new long[groups];
    for (long rank = 0; rank < sorted.length; rank++) {
      next[key.applyAsInt(rank)]++;
    }
    long start = 0;
    for (int g = 0; g < groups; g++) {
      long size = next[g];
      next[g] = start;
      start += size;
    }
    Store out = sorted.emptyCopy();
    for (long rank = 0; rank < sorted.length; rank++) {
      out.set(next[key.applyAsInt(rank)]++, sorted.get(rank));
    }
    return Distribution.wrap(p.qubits(), out);
  }
}
