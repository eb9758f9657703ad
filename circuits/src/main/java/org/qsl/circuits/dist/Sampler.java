package org.qsl.circuits.dist;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.qsl.circuits.ProgressListener;
import org.qsl.circuits.samples.SampleSet;

/**
 * Draws independent bitstrings from a {@link Distribution} exactly, in O(2^n + m) time for m
 * samples, on several threads, reproducibly: the same seed gives the same samples whatever the
 * thread count.
 *
 * <p>Method: inversion of the cumulative sum, in two levels so that each level is a small table.
 * The distribution is cut into blocks of 2^14 outcomes whose sums it already holds. (1) Each draw
 * picks a block by inverting the cumulative block sums (a {@link GuideTable} makes this O(1)
 * expected); the draws are split into a fixed number of parts, each with its own random stream.
 * (2) Each block that received c draws is read once: its cumulative sum over groups of 8 outcomes
 * (each group summed as a tree, which runs at memory speed) and a guide table over it are built
 * in cache, and c fresh uniforms are inverted against them, then against the running sum inside
 * their group, giving c independent outcomes of the block. (3) The block's draws take these
 * outcomes in draw order. Blocks that received no draw are never read. Each block has its own
 * random stream, split from the seed in block order, so a draw's outcome depends only on the
 * seed, its block and its rank among the block's draws: the samples are i.i.d. and do not depend
 * on the thread count.
 *
 * <p>Depolarised sampling (fidelity F): each draw is from the distribution with probability F and
 * uniform over all 2^n bitstrings otherwise, the standard model of noisy hardware samples.
 */
public final class Sampler {
  /** Draws per part in step (1), fixed so that results do not depend on the thread count. */
  private static final int DRAWS_PER_PART = 1 << 16;
  private static final int MAX_PARTS = 64;
  private static final ThreadLocal<Tables> TABLES = ThreadLocal.withInitial(Tables::new);

  /** Guide entries per block in step (1): more entries, fewer steps after the lookup. */
  private static final int GUIDE_PER_BLOCK = 8;

  private final Distribution distribution;
  private final int threads;
  private final int blocks;
  /** Inverts the cumulative block sums. */
  private final GuideTable blockTable;

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
    blocks = sums.length;
    double[] cumulative = new double[blocks + 1];
    for (int b = 0; b < blocks; b++) {
      cumulative[b + 1] = cumulative[b] + sums[b];
    }
    blockTable = new GuideTable(GUIDE_PER_BLOCK * blocks);
    blockTable.build(cumulative, blocks, GUIDE_PER_BLOCK * blocks);
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
   * @param progress told of the blocks done in step (2)
   * @throws IllegalArgumentException if {@code count < 0} or {@code fidelity} is outside [0, 1]
   */
  public SampleSet sample(int count, double fidelity, long seed, ProgressListener progress) {
    if (count < 0) {
      throw new IllegalArgumentException("sample count must be >= 0, got " + count);
    }
    if (!(fidelity >= 0 && fidelity <= 1)) {
      throw new IllegalArgumentException("fidelity must be in [0, 1], got " + fidelity);
    }
    int parts = (int) Math.max(1,
        Math.min(MAX_PARTS, ((long) count + DRAWS_PER_PART - 1) / DRAWS_PER_PART));
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

    // each block's draws get consecutive slots of the results, in draw order: ~block -> ~slot
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
    Parallel.forEach(parts, threads, p -> forEachBlockDraw(out, partBounds(count, parts, p),
        i -> out[i] = ~cursor[p][(int) ~out[i]]++));

    // (2) every block with draws fills its slots, inverting its cumulative sum
    long[] results = new long[at];
    AtomicLong done = new AtomicLong();
    Parallel.forEach(blocks, threads, b -> {
      if (start[b + 1] > start[b]) {
        placeInBlock(b, results, start[b], start[b + 1] - start[b], blockRandom[b]);
      }
      progress.progress(done.incrementAndGet(), blocks);
    });
    // (3) every draw takes its slot's outcome (gathered: sequential writes, independent reads)
    Parallel.forEach(parts, threads, p -> forEachBlockDraw(out, partBounds(count, parts, p),
        i -> out[i] = results[(int) ~out[i]]));
    return SampleSet.wrap(distribution.qubits(), out);
  }

  /** Calls {@code action} for each draw i in {@code bounds} still waiting for its block. */
  private static void forEachBlockDraw(long[] out, long[] bounds, IntConsumer action) {
    for (int i = (int) bounds[0]; i < bounds[1]; i++) {
      if (out[i] < 0) {
        action.accept(i);
      }
    }
  }

  private static long[] partBounds(int count, int parts, int p) {
    return new long[] {(long) count * p / parts, (long) count * (p + 1) / parts};
  }

  private void chooseBlocks(long[] out, long[] bounds, SplittableRandom random, double fidelity,
      int[] counts) {
    long dimension = distribution.dimension();
    for (int i = (int) bounds[0]; i < bounds[1]; i++) {
      if (fidelity < 1 && random.nextDouble() >= fidelity) {
        out[i] = random.nextLong(dimension);
      } else {
        int b = blockTable.find(random.nextDouble());
        out[i] = ~b;
        counts[b]++;
      }
    }
  }

  /** Fills results[from..from+c-1] with independent outcomes drawn in block {@code b}. */
  private void placeInBlock(int b, long[] results, int from, int c, SplittableRandom random) {
    Tables t = TABLES.get();
    int size = distribution.blockSize();
    long first = (long) b << distribution.blockBits();
    distribution.store().copyTo(first, t.values, 0, size);
    int groupSize = Distribution.groupSize(size);
    int groups = size / groupSize;
    // cumulative group sums: the block sum is defined by adding them in this order
    double[] cumulative = t.cumulative;
    for (int g = 0; g < groups; g++) {
      cumulative[g + 1] =
          cumulative[g] + Distribution.groupSum(t.values, g * groupSize, groupSize);
    }
    t.groups.build(cumulative, groups, groups);
    double total = t.groups.total();
    for (int k = 0; k < c; k++) {
      double u = random.nextDouble();
      int g = t.groups.find(u);
      // inside the group: the first outcome whose running sum exceeds the level, counted without
      // branches (the running sums never decrease, so it is how many of them are <= the level)
      double level = u * total;
      double running = cumulative[g];
      int x = g * groupSize;
      int pick = x;
      for (int i = x; i < x + groupSize - 1; i++) {
        running += t.values[i];
        pick += running <= level ? 1 : 0;
      }
      // rounding can leave the level at or above the group's last running sum: then the last
      // outcome of the group with probability > 0 (there is one: the group's sum is positive)
      while (t.values[pick] == 0) {
        pick--;
      }
      results[from + k] = first + pick;
    }
  }

  /** A thread's tables for one block. */
  private static final class Tables {
    final double[] values = new double[1 << Distribution.BLOCK_BITS];
    final double[] cumulative = new double[(1 << Distribution.BLOCK_BITS) + 1];
    final GuideTable groups = new GuideTable(1 << Distribution.BLOCK_BITS);
  }
}
