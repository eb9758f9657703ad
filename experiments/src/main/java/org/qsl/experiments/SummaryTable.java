package org.qsl.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

/** The plain-text tables a scan prints at its end and writes to {@code summary.txt}. */
public final class SummaryTable {
  private SummaryTable() {}

  /**
   * Parameters needed per n (rows) and learner (columns) with their intervals, the best mean
   * score each learner reached, then each learner's scaling fits and the law the data prefer.
   */
  public static String learnability(LearnabilityResult result) {
    List<String> learners = ResultRow.learners(result.rows());
    Map<List<Object>, Requirement> byCell = new LinkedHashMap<>();
    TreeSet<Integer> qubits = new TreeSet<>();
    for (Requirement r : result.requirements()) {
      byCell.put(List.of(r.learner(), r.qubits()), r);
      qubits.add(r.qubits());
    }
    List<List<String>> table = byQubits(learners, qubits, (learner, n) -> {
      Requirement r = byCell.get(List.of(learner, n));
      return r == null ? "-" : r.formatParameters(largestTrained(result.rows(), learner, n))
          + (r.bound() == Requirement.Bound.CROSSED ? " " + r.formatInterval() : "");
    });
    int replicates = result.requirements().stream().mapToInt(Requirement::replicates).max()
        .orElse(0);
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "Parameters needed for %s (%.0f%% bootstrap interval over up to %d replicates)%n",
        result.criterion(), 100 * RequiredParameters.CONFIDENCE, replicates));
    s.append(columns(table));
    s.append("Best mean ").append(result.criterion().metric().label())
        .append(" (at that many parameters):\n");
    s.append(columns(bestScores(result, learners, qubits)));
    s.append("Growth with n (least squares on ln P, crossings only):\n");
    for (String learner : learners) {
      ScalingFit fit = result.fits().get(learner);
      if (fit == null) {
        s.append("  ").append(learner).append(": fewer than ").append(ScalingFit.LAW_PARAMETERS)
            .append(" n with a crossing, no fit\n");
        continue;
      }
      for (ScalingFit.Law law : List.of(fit.exponential(), fit.polynomial())) {
        s.append(String.format(Locale.ROOT, "  %s %-11s %-28s R^2 %.3f  AIC %.1f%n", learner,
            law.name(), law.formula(), law.rSquared(), law.aic()));
      }
      s.append(String.format(Locale.ROOT, "  %s: the data prefer %s growth (AIC lower by %.1f,"
          + " %d points)%n", learner, fit.preferred().name(), fit.aicDifference(),
          fit.preferred().points()));
    }
    return s.toString();
  }

  /** Per n and learner: the best score over sizes of the mean over replicates. */
  private static List<List<String>> bestScores(LearnabilityResult result, List<String> learners,
      TreeSet<Integer> qubits) {
    Criterion.Metric metric = result.criterion().metric();
    Map<List<Object>, double[]> sums = new LinkedHashMap<>();
    for (ResultRow r : result.rows()) {
      Configuration c = r.configuration();
      double[] sum = sums.computeIfAbsent(List.of(c.learner(), c.qubits(), r.parameters()),
          k -> new double[2]);
      sum[0] += r.scores().of(metric);
      sum[1]++;
    }
    Map<List<Object>, String> best = new LinkedHashMap<>();
    Map<List<Object>, Double> bestValue = new LinkedHashMap<>();
    sums.forEach((key, sum) -> {
      List<Object> cell = key.subList(0, 2);
      double mean = sum[0] / sum[1];
      Double old = bestValue.get(cell);
      if (old == null || (metric.higherIsBetter() ? mean > old : mean < old)) {
        bestValue.put(cell, mean);
        best.put(cell, String.format(Locale.ROOT, "%.3f (%d)", mean, (Long) key.get(2)));
      }
    });
    return byQubits(learners, qubits,
        (learner, n) -> best.getOrDefault(List.of(learner, n), "-"));
  }

  /** A table with a row per n and a column per learner, the cells from {@code cell}. */
  private static List<List<String>> byQubits(List<String> learners, TreeSet<Integer> qubits,
      BiFunction<String, Integer, String> cell) {
    List<List<String>> table = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("n"));
    header.addAll(learners);
    table.add(header);
    for (int n : qubits) {
      List<String> line = new ArrayList<>(List.of(String.valueOf(n)));
      for (String learner : learners) {
        line.add(cell.apply(learner, n));
      }
      table.add(line);
    }
    return table;
  }

  /** Mean normalised XEB (+- standard error) per target (rows) and learner (columns). */
  public static String complexity(ComplexityScan.Result result) {
    List<String> learners = ResultRow.learners(result.rows());
    Map<String, Map<String, ComplexityScan.Cell>> byTarget = new LinkedHashMap<>();
    for (ComplexityScan.Cell c : result.cells()) {
      byTarget.computeIfAbsent(c.target(), t -> new LinkedHashMap<>()).put(c.learner(), c);
    }
    List<List<String>> table = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("target"));
    for (String learner : learners) {
      ComplexityScan.Cell any = result.cells().stream()
          .filter(c -> c.learner().equals(learner)).findFirst().orElseThrow();
      header.add(learner + " (" + any.parameters() + " parameters)");
    }
    table.add(header);
    byTarget.forEach((target, cells) -> {
      List<String> line = new ArrayList<>(List.of(target));
      for (String learner : learners) {
        ComplexityScan.Cell c = cells.get(learner);
        line.add(c == null ? "-" : Double.isNaN(c.xebStandardError())
            ? String.format(Locale.ROOT, "%.3f", c.xeb())
            : String.format(Locale.ROOT, "%.3f +- %.3f", c.xeb(), c.xebStandardError()));
      }
      table.add(line);
    });
    return "Normalised linear XEB per target (mean +- standard error over replicates)\n"
        + columns(table);
  }

  /** The largest parameter count trained by {@code learner} at {@code qubits}. */
  private static long largestTrained(List<ResultRow> rows, String learner, int qubits) {
    return rows.stream().filter(r -> r.configuration().learner().equals(learner)
            && r.configuration().qubits() == qubits)
        .mapToLong(ResultRow::parameters).max().orElse(0);
  }

  /** Left-aligned columns, two spaces apart, each line indented by two. */
  static String columns(List<List<String>> table) {
    int[] width = new int[table.get(0).size()];
    for (List<String> line : table) {
      for (int i = 0; i < line.size(); i++) {
        width[i] = Math.max(width[i], line.get(i).length());
      }
    }
    StringBuilder s = new StringBuilder();
    for (List<String> line : table) {
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < line.size(); i++) {
        l.append("  ").append(line.get(i)).append(" ".repeat(width[i] - line.get(i).length()));
      }
      s.append(l.toString().stripTrailing()).append('\n');
    }
    return s.toString();
  }
}
