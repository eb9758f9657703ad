package org.qsl.circuits.dist;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.qsl.circuits.ProgressListener;
import org.qsl.circuits.samples.SampleSet;

/**
 * Draws independent bitstrings from a {@link Distribution} exactly, in O(2^n + m) time for m
 * samples, on several threads, reproducibly: the same seed gives the same samples whatever the
 * thread count.
 *
 * <p>Method. The distribution is cut into blocks of 2^14 outcomes whose sums it already holds.
 * (1) Each draw picks a block from the block sums (a guide table makes this O(1) expected); the
 * draws are split into a fixed number of parts, each with its own random stream. (2) Each block
 * that received c draws generates c sorted uniforms on [0, block sum) from exponential spacings
 * (U_(j) = (E_1 + ... + E_j) / (E_1 + ... + E_{c+1})), walks its cumulative sum once to turn them
 * into outcomes, and hands the outcomes to its c draws in a uniformly random order (Fisher-Yates),
 * so the sequence is i.i.d. Blocks that received no draw are never read. Every block has its own
 * random stream, split from the seed in block order.
 *
 * <p>Depolarised sampling (fidelity F): each draw is from the distribution with probability F and
 * uniform over all 2^n bitstrings otherwise, the standard model of noisy hardware samples.
 */
public final class Sampler {
  /** Draws per part in step (1), fixed so that results do not depend on the thread count. */
  private static final int DRAWS_PER_PART = 1 << 16;
  private static final int MAX_PARTS = 64;
  private static final ThreadLocal<double[]> BLOCK =
      ThreadLocal.withInitial(() -> new double[1 << Distribution.BLOCK_BITS]);

  private final Distribution distribution;
  private final int threads;
  /** cumulative[b] = sum of the block sums before block b; cumulative[blocks] = total. */
  private final double[] cumulative;
  /** guide[j] = first block whose cumulative end exceeds j * total / guide.length. */
  private final int[] guide;
  private final int lastPositiveBlock;

  /** A sampler using all processors. */
  public Sampler(Distribution distribution) {
    this(distribution, Parallel.defaultThreads());
  }

  /** A sampler using {@code threads} threads (results do not depend on it). */
  public Sampler(Distribution distribution, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (distribution.qubits() > SampleSet.MAX_QUBITS) {
      throw new IllegalArgumentException("samples hold at most " + SampleSet.MAX_QUBITS
          + " qubits, got " + distribution.qubits());
    }
    this.distribution = distribution;
    this.threads = threads;
    double[] sums = distribution.blockSums();
    int blocks = sums.length;
    cumulative = new double[blocks + 1];
    int last = 0;
    for (int b = 0; b < blocks; b++) {
      cumulative[b + 1] = cumulative[b] + sums[b];
      if (sums[b] > 0) {
        last = b;
      }
    }
    lastPositiveBlock = last;
    guide = new int[blocks];
    double total = cumulative[blocks];
    int b = 0;
    for (int j = 0; j < blocks; j++) {
      double level = j * total / blocks;
      while (b < last && cumulative[b + 1] <= level) {
        b++;
      }
      guide[j] = b;
    }
  }

  /** The distribution sampled. */
  public Distribution distribution() {
    return distribution;
  }

  /** {@code count} independent samples; the same seed gives the same samples. */
  public SampleSet sample(int count, long seed) {
    return sample(count, 1.0, seed, ProgressListener.NONE);
  }

