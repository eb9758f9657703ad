package org.qsl.experiments.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.qsl.experiments.ComplexityScan;
import org.qsl.learners.SizeKnob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qsl complexity}: learners x targets of graded structure at one n. */
@Command(
    name = "complexity",
    mixinStandardHelpOptions = true,
    description = {"Complexity scan: at one n, trains each learner at one size on targets of"
        + " graded structure made from the same circuits (natural, shuffled, sorted, grouped by"
        + " the weight or parity of k bits, depolarised) and tabulates normalised scores.",
        "Results, summary and chart go to a run folder; running the same command again resumes"
            + " there."})
final class ComplexityCommand implements Callable<Integer> {
  /** Fidelity of the depolarised target among the defaults. */
  static final double DEFAULT_FIDELITY = 0.5;

  @Option(names = "--qubits", paramLabel = "N", defaultValue = "10",
      description = "the qubit count (default: ${DEFAULT-VALUE})")
  int qubits;

  @Option(names = "--size", paramLabel = "LEARNER=S",
      description = "a learner's size (default: the middle of its grid, e.g. lstm 32);"
          + " repeatable")
  Map<String, Integer> sizes = new LinkedHashMap<>();

  @Option(names = "--targets", split = ",", paramLabel = "TARGET",
      description = "targets (default: natural, shuffled, sorted, subset-weight:1..N,"
          + " subset-parity:1..N, depolarised:" + DEFAULT_FIDELITY + ")")
  List<String> targets;

  @Mixin
  ScanOptions options = ScanOptions.defaults();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<SizeKnob> knobs = options.knobs();
    ScanOptions.forLearners(sizes, knobs, "--size");
    Map<String, Integer> chosen = new LinkedHashMap<>();
    for (SizeKnob k : knobs) {
      chosen.put(k.learner(), sizes.getOrDefault(k.learner(),
          k.grid().get(k.grid().size() / 2)));
    }
    ComplexityScan scan = new ComplexityScan(new ComplexityScan.Settings(qubits,
        options.family(), options.instances, options.seeds, chosen,
        targets == null ? ComplexityScan.defaultTargets(qubits, DEFAULT_FIDELITY) : targets,
        options.budget()));
    return ScanReport.complexity(spec, scan, options);
  }
}
