package org.qsl.experiments.bench;

import java.util.concurrent.TimeUnit;
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
import org.qsl.circuits.samples.SampleSet;

/**
 * The scaling suite's sampling part: seconds to draw m exact samples from a 2^n Porter-Thomas
 * distribution, the sampler's set-up over the distribution (O(2^n)) included, against n and m.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class SamplingScalingBenchmark {
  @Param({"12", "16", "20", "24", "26"})
  int qubits;

  @Param({"1000", "100000", "1000000"})
  int samples;

  private Distribution distribution;
  private long seed;

  @Setup
  public void prepare() {
    distribution = PorterThomas.of(qubits, 1);
  }

  @Benchmark
  public SampleSet sample() {
    return new Sampler(distribution).sample(samples, seed++);
  }
}
