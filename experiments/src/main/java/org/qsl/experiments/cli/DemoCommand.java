package org.qsl.experiments.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.qsl.experiments.Criterion;
import org.qsl.experiments.LearnabilityScan;
import org.qsl.learners.SizeKnob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qsl demo}: the main job on small defaults, a learnability scan that finishes in a few
 * minutes on two cores: n = 4..8, Sycamore-style circuits, every learner on the first sizes of its
 * grid, a small budget. It writes its table and charts into a run folder it names at the end.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {"A small learnability scan (n = 4..8, every learner, small size grids, small"
        + " budget) that takes a few minutes: prints the parameters each learner needs for"
        + " normalised linear XEB >= 0.9 and writes the table and charts to a run folder.",
        "Takes the circuit, learner, budget and run-folder options of qsl scan, with the demo's"
            + " defaults."})
final class DemoCommand implements Callable<Integer> {
  /** How many of the smallest sizes of each learner's grid the demo trains. */
  static final int SIZES = 4;

  @Option(names = "--qubits", paramLabel = "N", defaultValue = "4..8",
      description = "qubit counts (default: ${DEFAULT-VALUE})")
  String qubits;

  @Option(names = "--sizes", paramLabel = "LEARNER=S,S,...",
      description = "a learner's size grid (default: the first " + SIZES + " of its own)")
  Map<String, String> sizes = new LinkedHashMap<>();

  @Mixin
  ScanOptions options = new ScanOptions("sycamore:10", 4_000, 10, 4_000);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Map<String, String> grids = new LinkedHashMap<>();
    for (SizeKnob k : options.knobs()) {
      grids.put(k.learner(), String.join(",", k.grid().subList(0, Math.min(SIZES,
          k.grid().size())).stream().map(String::valueOf).toList()));
    }
    grids.putAll(sizes);
    return ScanReport.learnability(spec, new LearnabilityScan(
        ScanCommand.settings(qubits, grids, "natural", Criterion.DEFAULT, false, options)), options,
        "demo");
  }
}
