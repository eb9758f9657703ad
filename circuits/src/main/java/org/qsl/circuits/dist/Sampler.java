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
 * <p>Method: inversion of the cumulative sum in double, in three levels, with the tables of the
 * first two built once, when the sampler is made. The distribution is cut into blocks of 2^14
 * outcomes and the blocks into groups of 8 outcomes (16 for a float store). Construction reads
 * the distribution once and keeps, per block, the cumulative sum of its group sums and a
 * {@link GuideTable} over it (two entries per group), and a guide table over the cumulative block
 * sums: 3/16 of the distribution's bytes in either precision (1.5 bytes per outcome for double,
 * 0.75 for float). Building them costs a few passes over the distribution, once per sampler.
 *
 * <p>{@link #sample}: (1) each draw picks a block by a uniform against the block guide; the draws
 * are split into parts of a fixed size, each with its own random stream, and each draw records
 * its block and its rank among its part's draws of that block. (2) Each block that received c
 * draws inverts c fresh uniforms of its own random stream, in batches: the group by its guide
 * table, then the outcome inside the group by {@link GroupSearch}. A block with many draws is
 * first read in order, so that its random reads hit the cache. (3) Each draw takes the outcome
 * of its block and rank. Blocks without draws are never read. A draw's outcome depends only on the
 * seed, its block and its rank among the block's draws, so the samples are i.i.d. and do not
 * depend on the thread count.
 *
 * <p>Depolarised sampling (fidelity F): each draw is from the distribution with probability F and
 * uniform over all 2^n bitstrings otherwise, the standard model of noisy hardware samples.
 */
public final class Sampler {
  /** Draws per part in step (1), fixed so that results do not depend on the thread count. */
  private static final int DRAWS_PER_PART = 1 << 16;
  private static final int MAX_PARTS = 64;
  /** Guide entries per block and per group: more entries, fewer steps after a lookup. */
  private static final int BLOCK_GUIDE = 8;
  private static final int GROUP_GUIDE = 2;
  /** Outcomes per group: a cache line of doubles, or of floats. */
  private static final int DOUBLE_GROUP = 8;
  private static final int FLOAT_GROUP = 16;
  /**
   * Groups per draw up to which a block is read in order before its draws (above it, its few
   * draws read their groups directly).
   */
  private static final int READ_AHEAD_GROUPS_PER_DRAW = 16;
  private static final ThreadLocal<Batch> BATCH = ThreadLocal.withInitial(Batch::new);

  private final Distribution distribution;
  private final Store store;
  private final int threads;
  private final int blockBits;
  private final int blocks;
  private final int groupSize;
  private final int groupsPerBlock;
  private final int groupGuideEntries;
  /** Cumulative block sums: end of block b, +infinity from the last block with mass on. */
  private final double[] blockEnds;
  private final int[] blockGuide;
  private final double total;
  /** Sum of each block's groups, in order: the total its level is scaled to. */
  private final double[] blockSums;
  /**
   * Per block, groupsPerBlock + 1 values: the start of each group inside the block (0 first),
   * then the block's end; ends from the last group with mass on are +infinity.
   */
  private final double[] groupStarts;
  /** Per block, groupGuideEntries entries of the guide over its group ends. */
  private final char[] groupGuide;

  /** A sampler using all processors. */
  public Sampler(Distribution distribution) {
    this(distribution, Parallel.defaultThreads());
  }

  /**
   * A sampler using {@code threads} threads (results do not depend on it). Reads the distribution
   * once to build its tables, on those threads.
   *
   * @throws IllegalArgumentException if the heap cannot hold the tables
   */
  public Sampler(Distribution distribution, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (distribution.qubits() > SampleSet.MAX_QUBITS) {
      throw new IllegalArgumentException("samples hold at most " + SampleSet.MAX_QUBITS
          + " qubits, got " + distribution.qubits());
    }
    this.distribution = distribution;
    this.store = distribution.store();
    this.threads = threads;
    blockBits = distribution.blockBits();
    blocks = (int) (distribution.dimension() >>> blockBits);
    int blockSize = distribution.blockSize();
    groupSize = Math.min(blockSize,
        store.precision() == Precision.DOUBLE ? DOUBLE_GROUP : FLOAT_GROUP);
    groupsPerBlock = blockSize / groupSize;
    groupGuideEntries = GROUP_GUIDE * groupsPerBlock;
    long startValues = (long) blocks * (groupsPerBlock + 1);
    long guideEntries = (long) blocks * groupGuideEntries;
    if (startValues > Integer.MAX_VALUE - 8 || guideEntries > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a sampler of " + distribution.qubits()
          + " qubits needs tables larger than a Java array");
    }
    Heap.require(8 * startValues + 2 * guideEntries, "the sampler's tables");
    groupStarts = new double[(int) startValues];
    groupGuide = new char[(int) guideEntries];
    blockSums = new double[blocks];
    Parallel.forEach(blocks, threads, this::indexBlock);

    blockEnds = new double[blocks];
    int lastBlock = 0;
    for (int b = 0; b < blocks; b++) {
      if (blockSums[b] > 0) {
        lastBlock = b;
      }
    }
    double sum = 0;
    for (int b = 0; b < blocks; b++) {
      sum += blockSums[b];
      blockEnds[b] = b < lastBlock ? sum : Double.POSITIVE_INFINITY;
    }
    total = sum;
    blockGuide = new int[BLOCK_GUIDE * blocks + 1];
    GuideTable.fill(blockEnds, 0, blocks, total, BLOCK_GUIDE * blocks, blockGuide);
  }

  /** Builds block b's group starts and guide, and its sum. */
  private void indexBlock(int b) {
    Batch batch = BATCH.get();
    int blockSize = groupsPerBlock * groupSize;
    long first = (long) b << blockBits;
    double[] values = store.doubles(first, blockSize);
    int offset = store.offset(first);
    if (values == null) {
      values = batch.block;
      offset = 0;
      store.copyTo(first, values, 0, blockSize);
    }
    int base = b * (groupsPerBlock + 1);
    double sum = 0;
    int last = 0;
    for (int g = 0; g < groupsPerBlock; g++) {
      double mass = GroupSearch.sum(values, offset + g * groupSize, groupSize);
      if (mass > 0) {
        last = g;
      }
      sum += mass;
      groupStarts[base + g + 1] = sum;
    }
    blockSums[b] = sum;
    for (int g = last; g < groupsPerBlock; g++) {
      groupStarts[base + g + 1] = Double.POSITIVE_INFINITY;
    }
    if (sum > 0) {
      int[] guide = batch.guide;
      GuideTable.fill(groupStarts, base + 1, groupsPerBlock, sum, groupGuideEntries, guide);
      int at = b * groupGuideEntries;
      for (int j = 0; j < groupGuideEntries; j++) {
        groupGuide[at + j] = (char) guide[j];
      }
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

    // (1) every draw: a uniform outcome (>= 0, final) or ~(rank << blockIndexBits | block)
    long[] out = new long[count];
    int[][] ranks = new int[parts][blocks];
    Parallel.forEach(parts, threads, p -> chooseBlocks(out, partStart(count, parts, p),
        partStart(count, parts, p + 1), partRandom[p], fidelity, ranks[p]));

    // each block's draws get consecutive slots of the results, parts in order: first slot of
    // block b's draws of part p, and of all block b's draws
    int[] start = new int[blocks + 1];
    int at = 0;
    for (int b = 0; b < blocks; b++) {
      start[b] = at;
      for (int p = 0; p < parts; p++) {
        int drawn = ranks[p][b];
        ranks[p][b] = at;
        at += drawn;
      }
    }
    start[blocks] = at;

    // (2) every block with draws fills its slots
    long[] results = new long[at];
    AtomicLong done = new AtomicLong();
    Parallel.forEach(blocks, threads, b -> {
      if (start[b + 1] > start[b]) {
        drawInBlock(b, results, start[b], start[b + 1] - start[b], blockRandom[b]);
      }
      progress.progress(done.incrementAndGet(), blocks);
    });

    // (3) every draw takes its slot's outcome
    Parallel.forEach(parts, threads, p -> gather(out, partStart(count, parts, p),
        partStart(count, parts, p + 1), ranks[p], results));
    return SampleSet.wrap(distribution.qubits(), out);
  }

  private static int partStart(int count, int parts, int p) {
    return (int) ((long) count * p / parts);
  }

  /** Bits of a block index (the rank of a draw sits above them). */
  private int blockIndexBits() {
    return Integer.numberOfTrailingZeros(blocks);
  }

  private void chooseBlocks(long[] out, int from, int to, SplittableRandom random,
      double fidelity, int[] ranks) {
    long dimension = distribution.dimension();
    int bits = blockIndexBits();
    int entries = BLOCK_GUIDE * blocks;
    for (int i = from; i < to; i++) {
      if (fidelity < 1 && random.nextDouble() >= fidelity) {
        out[i] = random.nextLong(dimension);
      } else {
        double u = random.nextDouble();
        int b = GuideTable.walk(blockEnds, blockGuide[GuideTable.cell(u, entries)], u * total);
        out[i] = ~(((long) ranks[b]++ << bits) | b);
      }
    }
  }

  private void gather(long[] out, int from, int to, int[] slots, long[] results) {
    int bits = blockIndexBits();
    long mask = blocks - 1;
    for (int i = from; i < to; i++) {
      long draw = out[i];
      if (draw < 0) {
        draw = ~draw;
        out[i] = results[slots[(int) (draw & mask)] + (int) (draw >>> bits)];
      }
    }
  }

  /** Fills results[from..from+c-1] with independent outcomes drawn in block {@code b}. */
  private void drawInBlock(int b, long[] results, int from, int c, SplittableRandom random) {
    Batch batch = BATCH.get();
    long first = (long) b << blockBits;
    int blockSize = groupsPerBlock * groupSize;
    double[] direct = store.doubles(first, blockSize);
    int base = b * (groupsPerBlock + 1);
    int guideAt = b * groupGuideEntries;
    if (direct != null && (long) c * READ_AHEAD_GROUPS_PER_DRAW >= groupsPerBlock) {
      batch.readAhead(direct, store.offset(first), blockSize, groupStarts, base, groupsPerBlock,
          groupGuide, guideAt, groupGuideEntries);
    }
    double sum = blockSums[b];
    int[] slot = batch.slot;
    double[] level = batch.level;
    for (int k0 = 0; k0 < c; k0 += Batch.SIZE) {
      int n = Math.min(Batch.SIZE, c - k0);
      // stages of independent lookups, so that the processor overlaps many draws' reads
      for (int k = 0; k < n; k++) {
        double u = random.nextDouble();
        slot[k] = base + 1 + groupGuide[guideAt + GuideTable.cell(u, groupGuideEntries)];
        level[k] = u * sum;
      }
      for (int k = 0; k < n; k++) {
        int end = GuideTable.walk(groupStarts, slot[k], level[k]);
        slot[k] = end - base - 1; // the group
        level[k] -= groupStarts[end - 1];
      }
      double[] values = direct == null ? batch.groups : direct;
      if (direct == null) {
        for (int k = 0; k < n; k++) {
          store.copyTo(first + (long) slot[k] * groupSize, values, k * groupSize, groupSize);
        }
      }
      int offset = direct == null ? 0 : store.offset(first);
      for (int k = 0; k < n; k++) {
        int g = slot[k] * groupSize;
        int at = direct == null ? k * groupSize : offset + g;
        results[from + k0 + k] = first + g + GroupSearch.pick(values, at, groupSize, level[k]);
      }
    }
  }

  /** A thread's buffers. */
  private static final class Batch {
    static final int SIZE = 64;
    final int[] slot = new int[SIZE];
    final double[] level = new double[SIZE];
    final double[] groups = new double[SIZE * FLOAT_GROUP];
    final double[] block = new double[1 << Distribution.BLOCK_BITS];
    final int[] guide = new int[GROUP_GUIDE * (1 << Distribution.BLOCK_BITS) / DOUBLE_GROUP + 1];
    /** Where reads made only to bring data into the cache end up, so they are not removed. */
    double sink;

    /** Reads a block's values and tables once in order, one value per cache line. */
    void readAhead(double[] values, int offset, int length, double[] starts, int startsAt,
        int startCount, char[] guide, int guideAt, int guideCount) {
      double s = 0;
      for (int i = 0; i < length; i += 8) {
        s += values[offset + i];
      }
      for (int i = 0; i <= startCount; i += 8) {
        s += starts[startsAt + i];
      }
      for (int i = 0; i < guideCount; i += 32) {
        s += guide[guideAt + i];
      }
      sink += s;
    }
  }
}
