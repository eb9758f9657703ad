package org.qsl.experiments.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.qsl.experiments.ComplexityScan;
import org.qsl.experiments.Configuration;
import org.qsl.experiments.Criterion;
import org.qsl.experiments.LearnabilityResult;
import org.qsl.experiments.Requirement;
import org.qsl.experiments.ResultRow;
import org.qsl.experiments.ScalingFit;

/**
 * The figures of the study as XChart charts (save them with {@link ChartFiles}; a notebook can
 * show them directly).
 */
public final class Charts {
  private static final int WIDTH = 800;
  private static final int HEIGHT = 560;
  /** Colour-blind-safe (Okabe-Ito), one per learner or n, in order. */
  private static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0),
      new Color(0, 158, 115), new Color(204, 121, 167), new Color(230, 159, 0),
      new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66)};

  static {
    ChartFiles.headless();
  }

  private Charts() {}

  static Color colour(int i) {
    return PALETTE[i % PALETTE.length];
  }

  static void paint(XYSeries series, Color colour) {
    series.setLineColor(colour);
    series.setMarkerColor(colour);
  }

  static XYChart xy(String title, String x, String y) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x)
        .yAxisTitle(y).build();
    chart.getStyler().setLegendPosition(LegendPosition.InsideSE);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    return chart;
  }

  /**
   * The score of {@code learner}'s models against their parameter count (log axis), one line per
   * n, each point the mean over replicates, with the criterion's threshold dashed.
   */
  public static XYChart scoreVersusSize(List<ResultRow> rows, String learner,
      Criterion criterion) {
    XYChart chart = xy(learner + ": " + criterion.metric().label() + " against model size",
        "parameters", criterion.metric().label());
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setXAxisLogarithmicDecadeOnly(false);
    chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
    Map<Integer, TreeMap<Long, double[]>> curves = new TreeMap<>();
    for (ResultRow r : rows) {
      Configuration c = r.configuration();
      if (c.learner().equals(learner)) {
        double[] sum = curves.computeIfAbsent(c.qubits(), n -> new TreeMap<>())
            .computeIfAbsent(r.parameters(), p -> new double[2]);
        sum[0] += r.scores().of(criterion.metric());
        sum[1]++;
      }
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    int i = 0;
    for (var e : curves.entrySet()) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      e.getValue().forEach((p, sum) -> {
        x.add(p.doubleValue());
        y.add(sum[0] / sum[1]);
      });
      lo = Math.min(lo, x.get(0));
      hi = Math.max(hi, x.get(x.size() - 1));
      XYSeries s = chart.addSeries("n = " + e.getKey(), x, y);
      paint(s, colour(i++));
      s.setMarker(SeriesMarkers.CIRCLE);
    }
    if (hi > 0) {
      XYSeries t = chart.addSeries("threshold " + criterion.threshold(), new double[] {lo, hi},
          new double[] {criterion.threshold(), criterion.threshold()});
      t.setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY);
      t.setLineStyle(SeriesLines.DASH_DASH);
    }
    return chart;
  }

  /**
   * Parameters needed against n on a log axis: each learner's crossings with their bootstrap
   * intervals, and its exponential (dashed) and polynomial (dotted) fits.
   */
  public static XYChart requiredParameters(LearnabilityResult result) {
    XYChart chart = xy("Parameters needed for " + result.criterion(), "qubits n",
        "parameters (log scale)");
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmicDecadeOnly(false);
    chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
    Map<String, List<Requirement>> byLearner = new LinkedHashMap<>();
    for (Requirement r : result.requirements()) {
      if (r.crossed()) {
        byLearner.computeIfAbsent(r.learner(), l -> new ArrayList<>()).add(r);
      }
    }
    int i = 0;
    for (var e : byLearner.entrySet()) {
      Color c = colour(i++);
      List<Requirement> points = e.getValue();
      XYSeries s = chart.addSeries(e.getKey(),
          points.stream().map(r -> (double) r.qubits()).toList(),
          points.stream().map(Requirement::parameters).toList());
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(c);
      for (Requirement r : points) {
        if (Double.isFinite(r.upper()) && r.upper() > r.lower()) {
          XYSeries bar = chart.addSeries(e.getKey() + " interval n=" + r.qubits(),
              new double[] {r.qubits(), r.qubits()}, new double[] {r.lower(), r.upper()});
          bar.setMarker(SeriesMarkers.NONE).setLineColor(c).setShowInLegend(false);
        }
      }
      ScalingFit fit = result.fits().get(e.getKey());
      if (fit != null) {
        addLaw(chart, e.getKey(), fit.exponential(), points, c, SeriesLines.DASH_DASH);
        addLaw(chart, e.getKey(), fit.polynomial(), points, c, SeriesLines.DOT_DOT);
      }
    }
    if (byLearner.isEmpty()) {
      chart.setTitle(chart.getTitle() + " (no crossings yet)");
    }
    return chart;
  }

  private static void addLaw(XYChart chart, String learner, ScalingFit.Law law,
      List<Requirement> points, Color colour, BasicStroke stroke) {
    double from = points.get(0).qubits();
    double to = points.get(points.size() - 1).qubits();
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int k = 0; k <= 40; k++) {
      double n = from + (to - from) * k / 40;
      x.add(n);
      y.add(law.predict(n));
    }
    XYSeries s = chart.addSeries(String.format(Locale.ROOT, "%s %s fit, R^2 %.3f", learner,
        law.name(), law.rSquared()), x, y);
    s.setMarker(SeriesMarkers.NONE).setLineColor(colour);
    s.setLineStyle(stroke);
  }

  /**
   * The histogram of N p over all bitstrings of a target (density, log scale) next to the
   * Porter-Thomas law e^(-x) that random circuits follow.
   */
  public static XYChart porterThomas(double[] probabilities, String title) {
    XYChart chart = xy(title, "N p (probability relative to uniform)", "density (log scale)");
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
    double width = 0.25;
    int bins = 32;
    double n = probabilities.length;
    double[] counts = new double[bins];
    for (double p : probabilities) {
      int b = (int) (p * n / width);
      if (b < bins) {
        counts[b]++;
      }
    }
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      if (counts[b] > 0) {
        x.add((b + 0.5) * width);
        y.add(counts[b] / (n * width));
      }
    }
    XYSeries h = chart.addSeries(String.format(Locale.ROOT, "histogram of N p (N = %.0f)", n),
        x, y);
    paint(h, colour(0));
    h.setMarker(SeriesMarkers.SQUARE);
    h.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    double[] lx = new double[41];
    double[] ly = new double[41];
    for (int k = 0; k <= 40; k++) {
      lx[k] = bins * width * k / 40;
      ly[k] = Math.exp(-lx[k]);
    }
    XYSeries law = chart.addSeries("Porter-Thomas e^(-x)", lx, ly);
    law.setMarker(SeriesMarkers.NONE).setLineColor(colour(1));
    return chart;
  }

  /** Mean normalised XEB per target, one bar per learner, with standard errors. */
  public static CategoryChart complexity(ComplexityScan.Result result, int qubits) {
    CategoryChart chart = new CategoryChartBuilder().width(Math.max(WIDTH,
        40 * result.cells().size())).height(HEIGHT)
        .title("Normalised linear XEB per target, n = " + qubits).xAxisTitle("target")
        .yAxisTitle("normalised linear XEB").build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setXAxisLabelRotation(60);
    chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
    Map<String, List<ComplexityScan.Cell>> byLearner = new LinkedHashMap<>();
    for (ComplexityScan.Cell c : result.cells()) {
      byLearner.computeIfAbsent(c.learner(), l -> new ArrayList<>()).add(c);
    }
    int i = 0;
    for (var e : byLearner.entrySet()) {
      List<ComplexityScan.Cell> cells = e.getValue();
      chart.addSeries(e.getKey(), cells.stream().map(ComplexityScan.Cell::target).toList(),
          cells.stream().map(ComplexityScan.Cell::xeb).toList(),
          cells.stream().map(c -> Double.isNaN(c.xebStandardError()) ? 0
              : c.xebStandardError()).toList())
          .setFillColor(colour(i++));
    }
    return chart;
  }

  /**
   * Training loss per epoch of {@code learner}'s models at {@code qubits}, one line per size
   * (the first replicate of each).
   */
  public static XYChart trainingCurves(List<ResultRow> rows, String learner, int qubits) {
    XYChart chart = xy(learner + " training, n = " + qubits, "epoch", "mean training loss");
    chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
    Map<Integer, ResultRow> first = new TreeMap<>();
    for (ResultRow r : rows) {
      Configuration c = r.configuration();
      if (c.learner().equals(learner) && c.qubits() == qubits && !r.losses().isEmpty()) {
        first.putIfAbsent(c.size(), r);
      }
    }
    int i = 0;
    for (var e : first.entrySet()) {
      List<Double> loss = e.getValue().losses();
      List<Integer> epochs = new ArrayList<>();
      for (int k = 1; k <= loss.size(); k++) {
        epochs.add(k);
      }
      XYSeries s = chart.addSeries(e.getValue().knob() + " " + e.getKey() + " ("
          + e.getValue().parameters() + " parameters)", epochs, loss);
      paint(s, colour(i++));
    }
    return chart;
  }
}