  /**
   * {@code count} independent samples, each from the distribution with probability
   * {@code fidelity} and uniform over all bitstrings otherwise.
   *
   * @param progress told of the blocks walked in step (2)
   * @throws IllegalArgumentException if {@code count < 0} or {@code fidelity} is outside [0, 1]
   */
  public SampleSet sample(int count, double fidelity, long seed, ProgressListener progress) {
    if (count < 0) {
      throw new IllegalArgumentException("sample count must be >= 0, got " + count);
    }
    if (!(fidelity >= 0 && fidelity <= 1)) {
      throw new IllegalArgumentException("fidelity must be in [0, 1], got " + fidelity);
    }
    int blocks = guide.length;
    int parts = (int) Math.max(1, Math.min(MAX_PARTS, ((long) count + DRAWS_PER_PART - 1) / DRAWS_PER_PART));
    SplittableRandom master = new SplittableRandom(seed);
    SplittableRandom[] partRandom = new SplittableRandom[parts];
    for (int p = 0; p < parts; p++) {
      partRandom[p] = master.split();
    }
    SplittableRandom[] blockRandom = new SplittableRandom[blocks];
    for (int b = 0; b < blocks; b++) {
      blockRandom[b] = master.split();
    }

    // (1) every draw: a uniform outcome (>= 0, final) or a block, stored as ~block (< 0)
    long[] out = new long[count];
    int[][] partCounts = new int[parts][blocks];
    Parallel.forEach(parts, threads, p -> chooseBlocks(out, partBounds(count, parts, p),
        partRandom[p], fidelity, partCounts[p]));

    // counting sort of the block draws by block, ascending draw index within a block
    int[] start = new int[blocks + 1];
    int[][] cursor = new int[parts][blocks];
    int at = 0;
    for (int b = 0; b < blocks; b++) {
      start[b] = at;
      for (int p = 0; p < parts; p++) {
        cursor[p][b] = at;
        at += partCounts[p][b];
      }
    }
    start[blocks] = at;
    int[] order = new int[at];
    Parallel.forEach(parts, threads, p -> {
      int[] c = cursor[p];
      long[] bounds = partBounds(count, parts, p);
      for (int i = (int) bounds[0]; i < bounds[1]; i++) {
        if (out[i] < 0) {
          order[c[(int) ~out[i]]++] = i;
        }
      }
    });

    // (2) every block with draws: sorted uniforms against its cumulative sum
    AtomicLong done = new AtomicLong();
    Parallel.forEach(blocks, threads, b -> {
      if (start[b + 1] > start[b]) {
        placeInBlock(b, order, start[b], start[b + 1] - start[b], blockRandom[b], out);
      }
      progress.progress(done.incrementAndGet(), blocks);
    });
    return SampleSet.wrap(distribution.qubits(), out);
  }

  private static long[] partBounds(int count, int parts, int p) {
    return new long[] {(long) count * p / parts, (long) count * (p + 1) / parts};
  }

  private void chooseBlocks(long[] out, long[] bounds, SplittableRandom random, double fidelity,
      int[] counts) {
    long dimension = distribution.dimension();
    double total = cumulative[guide.length];
    for (int i = (int) bounds[0]; i < bounds[1]; i++) {
      if (fidelity < 1 && random.nextDouble() >= fidelity) {
        out[i] = random.nextLong(dimension);
        continue;
      }
      double u = random.nextDouble();
      double level = u * total;
      int b = guide[(int) (u * guide.length)];
      while (b < lastPositiveBlock && cumulative[b + 1] <= level) {
        b++;
      }
      out[i] = ~b;
      counts[b]++;
    }
  }

  /** Gives the {@code c} draws order[from..from+c-1] their outcomes in block {@code b}. */
  private void placeInBlock(int b, int[] order, int from, int c, SplittableRandom random,
      long[] out) {
    double blockSum = distribution.blockSums()[b];
    // sorted uniforms on [0, blockSum) from c + 1 exponential spacings
    double[] targets = new double[c];
    double acc = 0;
    for (int j = 0; j < c; j++) {
      acc += exponential(random);
      targets[j] = acc;
    }
    double scale = blockSum / (acc + exponential(random));
    for (int j = 0; j < c; j++) {
      targets[j] *= scale;
    }
    // one walk along the block's cumulative sum, in the order its block sum was added in
    int size = distribution.blockSize();
    long first = (long) b << distribution.blockBits();
    double[] values = BLOCK.get();
    distribution.store().copyTo(first, values, 0, size);
    long[] outcomes = new long[c];
    int j = 0;
    int lastPositive = -1;
    double cumulativeSum = 0;
    for (int i = 0; i < size && j < c; i++) {
      if (values[i] > 0) {
        cumulativeSum += values[i];
        lastPositive = i;
        while (j < c && targets[j] < cumulativeSum) {
          outcomes[j++] = first + i;
        }
      }
    }
    // a target rounded up to the block sum belongs to the block's last possible outcome (the
    // walk then ran to the end, and the block has one: it was drawn, so its sum is positive)
    while (j < c) {
      outcomes[j++] = first + lastPositive;
    }
    // hand the sorted outcomes to the draws in a uniformly random order
    for (int k = c - 1; k > 0; k--) {
      int r = random.nextInt(k + 1);
      long t = outcomes[k];
      outcomes[k] = outcomes[r];
      outcomes[r] = t;
    }
    for (int k = 0; k < c; k++) {
      out[order[from + k]] = outcomes[k];
    }
  }

  /** An Exp(1) variate; the uniform is in (0, 1), so the result is finite and positive. */
  private static double exponential(SplittableRandom random) {
    return -Math.log(((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53);
  }
}
