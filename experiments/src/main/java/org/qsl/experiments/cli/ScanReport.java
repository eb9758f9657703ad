package org.qsl.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qsl.circuits.io.AtomicFiles;
import org.qsl.experiments.ComplexityScan;
import org.qsl.experiments.Configuration;
import org.qsl.experiments.LearnabilityResult;
import org.qsl.experiments.LearnabilityScan;
import org.qsl.experiments.SummaryTable;
import org.qsl.experiments.TrainAndScore;
import org.qsl.experiments.charts.ScanCharts;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a scan for a command and reports it: progress while it runs, then the summary table
 * (printed and written to {@value #SUMMARY}), the charts, and where everything is.
 */
final class ScanReport {
  static final String SUMMARY = "summary.txt";

  private ScanReport() {}

  /** Runs {@code scan} into its folder; returns the exit status. */
  static int learnability(CommandSpec spec, LearnabilityScan scan, ScanOptions options,
      String kind) {
    List<Configuration> plan = scan.plan();
    Path folder = options.folder(kind, plan);
    TrainAndScore runner = new TrainAndScore(options.backend.simulator());
    long start = System.nanoTime();
    LearnabilityResult result;
    try (ScanProgress progress = new ScanProgress(kind, spec.commandLine().getErr())) {
      result = scan.run(folder, runner, progress, options.limit);
    }
    String table = SummaryTable.learnability(result);
    List<Path> charts = new ArrayList<>(ScanCharts.learnability(result, folder));
    Configuration last = plan.get(plan.size() - 1);
    charts.addAll(ScanCharts.porterThomas(runner.target(last.qubits(), last.circuit(),
        last.instance(), last.target()).toArray(), "n" + last.qubits() + " "
        + last.circuit() + " instance " + last.instance() + " " + last.target(), folder));
    return finish(spec, folder, table, charts, result.rows().size(), result.remaining(), start);
  }

  /** Runs {@code scan} into its folder; returns the exit status. */
  static int complexity(CommandSpec spec, ComplexityScan scan, ScanOptions options) {
    Path folder = options.folder("complexity", scan.plan());
    TrainAndScore runner = new TrainAndScore(options.backend.simulator());
    long start = System.nanoTime();
    ComplexityScan.Result result;
    try (ScanProgress progress = new ScanProgress("complexity", spec.commandLine().getErr())) {
      result = scan.run(folder, runner, progress, options.limit);
    }
    String table = SummaryTable.complexity(result);
    List<Path> charts = ScanCharts.complexity(result, scan.settings().qubits(), folder);
    return finish(spec, folder, table, charts, result.rows().size(), result.remaining(), start);
  }

  private static int finish(CommandSpec spec, Path folder, String table, List<Path> charts,
      int rows, int remaining, long start) {
    AtomicFiles.writeText(folder.resolve(SUMMARY), w -> w.write(table));
    PrintWriter out = spec.commandLine().getOut();
    out.println();
    out.print(table);
    out.printf(Locale.ROOT, "%nRun folder: %s%n  results.csv, results.jsonl: one row per"
        + " configuration%n  %s: the table above%n  charts, each as .png and .svg:%n", folder,
        SUMMARY);
    charts.stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png"))
        .forEach(n -> out.println("    " + n.substring(0, n.length() - ".png".length())));
    out.printf(Locale.ROOT, "%d configurations have a row, %d remain; this run took %s.%n", rows,
        remaining, ScanProgress.clock((System.nanoTime() - start) / 1e9));
    if (remaining > 0) {
      out.println("Run the same command again to compute the rest (it resumes in the folder).");
    }
    out.flush();
    return 0;
  }
}
