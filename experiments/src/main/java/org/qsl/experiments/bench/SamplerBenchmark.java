package org.qsl.experiments.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.Sampler;

/**
 * Sampling 10^6 bitstrings from a 2^n distribution against one pass over its probability vector,
 * measured in the same run. Target: sampling within twice the time of one pass.
 *
 * <pre>
 * ./mvnw -q -B -DskipTests package -pl experiments -am
 * java -cp experiments/target/qsl.jar org.openjdk.jmh.Main SamplerBenchmark
 * </pre>
 *
 * <p>{@code build} is the one-time cost of a sampler's tables, beside {@code sample}. Two
 * baselines, each with {@code threads} threads summing a contiguous share: {@code pass}
 * sums with four independent accumulators, so it runs at memory speed; {@code runningSum} adds
 * the values one after the other, the running sum that inversion sampling walks (one chain of
 * dependent additions).
 *
 * <p>Three lower bounds, which are not samplers: {@code blockedFloor} is this sampler's method
 * with the search taken out; {@code randomReads} is one read of the vector at a random place per
 * draw, the least that any method without blocks does (an alias table, say); {@code mergeFloor}
 * is what merging sorted uniforms against the running sum needs besides its pass: the uniforms
 * sorted and the results shuffled back into draw order. They show that the sampling target lies
 * below every method's floor.
 *
 * <p>The heap is touched when the JVM starts: most methods allocate their results every call,
 * and on this project's virtual machines the first touch of fresh heap pages stalled some forks
 * (two threads, 60-90 ms a call instead of 7-11, with a fifth of the time in the kernel), so
 * without it a run's figures depended on where the heap happened to grow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class SamplerBenchmark {
  @Param({"24", "26"})
  int qubits;

  @Param({"1", "2"})
  int threads;

  @Param("1000000")
  int samples;

  private Distribution distribution;
  private double[] probabilities;
  private Sampler sampler;
  private long seed;

  @Setup
  public void setUp() {
    distribution = PorterThomas.of(qubits, 1);
    probabilities = distribution.toArray();
    sampler = new Sampler(distribution, threads);
  }

  /** One read of the whole probability vector, split over the threads. */
  @Benchmark
  public double pass() {
    int share = probabilities.length / threads;
    return IntStream.range(0, threads).parallel()
        .mapToDouble(t -> sum(probabilities, t * share, (t + 1) * share)).sum();
  }

  /** The running sum over the whole vector, split over the threads. */
  @Benchmark
  public double runningSum() {
    int share = probabilities.length / threads;
    return IntStream.range(0, threads).parallel().mapToDouble(t -> {
      double s = 0;
      for (int i = t * share; i < (t + 1) * share; i++) {
        s += probabilities[i];
      }
      return s;
    }).sum();
  }

  /** Building a sampler: its tables, read once from the distribution (reused by every sample). */
  @Benchmark
  public Sampler build() {
    return new Sampler(distribution, threads);
  }

  /** {@code samples} exact samples, a new seed each time. */
  @Benchmark
  public long sample() {
    return sampler.sample(samples, seed++).get(0);
  }

  /**
   * The least work of the sampler's three steps: each draw takes a block from random bits and a
   * rank, each block is read in order and then read once per draw at a random place (in place of
   * the search), and each draw gathers its outcome. Blocks of 2^14 outcomes as in
   * {@link Sampler}; not a sampler, since blocks are chosen uniformly and no search is done.
   */
  @Benchmark
  public long blockedFloor() {
    int blockBits = Math.min(qubits, 14);
    int blocks = probabilities.length >> blockBits;
    int bits = Integer.numberOfTrailingZeros(blocks);
    long[] out = new long[samples];
    int[][] ranks = new int[threads][blocks];
    int share = samples / threads;
    long s = seed++;
    IntStream.range(0, threads).parallel().forEach(t -> {
      SplittableRandom random = new SplittableRandom(s + t);
      int[] rank = ranks[t];
      for (int i = t * share; i < (t + 1) * share; i++) {
        int b = (int) (random.nextLong() >>> (64 - bits));
        out[i] = ((long) rank[b]++ << bits) | b;
      }
    });
    int[] start = new int[blocks + 1];
    int at = 0;
    for (int b = 0; b < blocks; b++) {
      start[b] = at;
      for (int t = 0; t < threads; t++) {
        int drawn = ranks[t][b];
        ranks[t][b] = at;
        at += drawn;
      }
    }
    start[blocks] = at;
    long[] results = new long[at];
    int blockShare = blocks / threads;
    IntStream.range(0, threads).parallel().forEach(t -> {
      SplittableRandom random = new SplittableRandom(~s - t);
      for (int b = t * blockShare; b < (t + 1) * blockShare; b++) {
        int first = b << blockBits;
        double read = 0;
        for (int i = 0; i < 1 << blockBits; i += 8) {
          read += probabilities[first + i];
        }
        int mask = (1 << blockBits) - 1;
        for (int k = start[b]; k < start[b + 1]; k++) { // the comparison keeps the read
          int col = (int) random.nextLong() & mask;
          results[k] = first + (probabilities[first + col] > read ? col ^ 1 : col);
        }
      }
    });
    IntStream.range(0, threads).parallel().forEach(t -> {
      int[] slots = ranks[t];
      long blockMask = blocks - 1;
      for (int i = t * share; i < (t + 1) * share; i++) {
        long draw = out[i];
        out[i] = results[slots[(int) (draw & blockMask)] + (int) (draw >>> bits)];
      }
    });
    return out[0];
  }

  /** One read of the vector at a random place per draw, split over the threads. */
  @Benchmark
  public double randomReads() {
    int share = samples / threads;
    long s = seed++;
    int shift = 64 - qubits;
    return IntStream.range(0, threads).parallel().mapToDouble(t -> {
      SplittableRandom random = new SplittableRandom(s + t);
      double sum = 0;
      for (int i = 0; i < share; i++) {
        sum += probabilities[(int) (random.nextLong() >>> shift)];
      }
      return sum;
    }).sum();
  }

  /**
   * Sorting {@code samples} uniforms (counting sort by their top 20 bits, each thread its share)
   * and shuffling as many results back into draw order (Fisher-Yates).
   */
  @Benchmark
  public double mergeFloor() {
    int share = samples / threads;
    long s = seed++;
    return IntStream.range(0, threads).parallel().mapToDouble(t -> {
      SplittableRandom random = new SplittableRandom(s + t);
      long[] raw = new long[share];
      int[] count = new int[(1 << 20) + 1];
      for (int i = 0; i < share; i++) {
        raw[i] = random.nextLong() >>> 11;
        count[(int) (raw[i] >>> 33) + 1]++;
      }
      for (int b = 0; b < 1 << 20; b++) {
        count[b + 1] += count[b];
      }
      double[] sorted = new double[share];
      for (int i = 0; i < share; i++) {
        sorted[count[(int) (raw[i] >>> 33)]++] = raw[i] * 0x1.0p-53;
      }
      for (int i = share - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        long swap = raw[i];
        raw[i] = raw[j];
        raw[j] = swap;
      }
      return sorted[share / 2] + raw[0];
    }).sum();
  }

  private static double sum(double[] v, int from, int to) {
    double a = 0;
    double b = 0;
    double c = 0;
    double d = 0;
    for (int i = from; i < to; i += 4) {
      a += v[i];
      b += v[i + 1];
      c += v[i + 2];
      d += v[i + 3];
    }
    return (a + b) + (c + d);
  }
}
