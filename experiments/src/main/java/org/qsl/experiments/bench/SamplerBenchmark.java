package org.qsl.experiments.bench;

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
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
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
