package org.qsl.experiments.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.Learner;
import org.qsl.learners.SizeKnob;
import org.qsl.learners.TrainingListener;

/**
 * The scaling suite's learner part: training throughput in samples per second, one epoch over
 * {@value #SAMPLES} uniformly random n-bit samples from a fresh model, against n and the size on
 * the learner's size knob. Any learner with a knob: {@code -p learner=NAME -p size=S,...}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class LearnerTrainingBenchmark {
  static final int SAMPLES = 10_000;

  @Param({"product"})
  String learner;

  @Param({"1"})
  int size;

  @Param({"10", "20", "30", "40"})
  int qubits;

  private SizeKnob knob;
  private SampleSet train;

  @Setup
  public void prepare() {
    knob = SizeKnob.of(learner);
    SplittableRandom random = new SplittableRandom(7);
    long[] bits = new long[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      bits[i] = random.nextLong(1L << qubits);
    }
    train = SampleSet.wrap(qubits, bits);
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLES)
  public Learner train() {
    Learner model = knob.create(qubits, size, 1, 11);
    model.fit(train, TrainingListener.NONE);
    return model;
  }
}
