package org.qsl.circuits.dist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.qsl.circuits.ProgressListener;
import org.qsl.circuits.sim.StateVector;

/**
 * The exact output distribution of an n-qubit circuit: 2^n probabilities, normalised, index j =
 * the bitstring whose integer value is j (qubit 0 the most significant bit). Stored as double up
 * to n = 26 and as float above by default ({@link Precision}), in chunks when one Java array is
 * too small. Immutable.
 *
 * <p>Statistics that sum over all outcomes are computed block by block on all processors, each
 * block in a fixed order and the blocks added in block order, so results do not depend on the
 * thread count.
 */
public final class Distribution {
  /** The largest qubit count accepted (2^40 outcomes; memory refuses far earlier). */
  public static final int MAX_QUBITS = 40;

  /** log2 of the block size: blocks of 2^14 probabilities (128 KiB as double) fit in cache. */
  static final int BLOCK_BITS = 14;

  private static final ThreadLocal<double[]> BUFFER_A =
      ThreadLocal.withInitial(() -> new double[1 << BLOCK_BITS]);
  private static final ThreadLocal<double[]> BUFFER_B =
      ThreadLocal.withInitial(() -> new double[1 << BLOCK_BITS]);

  private final int qubits;
  private final Store store;
  private final int blockBits;
  /** Sum of the stored probabilities of each block, as {@link #sum} adds them. */
  private final double[] blockSums;

  private Distribution(int qubits, Store store) {
    this.qubits = qubits;
    this.store = store;
    this.blockBits = Math.min(BLOCK_BITS, qubits);
    this.blockSums = new double[(int) (store.length >>> blockBits)];
    Parallel.forEach(blockSums.length, Parallel.defaultThreads(),
        b -> blockSums[b] = blockReduce(b, Distribution::sum));
  }

  /** A distribution over 2^n outcomes from {@code probabilities} (length 2^n), normalised. */
  public static Distribution of(double... probabilities) {
    return of(Precision.defaultFor(qubitsOf(probabilities.length)), probabilities);
  }

  /**
   * A distribution from {@code probabilities} (length 2^n, n &gt;= 1), divided by their sum.
   *
   * @throws IllegalArgumentException if the length is not a power of two, a value is negative,
   *     NaN or infinite, or all are zero
   */
  public static Distribution of(Precision precision, double... probabilities) {
    int n = qubitsOf(probabilities.length);
    for (int i = 0; i < probabilities.length; i++) {
      double v = probabilities[i];
      if (!(v >= 0) || v == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("probability " + i + " is " + v
            + "; expected a finite number >= 0");
      }
    }
    return load(n, precision, Store.MAX_CHUNK_BITS,
        (from, out, off, len) -> System.arraycopy(probabilities, (int) from, out, off, len),
        true, ProgressListener.NONE);
  }

  /** The outcome distribution of {@code state}, in the default precision for its size. */
  public static Distribution fromState(StateVector state) {
    return fromState(state, Precision.defaultFor(state.qubits()), ProgressListener.NONE);
  }

  /**
   * The outcome distribution of {@code state}: |amplitude|^2, normalised. The probabilities are
   * read block by block with {@link StateVector#probabilities(long, double[], int, int)} straight
   * into the distribution's storage, so no second copy of the state is made.
   *
   * @throws IllegalArgumentException if the heap cannot hold the distribution
   */
  public static Distribution fromState(
      StateVector state, Precision precision, ProgressListener progress) {
    return load(state.qubits(), precision, Store.MAX_CHUNK_BITS, state::probabilities, true,
        progress);
  }

  /**
   * Builds a distribution from a source of raw (unnormalised) values, block by block, then
   * normalises it. {@code parallel} = false for sources that must be read in order (files).
   */
  static Distribution load(int qubits, Precision precision, int chunkBits, Store.Source source,
      boolean parallel, ProgressListener progress) {
    if (qubits < 1 || qubits > MAX_QUBITS) {
      throw new IllegalArgumentException(
          "qubit count must be 1.." + MAX_QUBITS + ", got " + qubits);
    }
    Store store = Store.allocate(1L << qubits, precision, chunkBits);
    int blockBits = Math.min(BLOCK_BITS, qubits);
    int blocks = 1 << (qubits - blockBits);
    AtomicLong done = new AtomicLong();
    Parallel.forEach(blocks, parallel ? Parallel.defaultThreads() : 1, b -> {
      store.load((long) b << blockBits, 1 << blockBits, source);
      progress.progress(done.incrementAndGet(), blocks);
    });
    return normalised(qubits, store);
  }

