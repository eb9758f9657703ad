package org.qsl.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.experiments.ResultLog;

class ComplexityCommandTest {
  @TempDir
  Path dir;

  @Test
  void tabulatesTheMeanOverSeedsOfEveryTarget() throws IOException {
    CliRun r = CliRun.qsl("complexity", "--qubits", "3", "--learners", "product",
        "--targets", "natural,sorted,subset-parity:2", "--circuits", "brickwork:4", "--seeds",
        "2", "--train-samples", "300", "--test-samples", "300", "--epochs", "1", "--out",
        dir.toString());
    assertEquals(0, r.status(), r.err());
    List<String> summary = Files.readAllLines(dir.resolve(ScanReport.SUMMARY));
    assertEquals(List.of("Normalised linear XEB per target (mean +- standard error over"
        + " replicates)", "  target           product (3 parameters)"), summary.subList(0, 2));

    // the same means and standard errors from the CSV's exact normalised XEB column
    List<String> csv = Files.readAllLines(dir.resolve(ResultLog.TABLE));
    List<String> header = List.of(csv.get(0).split(","));
    int target = header.indexOf("target");
    int xeb = header.indexOf("exact_normalised_xeb");
    List<String> targets = List.of("natural", "sorted", "subset-parity:2");
    for (int t = 0; t < 3; t++) {
      String name = targets.get(t);
      double[] v = csv.stream().skip(1).map(l -> l.split(",")).filter(f -> f[target].equals(name))
          .mapToDouble(f -> Double.parseDouble(f[xeb])).toArray();
      assertEquals(2, v.length);
      double mean = (v[0] + v[1]) / 2;
      double se = Math.abs(v[0] - v[1]) / 2; // sd / sqrt(2) with sd = |a - b| / sqrt(2)
      String line = summary.get(2 + t);
      assertEquals(String.format(Locale.ROOT, "  %-15s  %.3f +- %.3f", name, mean, se), line);
    }
    assertTrue(Files.size(dir.resolve("complexity-n3.png")) > 0);
  }
}
