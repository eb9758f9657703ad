package org.qsl.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qsl.circuits.io.AtomicFiles;
import org.qsl.experiments.bench.BenchResults;
import org.qsl.experiments.bench.BenchTable;
import org.qsl.experiments.charts.BenchCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qsl bench-report}: JMH JSON results -> charts and a Markdown table. */
@Command(name = "bench-report", mixinStandardHelpOptions = true,
    description = "Renders JMH results (JSON from -rf json) as charts (PNG and SVG, one per"
        + " benchmark method) and Markdown tables (medians, a row per series).")
final class BenchReportCommand implements Callable<Integer> {
  static final String TABLE = "bench-report.md";

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RESULTS.json", description = "JMH JSON files")
  List<Path> results;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "bench-report",
      description = "folder for the charts and " + TABLE + " (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--along", paramLabel = "PARAM", defaultValue = "qubits",
      description = "the benchmark parameter on the x axis (default: ${DEFAULT-VALUE})")
  String along;

  @Option(names = "--baseline", paramLabel = "SERIES",
      description = "add each other series' ratio to this one, e.g. CpuScaling")
  String baseline;

  @Override
  public Integer call() throws IOException {
    List<BenchResults.Point> points = BenchResults.read(results, along);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("no result in " + results + " has a parameter '"
          + along + "'");
    }
    Files.createDirectories(out);
    String table = BenchTable.markdown(points, along, baseline);
    AtomicFiles.writeText(out.resolve(TABLE), w -> w.write(table));
    List<Path> charts = BenchCharts.save(points, along, out);
    PrintWriter o = spec.commandLine().getOut();
    o.print(table);
    o.println("Written: " + out.resolve(TABLE));
    charts.forEach(c -> o.println("         " + c));
    o.flush();
    return 0;
  }
}
