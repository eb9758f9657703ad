package org.qsl.experiments.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.qsl.experiments.Budget;
import org.qsl.experiments.CircuitFamily;
import org.qsl.experiments.Configuration;
import org.qsl.experiments.Criterion;
import org.qsl.experiments.LearnabilityResult;
import org.qsl.experiments.LearnabilityScan;
import org.qsl.experiments.Requirement;
import org.qsl.experiments.ResultRow;
import org.qsl.experiments.Scores;

class ChartsTest {
  @TempDir
  Path dir;

  /** A row whose XEB is exactly {@code xeb}. */
  private static ResultRow row(int qubits, int size, long parameters, long seed, double xeb) {
    Configuration c = new Configuration(qubits, "brickwork:4", 0, "natural", "lstm", size, 100, 3,
        100, seed);
    return new ResultRow(c, "units", parameters, new Scores(xeb, xeb, 1, null, null, 0, xeb),
        List.of(0.9, 0.7, 0.6), 1, 1, "2024-01-01T00:00:00Z", Map.of(), "");
  }

  /** Crossings at n = 4, 5, 6: 0.5 -> 1.0 between P and 4P, so each at 2P, P = 10, 20, 40. */
  private static LearnabilityResult result() {
    List<ResultRow> rows = new ArrayList<>();
    for (int n = 4; n <= 6; n++) {
      long p = 10L << (n - 4);
      for (long seed = 0; seed < 2; seed++) {
        rows.add(row(n, 1, p, seed, 0.8));
        rows.add(row(n, 2, 4 * p, seed, 1.0));
      }
    }
    return LearnabilityScan.analyse(rows, Criterion.DEFAULT, 0);
  }

  @Test
  void requiredParametersShowsTheCrossingsAndBothFits() {
    LearnabilityResult r = result();
    assertEquals(List.of(20.0, 40.0, 80.0),
        r.requirements().stream().map(Requirement::parameters).map(Math::rint).toList());
    XYChart chart = Charts.requiredParameters(r);
    Map<String, XYSeries> series = new LinkedHashMap<>();
    chart.getSeriesCollection().forEach(x -> series.put(x.getName(), x));
    assertArrayEquals(new double[] {4, 5, 6}, series.get("lstm").getXData());
    assertArrayEquals(new double[] {20, 40, 80}, series.get("lstm").getYData(), 1e-9);
    // P doubles per qubit: the exponential law is exact, R^2 = 1, and passes through 80 at n = 6.
    String exponential = series.keySet().stream().filter(k -> k.startsWith("lstm exponential"))
        .findFirst().orElseThrow();
    assertTrue(exponential.endsWith("R^2 1.000"), exponential);
    double[] y = series.get(exponential).getYData();
    assertEquals(80, y[y.length - 1], 1e-9);
    assertTrue(series.keySet().stream().anyMatch(k -> k.startsWith("lstm polynomial")));
  }

  @Test
  void porterThomasHistogramIsADensity() {
    // N = 4 probabilities (0.05, 0.05, 0.3, 0.6): N p = 0.2, 0.2, 1.2, 2.4 fall in the bins
    // [0, 0.25), [1, 1.25), [2.25, 2.5) with density count / (N * 0.25) = 2, 1, 1.
    XYChart chart = Charts.porterThomas(new double[] {0.05, 0.05, 0.3, 0.6}, "test");
    XYSeries h = chart.getSeries("histogram of N p (N = 4)");
    assertArrayEquals(new double[] {0.125, 1.125, 2.375}, h.getXData(), 1e-12);
    assertArrayEquals(new double[] {2, 1, 1}, h.getYData(), 1e-12);
  }

  @Test
  void scanChartsAreWrittenAsPngAndSvg() throws IOException {
    List<Path> files = ScanCharts.learnability(result(), dir);
    assertEquals(List.of("xeb-vs-parameters-lstm.png", "xeb-vs-parameters-lstm.svg",
        "training-lstm-n6.png", "training-lstm-n6.svg", "parameters-needed.png",
        "parameters-needed.svg"), files.stream().map(f -> f.getFileName().toString()).toList());
    BufferedImage png = ImageIO.read(dir.resolve("parameters-needed.png").toFile());
    assertEquals(800, png.getWidth());
    assertEquals(560, png.getHeight());
    String svg = Files.readString(dir.resolve("parameters-needed.svg"));
    assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
  }
}
