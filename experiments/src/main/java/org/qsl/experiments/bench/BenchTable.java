package org.qsl.experiments.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Benchmark points as Markdown tables: one per group and unit, a row per series and a column per
 * value of the parameter along which they run; with a baseline series, a row per other series
 * gives its ratio to the baseline (for times, how many times slower than the baseline).
 */
public final class BenchTable {
  private BenchTable() {}

  /**
   * The tables of {@code points}.
   *
   * @param along the name of the parameter the columns stand for, e.g. "qubits"
   * @param baseline a series name whose ratio rows to add, or null for none
   */
  public static String markdown(List<BenchResults.Point> points, String along, String baseline) {
    StringBuilder md = new StringBuilder();
    for (Map.Entry<String, List<BenchResults.Point>> g : BenchResults.byGroup(points).entrySet()) {
      List<BenchResults.Point> group = g.getValue();
      TreeSet<Double> xs = group.stream().map(BenchResults.Point::x)
          .collect(Collectors.toCollection(TreeSet::new));
      Map<String, Map<Double, Double>> rows = new LinkedHashMap<>();
      for (BenchResults.Point p : group) {
        rows.computeIfAbsent(p.series(), s -> new LinkedHashMap<>()).put(p.x(), p.median());
      }
      md.append("**").append(g.getKey()).append("** (median)\n\n| series |");
      xs.forEach(x -> md.append(' ').append(along).append('=').append(number(x)).append(" |"));
      md.append("\n|---|").append("---|".repeat(xs.size())).append('\n');
      rows.forEach((series, values) -> row(md, series, xs, values));
      Map<Double, Double> base = baseline == null ? null : rows.get(baseline);
      if (base != null) {
        rows.forEach((series, values) -> {
          if (!series.equals(baseline)) {
            Map<Double, Double> ratio = new LinkedHashMap<>();
            values.forEach((x, v) -> {
              if (base.containsKey(x)) {
                ratio.put(x, v / base.get(x));
              }
            });
            row(md, series + " / " + baseline, xs, ratio);
          }
        });
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String series, TreeSet<Double> xs,
      Map<Double, Double> values) {
    md.append("| ").append(series).append(" |");
    for (double x : xs) {
      Double v = values.get(x);
      md.append(' ').append(v == null ? "—" : number(v)).append(" |");
    }
    md.append('\n');
  }

  /** Three significant digits, plain for moderate magnitudes. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return Long.toString((long) v);
    }
    if (v == 0 || (Math.abs(v) >= 1e-4 && Math.abs(v) < 1e6)) {
      return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
    return String.format(java.util.Locale.ROOT, "%.2e", v);
  }
}
