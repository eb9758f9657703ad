package org.qsl.experiments.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qsl.circuits.io.InputFormatException;

/**
 * JMH results (the JSON of {@code -rf json}) read as points: each benchmark and parameter set is a
 * series of medians against one parameter, such as the number of qubits. Scores are converted to
 * seconds per operation or operations per second, whatever unit JMH reported.
 */
public final class BenchResults {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Double> SECONDS = Map.of("s", 1.0, "ms", 1e-3, "us", 1e-6,
      "ns", 1e-9, "min", 60.0);

  private BenchResults() {}

  /**
   * One measured point.
   *
   * @param group the benchmark method's name ("simulate", "sample", "train")
   * @param series the benchmark class without "Benchmark", then the other parameters
   * @param x the value of the parameter the series runs along
   * @param median the median of the measured iterations, in {@code unit}
   * @param unit "s/op" or "ops/s"
   */
  public record Point(String group, String series, double x, double median, String unit) {}

  /**
   * The points of the given JMH JSON files, in file order, along parameter {@code along}
   * (results without that parameter are left out). A point of a later file replaces one of the
   * same group, series and x (a re-run of some sizes).
   *
   * @throws InputFormatException if a file is not JMH JSON output
   * @throws IOException if a file cannot be read
   */
  public static List<Point> read(List<Path> files, String along) throws IOException {
    Map<List<Object>, Point> points = new LinkedHashMap<>();
    for (Path file : files) {
      JsonNode root;
      try {
        root = JSON.readTree(Files.readString(file));
      } catch (JsonProcessingException e) {
        throw new InputFormatException(file.toString(), e.getLocation().getLineNr(),
            e.getLocation().getColumnNr(), e.getOriginalMessage());
      }
      if (root == null || !root.isArray()) {
        throw new InputFormatException(file.toString(), 1, 1,
            "expected a JSON array of JMH results (java -jar ... -rf json)");
      }
      for (JsonNode result : root) {
        Point p = point(file, result, along);
        if (p != null) {
          points.put(List.of(p.group(), p.series(), p.x()), p);
        }
      }
    }
    return new ArrayList<>(points.values());
  }

  private static Point point(Path file, JsonNode result, String along) {
    JsonNode metric = result.path("primaryMetric");
    String benchmark = result.path("benchmark").asText("");
    if (benchmark.isEmpty() || !metric.has("rawData") || !metric.has("scoreUnit")) {
      throw new InputFormatException(file.toString(), 1, 1,
          "a result without benchmark, primaryMetric.rawData and scoreUnit: not JMH output");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = result.path("params").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      params.put(e.getKey(), e.getValue().asText());
    }
    String x = params.remove(along);
    if (x == null) {
      return null;
    }
    String[] parts = benchmark.split("\\.");
    StringBuilder series = new StringBuilder(parts[parts.length - 2].replaceFirst(
        "Benchmark$", ""));
    params.forEach((k, v) -> series.append(' ').append(k).append('=').append(v));
    double[] raw = new double[0];
    for (JsonNode fork : metric.get("rawData")) {
      for (JsonNode v : fork) {
        raw = Arrays.copyOf(raw, raw.length + 1);
        raw[raw.length - 1] = v.asDouble();
      }
    }
    String unit = metric.get("scoreUnit").asText();
    double toStandard = toStandard(file, unit);
    return new Point(parts[parts.length - 1], series.toString(), Double.parseDouble(x),
        median(raw) * toStandard, unit.startsWith("ops/") ? "ops/s" : "s/op");
  }

  /** The factor from JMH's "ms/op" or "ops/ms" (and so on) to s/op or ops/s. */
  private static double toStandard(Path file, String unit) {
    String[] u = unit.split("/");
    boolean throughput = u.length == 2 && u[0].equals("ops");
    Double seconds = u.length == 2 ? SECONDS.get(throughput ? u[1] : u[0]) : null;
    if (seconds == null || !(throughput || u[1].equals("op"))) {
      throw new InputFormatException(file.toString(), 1, 1, "unknown score unit '" + unit + "'");
    }
    return throughput ? 1 / seconds : seconds;
  }

  /** The points by group and unit ("simulate, s/op"), in order of first appearance. */
  public static Map<String, List<Point>> byGroup(List<Point> points) {
    return points.stream().collect(Collectors.groupingBy(p -> p.group() + ", " + p.unit(),
        LinkedHashMap::new, Collectors.toList()));
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int mid = v.length / 2;
    return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  }
}
