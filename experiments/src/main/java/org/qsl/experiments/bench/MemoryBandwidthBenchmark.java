package org.qsl.experiments.bench;

import java.util.concurrent.ForkJoinPool;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * STREAM-style memory bandwidth in Java on float arrays far larger than the caches (256 MiB
 * each): copy (a = b, 8 bytes per element), triad (a = b + s c, 12 bytes) and an in-place scale
 * (a = s a, 8 bytes: read and write of the same array, the access of a state-vector pass). The
 * {@code bytes} counter gives the bandwidth in bytes per second, counted as STREAM does (no
 * write-allocate traffic); the score is passes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class MemoryBandwidthBenchmark {
  private static final int LENGTH = 1 << 26;
  private static final float SCALE = 0.999f;

  @Param({"1", "2"})
  int threads;

  private float[] a;
  private float[] b;
  private float[] c;
  private ForkJoinPool pool;

  @Setup
  public void prepare() {
    a = new float[LENGTH];
    b = new float[LENGTH];
    c = new float[LENGTH];
    java.util.Arrays.fill(a, 1);
    java.util.Arrays.fill(b, 2);
    java.util.Arrays.fill(c, 3);
    pool = new ForkJoinPool(threads);
  }

  @TearDown
  public void shutdown() {
    pool.shutdown();
  }

  @Benchmark
  public void copy(Traffic traffic) {
    inParallel((from, to) -> System.arraycopy(b, from, a, from, to - from));
    traffic.bytes += 8L * LENGTH;
  }

  @Benchmark
  public void triad(Traffic traffic) {
    inParallel((from, to) -> {
      for (int i = from; i < to; i++) {
        a[i] = b[i] + SCALE * c[i];
      }
    });
    traffic.bytes += 12L * LENGTH;
  }

  @Benchmark
  public void scaleInPlace(Traffic traffic) {
    inParallel((from, to) -> {
      for (int i = from; i < to; i++) {
        a[i] *= SCALE;
      }
    });
    traffic.bytes += 8L * LENGTH;
  }

  private interface Range {
    void run(int from, int to);
  }

  /** Splits the arrays into one contiguous part per thread. */
  private void inParallel(Range range) {
    int part = LENGTH / threads;
    pool.submit(() -> IntStream.range(0, threads).parallel()
        .forEach(t -> range.run(t * part, t == threads - 1 ? LENGTH : (t + 1) * part))).join();
  }
}