  /** Divides {@code store} by its sum (unless that is 1) and wraps it. */
  private static Distribution normalised(int qubits, Store store) {
    Distribution raw = new Distribution(qubits, store);
    double total = raw.totalStored();
    if (!(total > 0) || Double.isInfinite(total)) {
      throw new IllegalArgumentException("the probabilities sum to " + total
          + "; expected a positive finite sum");
    }
    if (total == 1) {
      return raw;
    }
    Parallel.forEach(raw.blockSums.length, Parallel.defaultThreads(), b -> {
      double[] buf = BUFFER_A.get();
      int len = raw.blockSize();
      long from = (long) b << raw.blockBits;
      store.copyTo(from, buf, 0, len);
      for (int i = 0; i < len; i++) {
        buf[i] /= total;
      }
      store.copyFrom(from, buf, 0, len);
    });
    return new Distribution(qubits, store);
  }

  /** Wraps a store that is already normalised (a permutation of a distribution's values). */
  static Distribution wrap(int qubits, Store store) {
    return new Distribution(qubits, store);
  }

  private static int qubitsOf(long length) {
    if (length < 2 || Long.bitCount(length) != 1) {
      throw new IllegalArgumentException(
          "a distribution needs 2^n probabilities (n >= 1), got " + length);
    }
    return Long.numberOfTrailingZeros(length);
  }

  /** Number of qubits n. */
  public int qubits() {
    return qubits;
  }

  /** Number of outcomes N = 2^n. */
  public long dimension() {
    return store.length;
  }

  /** The precision the probabilities are stored in. */
  public Precision precision() {
    return store.precision();
  }

  /** Probability of the bitstring with integer value {@code bitstring}. */
  public double probability(long bitstring) {
    if (bitstring < 0 || bitstring >= store.length) {
      throw new IndexOutOfBoundsException(
          "bitstring " + bitstring + " outside 0.." + (store.length - 1));
    }
    return store.get(bitstring);
  }

  /** A copy of all probabilities (n &lt;= 30). */
  public double[] toArray() {
    if (qubits > Store.MAX_CHUNK_BITS) {
      throw new IllegalArgumentException(
          "toArray needs n <= " + Store.MAX_CHUNK_BITS + ", have " + qubits);
    }
    double[] out = new double[(int) store.length];
    store.copyTo(0, out, 0, out.length);
    return out;
  }

  /** Shannon entropy -sum p log2 p, in bits. */
  public double entropy() {
    return -expectedLogProbability(this) / Math.log(2);
  }

  /** Collision probability sum p^2 (the purity of the diagonal). */
  public double collisionProbability() {
    return expectedProbability(this);
  }

  /**
   * sum_x q(x) p(x), the mean of this distribution's probability p(x) over x drawn from {@code q};
   * with q = p, the collision probability.
   */
  public double expectedProbability(Distribution q) {
    return pairReduce(q, (p, qq, len) -> {
      double s = 0;
      for (int i = 0; i < len; i++) {
        s += qq[i] * p[i];
      }
      return s;
    });
  }

  /**
   * sum_x q(x) ln p(x), the mean of ln p(x) over x drawn from {@code q} (terms with q(x) = 0 are
   * 0); -infinity if q puts mass where p has none. With q = p it is minus the entropy in nats.
   */
  public double expectedLogProbability(Distribution q) {
    return pairReduce(q, (p, qq, len) -> {
      double s = 0;
      for (int i = 0; i < len; i++) {
        if (qq[i] > 0) {
          s += qq[i] * Math.log(p[i]);
        }
      }
      return s;
    });
  }

  /**
   * The relative entropy KL(this || q) = sum p ln(p/q), in nats: +infinity if q is 0 where this
   * distribution is not.
   */
  public double relativeEntropy(Distribution q) {
    return pairReduce(q, (p, qq, len) -> {
      double s = 0;
      for (int i = 0; i < len; i++) {
        if (p[i] > 0) {
          s += p[i] * Math.log(p[i] / qq[i]);
        }
      }
      return s;
    });
  }

  /**
   * The marginal distribution of {@code qubits} (distinct, any order): its qubit j is qubit
   * {@code qubits[j]} of this distribution, so the first one given is the most significant bit.
   */
  public Distribution marginal(int... qubits) {
    int k = qubits.length;
    boolean[] seen = new boolean[this.qubits];
    for (int q : qubits) {
      if (q < 0 || q >= this.qubits || seen[q]) {
        throw new IllegalArgumentException("marginal qubits must be distinct, in 0.."
            + (this.qubits - 1) + "; got " + Arrays.toString(qubits));
      }
      seen[q] = true;
    }
    if (k == 0) {
      throw new IllegalArgumentException("a marginal needs at least one qubit");
    }
    int[] shifts = new int[k];
    for (int j = 0; j < k; j++) {
      shifts[j] = this.qubits - 1 - qubits[j];
    }
    // a fixed task count (at most 32 MiB of partial sums) keeps the result thread-independent
    int tasks = (int) Math.min(Math.min(blockSums.length, 64),
        Math.max(1, 1L << Math.max(0, 22 - k)));
    long perTask = store.length / tasks;
    double[][] partial = new double[tasks][1 << k];
    Parallel.forEach(tasks, Parallel.defaultThreads(), t -> {
      double[] acc = partial[t];
      scan(t * perTask, (t + 1) * perTask, (first, values, len) -> {
        for (int i = 0; i < len; i++) {
          long x = first + i;
          int y = 0;
          for (int shift : shifts) {
            y = (y << 1) | (int) ((x >>> shift) & 1);
          }
          acc[y] += values[i];
        }
      });
    });
    double[] marginal = partial[0];
    for (int t = 1; t < tasks; t++) {
      for (int y = 0; y < marginal.length; y++) {
        marginal[y] += partial[t][y];
      }
    }
    return of(marginal);
  }

