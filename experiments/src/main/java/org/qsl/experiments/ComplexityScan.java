package org.qsl.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The complexity experiment: at one qubit count, train each learner at one size on targets of
 * graded structure made from the same circuits (the natural distribution, a shuffle of it, sorted,
 * grouped by the weight or the parity of k bits, depolarised) and compare their normalised
 * scores. Every target has the circuit's histogram of probabilities; only how much structure a
 * learner can find changes. Resumable like {@link LearnabilityScan}.
 */
public final class ComplexityScan {

  /**
   * What a complexity scan trains.
   *
   * @param qubits n
   * @param circuits where the circuits come from
   * @param instances circuit instances
   * @param seeds training seeds per circuit (0, 1, ...)
   * @param sizes each learner's one size, in the order the learners are reported
   * @param targets the targets, in the order they are reported
   * @param budget training samples, epochs and test samples of every model
   */
  public record Settings(int qubits, CircuitFamily circuits, int instances, int seeds,
      Map<String, Integer> sizes, List<String> targets, Budget budget) {

    /** Keeps copies (the learners in their order). */
    public Settings {
      sizes = new LinkedHashMap<>(sizes);
      targets = List.copyOf(targets);
      if (instances < 1) {
        throw new IllegalArgumentException("instances must be >= 1, got " + instances);
      }
    }
  }

  /**
   * One learner on one target, over the replicates (instances x seeds).
   *
   * @param target the target
   * @param learner the learner
   * @param parameters the model's parameter count
   * @param xeb mean normalised linear XEB (exact where available)
   * @param xebStandardError its standard error over replicates (NaN for one replicate)
   * @param kl mean KL(target || model), nats
   * @param replicates the number of replicates
   */
  public record Cell(String target, String learner, long parameters, double xeb,
      double xebStandardError, double kl, int replicates) {}

  /**
   * What a complexity scan found.
   *
   * @param rows the scan's rows, in plan order
   * @param cells per target (in order of appearance) and learner
   * @param remaining planned configurations without a row (0: complete)
   */
  public record Result(List<ResultRow> rows, List<Cell> cells, int remaining) {
    /** Keeps copies. */
    public Result {
      rows = List.copyOf(rows);
      cells = List.copyOf(cells);
    }

    /** Whether every planned configuration has a row. */
    public boolean complete() {
      return remaining == 0;
    }
  }

  private final Settings settings;

  /** A scan with {@code settings}. */
  public ComplexityScan(Settings settings) {
    this.settings = settings;
  }

  /** The settings. */
  public Settings settings() {
    return settings;
  }

  /**
   * The default targets at n: natural, shuffled, sorted, subset-weight:k and subset-parity:k for
   * k = 1..n, and depolarised:F for each given fidelity.
   */
  public static List<String> defaultTargets(int qubits, double... fidelities) {
    List<String> targets = new ArrayList<>(List.of("natural", "shuffled", "sorted"));
    for (int k = 1; k <= qubits; k++) {
      targets.add("subset-weight:" + k);
    }
    for (int k = 1; k <= qubits; k++) {
      targets.add("subset-parity:" + k);
    }
    for (double f : fidelities) {
      targets.add("depolarised:" + f);
    }
    return targets;
  }

  /** Every configuration of the scan, in the order it runs them. */
  public List<Configuration> plan() {
    List<ScanPlan.Model> models = new ArrayList<>();
    settings.sizes().forEach((learner, size) -> models.add(new ScanPlan.Model(learner, size)));
    return ScanPlan.of(
        settings.circuits().instances(List.of(settings.qubits()), settings.instances()),
        settings.seeds(), settings.targets(), models, settings.budget());
  }

  /**
   * Runs the configurations without a row in {@code folder} (at most {@code limit} of them) and
   * tabulates every row of the scan there.
   */
  public Result run(Path folder, ConfigurationRunner runner, ScanListener listener, int limit) {
    ScanRun.Outcome outcome = ScanRun.run(plan(), folder, runner, listener, limit,
        ScanRun.Unneeded.NEVER);
    return analyse(outcome.rows(), outcome.remaining());
  }

  /**
   * The table of {@code rows}: one cell per target and learner.
   *
   * @param remaining configurations of the scan still without a row
   */
  public static Result analyse(List<ResultRow> rows, int remaining) {
    Map<List<String>, List<ResultRow>> groups = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      Configuration c = r.configuration();
      groups.computeIfAbsent(List.of(c.target(), c.learner()), k -> new ArrayList<>()).add(r);
    }
    List<Cell> cells = new ArrayList<>();
    groups.forEach((key, group) -> {
      SummaryStatistics xeb = new SummaryStatistics();
      SummaryStatistics kl = new SummaryStatistics();
      for (ResultRow r : group) {
        xeb.addValue(r.scores().xeb());
        kl.addValue(r.scores().kl());
      }
      double se = xeb.getN() < 2 ? Double.NaN : xeb.getStandardDeviation() / Math.sqrt(xeb.getN());
      cells.add(new Cell(key.get(0), key.get(1), group.get(0).parameters(), xeb.getMean(), se,
          kl.getMean(), (int) xeb.getN()));
    });
    return new Result(rows, cells, remaining);
  }
}
