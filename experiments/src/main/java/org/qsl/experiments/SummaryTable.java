package org.qsl.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The plain-text tables a scan prints at its end and writes to {@code summary.txt}. */
public final class SummaryTable {
  private SummaryTable() {}

  /**
   * Parameters needed per n (rows) and learner (columns) with their intervals, then each
   * learner's scaling fits and the law the data prefer.
   */
  public static String learnability(LearnabilityResult result) {
    List<String> learners = ResultRow.learners(result.rows());
    Map<List<Object>, Requirement> byCell = new LinkedHashMap<>();
    TreeSet<Integer> qubits = new TreeSet<>();
    for (Requirement r : result.requirements()) {
      byCell.put(List.of(r.learner(), r.qubits()), r);
      qubits.add(r.qubits());
    }
    List<List<String>> table = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("n"));
    header.addAll(learners);
    table.add(header);
    for (int n : qubits) {
      List<String> line = new ArrayList<>(List.of(String.valueOf(n)));
      for (String learner : learners) {
        Requirement r = byCell.get(List.of(learner, n));
        line.add(r == null ? "-" : r.formatParameters(largestTrained(result.rows(), learner, n))
            + (r.bound() == Requirement.Bound.CROSSED ? " " + r.formatInterval() : ""));
      }
      table.add(line);
    }
    int replicates = result.requirements().stream().mapToInt(Requirement::replicates).max()
        .orElse(0);
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "Parameters needed for %s (%.0f%% bootstrap interval over up to %d replicates)%n",
        result.criterion(), 100 * RequiredParameters.CONFIDENCE, replicates));
    s.append(columns(table));
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
