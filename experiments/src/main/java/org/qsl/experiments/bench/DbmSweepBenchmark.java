package org.qsl.experiments.bench;

import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.UniformDistribution;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
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
import org.qsl.learners.dbm.DbmConfig;
import org.qsl.learners.dbm.DbmLearner;

/**
 * Block-Gibbs sweeps of a DBM, the operation at the heart of its sampling, persistent chains and
 * AIS: the DBM learner's own kernels (plain Java on the Vector API) against the same sweep written
 * with batched ND4J operations, in double precision as the learner computes and in single
 * precision. The ND4J sweep works in place on preallocated arrays: a matrix product into a result
 * array per layer input, in-place bias, sigmoid, uniform draws and step(p - u) for the Bernoulli
 * states, the visible and h2 states double-buffered. Each invocation runs {@value #SWEEPS} sweeps
 * of {@value #CHAINS} chains; {@code sizes} is "n-h1-h2". ND4J is fastest here with one OpenMP
 * thread (set OMP_NUM_THREADS=1; with its default threads it was 10 to 300 times slower on the
 * shared 2-core machine).
 *
 * <pre>
 * ./mvnw -q -B -DskipTests package -pl experiments -am
 * java -cp experiments/target/qsl.jar org.openjdk.jmh.Main DbmSweepBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
public class DbmSweepBenchmark {
  static final int CHAINS = 100;
  static final int SWEEPS = 20;

  @Param({"8-64-8", "12-128-16", "16-256-32", "20-512-64", "20-1024-256"})
  String sizes;

  @Param({"java", "nd4j-double", "nd4j-float"})
  String backend;

  private DbmLearner learner;
  private INDArray w1;
  private INDArray w1t;
  private INDArray w2;
  private INDArray w2t;
  private INDArray a;
  private INDArray b1;
  private INDArray b2;
  private INDArray v;
  private INDArray h2;
  private INDArray nextV;
  private INDArray nextH2;
  private INDArray h1;
  private INDArray fromH2;
  private INDArray u1;
  private INDArray uv;
  private INDArray u2;

  @Setup
  public void prepare() {
    String[] s = sizes.split("-");
    int n = Integer.parseInt(s[0]);
    int hidden1 = Integer.parseInt(s[1]);
    int hidden2 = Integer.parseInt(s[2]);
    // sample(CHAINS, seed) with CHAINS chains, burn-in SWEEPS - 1 and thinning 1 is SWEEPS sweeps.
    learner = DbmLearner.create(DbmLearner.DBM, n, DbmConfig.dbmDefaults().with(c -> {
      c.hidden1 = hidden1;
      c.hidden2 = hidden2;
      c.initialWeightScale = 0.1;
      c.samplingChains = CHAINS;
      c.burnIn = SWEEPS - 1;
      c.thinning = 1;
    }));
    DataType type = backend.equals("nd4j-float") ? DataType.FLOAT : DataType.DOUBLE;
    Nd4j.getRandom().setSeed(1);
    w1 = Nd4j.randn(type, n, hidden1).muli(0.1);
    w1t = w1.transpose().dup();
    w2 = Nd4j.randn(type, hidden1, hidden2).muli(0.1);
    w2t = w2.transpose().dup();
    a = Nd4j.zeros(type, 1, n);
    b1 = Nd4j.zeros(type, 1, hidden1);
    b2 = Nd4j.zeros(type, 1, hidden2);
    v = Nd4j.zeros(type, CHAINS, n);
    h2 = Nd4j.zeros(type, CHAINS, hidden2);
    nextV = v.like();
    nextH2 = h2.like();
    h1 = Nd4j.zeros(type, CHAINS, hidden1);
    fromH2 = h1.like();
    u1 = h1.like();
    uv = v.like();
    u2 = h2.like();
  }

  @Benchmark
  public Object sweeps() {
    if (backend.equals("java")) {
      return learner.sample(CHAINS, 1);
    }
    for (int i = 0; i < SWEEPS; i++) {
      v.mmuli(w1, h1);
      h2.mmuli(w2t, fromH2);
      bernoulli(h1.addi(fromH2).addiRowVector(b1), u1);
      bernoulli(h1.mmuli(w1t, nextV).addiRowVector(a), uv);
      bernoulli(h1.mmuli(w2, nextH2).addiRowVector(b2), u2);
      INDArray t = v;
      v = nextV;
      nextV = t;
      t = h2;
      h2 = nextH2;
      nextH2 = t;
    }
    return v;
  }

  /** Replaces the inputs x by Bernoulli states: step(sigmoid(x) - u), u uniform, in place. */
  private static void bernoulli(INDArray x, INDArray u) {
    Nd4j.getExecutioner().exec(new UniformDistribution(u), Nd4j.getRandom());
    Transforms.step(Transforms.sigmoid(x, false).subi(u), false);
  }
}
