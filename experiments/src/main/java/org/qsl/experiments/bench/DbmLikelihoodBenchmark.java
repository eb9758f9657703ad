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
import org.qsl.learners.ExactLikelihood;
import org.qsl.learners.dbm.DbmConfig;
import org.qsl.learners.dbm.DbmLearner;

/**
 * The DBM's exact distribution by enumeration of v and h2 (h1 summed out): seconds for all 2^n
 * probabilities, 2^(n + h2) * h1 softplus terms; {@code sizes} is "n-h1-h2".
 *
 * <pre>
 * java -cp experiments/target/qsl.jar org.openjdk.jmh.Main DbmLikelihoodBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
public class DbmLikelihoodBenchmark {
  @Param({"12-64-8", "16-64-6", "20-64-6", "16-128-10"})
  String sizes;

  private ExactLikelihood learner;

  @Setup
  public void prepare() {
    String[] s = sizes.split("-");
    learner = (ExactLikelihood) DbmLearner.create(DbmLearner.DBM, Integer.parseInt(s[0]),
        DbmConfig.dbmDefaults().with(c -> {
          c.hidden1 = Integer.parseInt(s[1]);
          c.hidden2 = Integer.parseInt(s[2]);
          c.initialWeightScale = 0.3;
        }));
  }

  @Benchmark
  public double[] distribution() {
    return learner.distribution();
  }
}
