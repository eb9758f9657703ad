package org.qsl.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qsl.learners.TrainingListener;
import org.qsl.learners.TrainingProgress;

/**
 * A test double of the train-and-score step with a known answer: a model of size s has
 * P = 4 s^2 + 8 s parameters and scores XEB = 1 - exp(-P / P0(n)), P0(n) = 2^(n/2), plus a small
 * offset per replicate. It can "die" before a given call, as a killed scan does.
 */
final class SyntheticRunner implements ConfigurationRunner {
  final List<Configuration> computed = new ArrayList<>();
  private final int dieBefore;

  SyntheticRunner() {
    this(Integer.MAX_VALUE);
  }

  /** A runner that throws on its call number {@code dieBefore} (0-based). */
  SyntheticRunner(int dieBefore) {
    this.dieBefore = dieBefore;
  }

  static long parameters(int size) {
    return 4L * size * size + 8L * size;
  }

  static double xeb(int qubits, long parameters, int instance, long seed) {
    return 1 - Math.exp(-parameters / Math.pow(2, qubits / 2.0)) + 0.01 * (instance - seed);
  }

  @Override
  public ResultRow run(Configuration c, TrainingListener listener) {
    if (computed.size() == dieBefore) {
      throw new IllegalStateException("killed");
    }
    computed.add(c);
    for (int e = 1; e <= c.epochs(); e++) {
      listener.onEpochEnd(new TrainingProgress(e, c.epochs(), 1, 1, 1.0 / e, 1000));
    }
    long p = parameters(c.size());
    double xeb = xeb(c.qubits(), p, c.instance(), c.seed());
    List<Double> losses = new ArrayList<>();
    for (int e = 1; e <= c.epochs(); e++) {
      losses.add(1.0 / e);
    }
    return new ResultRow(c, "units", p,
        new Scores(xeb, xeb * 0.8, 0.8, c.size() % 2 == 0 ? xeb : null, 1 - xeb, 1.1 - xeb, xeb),
        losses, 0.5, 1.0, "2024-01-01T00:00:00Z",
        Map.of("learner", c.learner(), "versions", Map.of("qsl", "test")), "");
  }
}
