package org.qsl.experiments.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

/** {@code qsl scan}: the learnability scan over n, learners and model sizes. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {"Learnability scan: for each n, circuit instance and seed, trains every learner"
        + " at every size of its grid with a fixed budget, scores it on fresh samples, and reports"
        + " the parameters each learner needs to reach the threshold, with exponential and"
        + " polynomial fits in n.",
        "Results, summary and charts go to a run folder; running the same command again resumes"
            + " there."})
final class ScanCommand implements Callable<Integer> {
  @Option(names = "--qubits", paramLabel = "N", defaultValue = "4..12",
      description = "qubit counts: 4..14, 4,6,8 or a mix (default: ${DEFAULT-VALUE})")
  String qubits;

  @Option(names = "--sizes", paramLabel = "LEARNER=S,S,...",
      description = "a learner's size grid, e.g. lstm=2,4,8,16 (default: the learner's own,"
          + " e.g. lstm 2..512 units); repeatable")
  Map<String, String> sizes = new LinkedHashMap<>();

  @Option(names = "--target", paramLabel = "TARGET", defaultValue = "natural",
      description = "the target made from each circuit (default: ${DEFAULT-VALUE})")
  String target;

  @Option(names = "--metric", paramLabel = "xeb|kl", defaultValue = "xeb",
      description = "the score the threshold applies to: normalised linear XEB (at least) or KL"
          + " divergence in nats (at most) (default: ${DEFAULT-VALUE})")
  String metric;

  @Option(names = "--threshold", paramLabel = "T",
      description = "the threshold (default: 0.9 for xeb; required for kl)")
  Double threshold;

  @Option(names = "--full-grid",
      description = "train every size of every grid; by default a learner's grid at one n stops"
          + " after the first size at which every replicate meets the threshold")
  boolean fullGrid;

  @Mixin
  ScanOptions options = ScanOptions.defaults();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Criterion.Metric m;
    try {
      m = Criterion.Metric.valueOf(metric.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--metric must be xeb or kl, got '" + metric + "'");
    }
    if (threshold == null && m == Criterion.Metric.KL) {
      throw new IllegalArgumentException("--metric kl needs a --threshold (in nats)");
    }
    Criterion criterion = new Criterion(m, threshold == null ? Criterion.DEFAULT.threshold()
        : threshold);
    return ScanReport.learnability(spec, new LearnabilityScan(settings(qubits, sizes, target,
        criterion, fullGrid, options)), options, "scan");
  }

  /** The settings of a learnability scan from the command line's values. */
  static LearnabilityScan.Settings settings(String qubits, Map<String, String> sizes,
      String target, Criterion criterion, boolean fullGrid, ScanOptions options) {
    List<SizeKnob> knobs = options.knobs();
    ScanOptions.forLearners(sizes, knobs, "--sizes");
    Map<String, List<Integer>> grids = new LinkedHashMap<>();
    for (SizeKnob k : knobs) {
      String given = sizes.get(k.learner());
      grids.put(k.learner(), given == null ? k.grid() : ScanOptions.sizes(k.learner(), given));
    }
    return new LearnabilityScan.Settings(ScanOptions.qubits(qubits), options.family(),
        options.instances, options.seeds, target, grids, options.budget(), criterion, fullGrid);
  }
}
