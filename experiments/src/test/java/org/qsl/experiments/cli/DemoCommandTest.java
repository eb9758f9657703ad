package org.qsl.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.experiments.ResultLog;

class DemoCommandTest {
  @TempDir
  Path dir;

  /** The demo on a tiny budget: the product baseline at n = 3, 4 (its XEB never reaches 0.9). */
  private CliRun demo(String... more) {
    List<String> args = new ArrayList<>(List.of("demo", "--qubits", "3..4",
        "--learners", "product", "--circuits", "brickwork:4", "--train-samples", "300",
        "--test-samples", "300", "--epochs", "2", "--out", dir.toString()));
    args.addAll(List.of(more));
    return CliRun.qsl(args.toArray(new String[0]));
  }

  @Test
  void runsTheScanWritesTableAndChartsAndResumes() throws IOException {
    CliRun first = demo();
    assertEquals(0, first.status(), first.err());
    assertTrue(first.err().contains("demo: 2 configurations planned, 0 already done, 2 to go"),
        first.err());
    List<String> summary = Files.readAllLines(dir.resolve(ScanReport.SUMMARY));
    assertEquals("Parameters needed for normalised linear XEB >= 0.9 (95% bootstrap interval"
        + " over up to 1 replicates)", summary.get(0));
    assertEquals(List.of("  n  product", "  3  > 3", "  4  > 4"), summary.subList(1, 4));
    List<String> csv = Files.readAllLines(dir.resolve(ResultLog.TABLE));
    int xeb = List.of(csv.get(0).split(",")).indexOf("exact_normalised_xeb");
    assertEquals(List.of("Best mean normalised linear XEB (at that many parameters):",
        "  n  product", String.format(Locale.ROOT, "  3  %.3f (3)",
            Double.parseDouble(csv.get(1).split(",")[xeb])), String.format(Locale.ROOT,
            "  4  %.3f (4)", Double.parseDouble(csv.get(2).split(",")[xeb]))),
        summary.subList(4, 8));
    assertTrue(first.out().contains(String.join("\n", summary)), first.out());
    assertTrue(first.out().contains("Run folder: " + dir), first.out());
    assertEquals(3, csv.size());
    for (String chart : List.of("xeb-vs-parameters-product", "parameters-needed",
        "training-product-n4", "porter-thomas-n4-brickwork-4-instance-0-natural")) {
      assertTrue(Files.size(dir.resolve(chart + ".png")) > 0, chart);
      assertTrue(Files.size(dir.resolve(chart + ".svg")) > 0, chart);
    }

    CliRun again = demo();
    assertEquals(0, again.status(), again.err());
    assertTrue(again.err().contains("2 configurations planned, 2 already done, 0 to go"),
        again.err());
    assertEquals(3, Files.readAllLines(dir.resolve(ResultLog.TABLE)).size());
  }

  @Test
  void badOptionsGiveOneLineAndStatus2() {
    CliRun range = CliRun.qsl("scan", "--qubits", "8..4");
    assertEquals(2, range.status());
    assertEquals("qsl scan: --qubits: '8..4' is not a qubit count or a range such as 4..8\n",
        range.err());
    CliRun kl = CliRun.qsl("scan", "--metric", "kl");
    assertEquals("qsl scan: --metric kl needs a --threshold (in nats)\n", kl.err());
    CliRun sizes = CliRun.qsl("scan", "--learners", "product", "--sizes", "lstm=2,4");
    assertEquals("qsl scan: --sizes names [lstm], which is not among the learners [product]\n",
        sizes.err());
    CliRun learner = CliRun.qsl("complexity", "--learners", "nope");
    assertTrue(learner.err().startsWith("qsl complexity: no learner 'nope' with a size knob;"
        + " available: "), learner.err());
    assertEquals(1, learner.err().lines().count());
  }
}