  /** An outcome and its probability. */
  public record Outcome(long bitstring, double probability) {}

  /** The {@code k} most likely outcomes, most likely first (ties: lower bitstring first). */
  public List<Outcome> top(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0, got " + k);
    }
    Comparator<Outcome> better = Comparator.comparingDouble(Outcome::probability)
        .thenComparing(Outcome::bitstring, Comparator.reverseOrder());
    int kk = (int) Math.min(k, store.length);
    if (kk == 0) {
      return List.of();
    }
    int tasks = Math.min(blockSums.length, 64);
    long perTask = store.length / tasks;
    Outcome[][] partial = new Outcome[tasks][];
    Parallel.forEach(tasks, Parallel.defaultThreads(), t -> {
      PriorityQueue<Outcome> worst = new PriorityQueue<>(better);
      scan(t * perTask, (t + 1) * perTask, (first, values, len) -> {
        for (int i = 0; i < len; i++) {
          // later outcomes of equal probability lose the tie
          if (worst.size() < kk || values[i] > worst.peek().probability()) {
            worst.add(new Outcome(first + i, values[i]));
            if (worst.size() > kk) {
              worst.poll();
            }
          }
        }
      });
      partial[t] = worst.toArray(new Outcome[0]);
    });
    List<Outcome> all = new ArrayList<>();
    for (Outcome[] part : partial) {
      all.addAll(Arrays.asList(part));
    }
    all.sort(better.reversed());
    return List.copyOf(all.subList(0, kk));
  }

  /** Receives the probabilities of outcomes {@code first .. first+len-1}. */
  @FunctionalInterface
  private interface RangeVisitor {
    void visit(long first, double[] values, int len);
  }

  /** Reads outcomes {@code from .. to-1} in buffer-sized pieces. */
  private void scan(long from, long to, RangeVisitor visitor) {
    double[] buf = BUFFER_A.get();
    for (long first = from; first < to; first += buf.length) {
      int len = (int) Math.min(buf.length, to - first);
      store.copyTo(first, buf, 0, len);
      visitor.visit(first, buf, len);
    }
  }

  @Override
  public String toString() {
    return "Distribution(" + qubits + " qubits, " + precision() + ")";
  }

  // ---- package-private access for the sampler, targets and file formats ----

  Store store() {
    return store;
  }

  int blockBits() {
    return blockBits;
  }

  int blockSize() {
    return 1 << blockBits;
  }

  /** The sum of the stored probabilities (1 up to rounding). */
  double totalStored() {
    double total = 0;
    for (double s : blockSums) {
      total += s;
    }
    return total;
  }

  /** Values summed together as a tree before joining a block's running sum (see {@link #sum}). */
  static final int GROUP = 8;

  /**
   * The size of the groups of a block of {@code len} values: {@link #GROUP}, or 1 for blocks
   * smaller than that (n &lt; 3).
   */
  static int groupSize(int len) {
    return len >= GROUP ? GROUP : 1;
  }

  /**
   * Sum of {@code values[0..len-1]}: the group sums (each a balanced tree, {@link GroupSearch#sum})
   * added in order, so that it does not depend on the thread count. The block sums are defined
   * by it.
   */
  static double sum(double[] values, int len) {
    int size = groupSize(len);
    double s = 0;
    for (int i = 0; i < len; i += size) {
      s += GroupSearch.sum(values, i, size);
    }
    return s;
  }

  @FunctionalInterface
  interface BlockFunction {
    double apply(double[] values, int len);
  }

  @FunctionalInterface
  private interface PairFunction {
    double apply(double[] p, double[] q, int len);
  }

  private double blockReduce(int block, BlockFunction f) {
    double[] buf = BUFFER_A.get();
    store.copyTo((long) block << blockBits, buf, 0, blockSize());
    return f.apply(buf, blockSize());
  }

  private double pairReduce(Distribution q, PairFunction f) {
    if (q.qubits != qubits) {
      throw new IllegalArgumentException(
          "distributions over " + qubits + " and " + q.qubits + " qubits");
    }
    return Parallel.sum(blockSums.length, Parallel.defaultThreads(), b -> {
      double[] a = BUFFER_A.get();
      double[] c = BUFFER_B.get();
      long from = (long) b << blockBits;
      store.copyTo(from, a, 0, blockSize());
      q.store.copyTo(from, c, 0, blockSize());
      return f.apply(a, c, blockSize());
    });
  }
}
