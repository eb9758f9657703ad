package org.qsl.experiments.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.qsl.experiments.bench.BenchResults;

/** Charts of benchmark results: per group, each series against the parameter, log scale. */
public final class BenchCharts {
  private BenchCharts() {}

  /**
   * One chart per group and unit of {@code points}, written as {@code bench-GROUP.png} and
   * {@code .svg} into {@code folder}.
   *
   * @return the files written
   */
  public static List<Path> save(List<BenchResults.Point> points, String along, Path folder) {
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, List<BenchResults.Point>> g : BenchResults.byGroup(points).entrySet()) {
      String unit = g.getValue().get(0).unit();
      XYChart chart = Charts.xy(g.getKey(), along, unit.equals("s/op")
          ? "seconds per operation (median)" : "operations per second (median)");
      chart.getStyler().setYAxisLogarithmic(true);
      chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
      Map<String, List<BenchResults.Point>> series = new LinkedHashMap<>();
      g.getValue().forEach(p -> series.computeIfAbsent(p.series(), s -> new ArrayList<>())
          .add(p));
      int i = 0;
      for (Map.Entry<String, List<BenchResults.Point>> s : series.entrySet()) {
        List<BenchResults.Point> line = new ArrayList<>(s.getValue());
        line.sort((a, b) -> Double.compare(a.x(), b.x()));
        Charts.paint(chart.addSeries(s.getKey(),
            line.stream().mapToDouble(BenchResults.Point::x).toArray(),
            line.stream().mapToDouble(BenchResults.Point::median).toArray()), Charts.colour(i++));
      }
      String name = "bench-" + g.getKey().replaceAll("[^A-Za-z0-9.-]+", "-");
      files.addAll(ChartFiles.save(chart, folder, name));
    }
    return files;
  }
}
