package org.qsl.experiments.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qsl.experiments.ComplexityScan;
import org.qsl.experiments.LearnabilityResult;
import org.qsl.experiments.ResultRow;

/** Writes the charts of a scan's result into its run folder, PNG and SVG each. */
public final class ScanCharts {
  private ScanCharts() {}

  /**
   * The learnability charts: score against size for each learner, parameters needed against n
   * with the fits, and each learner's training curves at the largest n.
   *
   * @return the files written
   */
  public static List<Path> learnability(LearnabilityResult result, Path folder) {
    List<Path> files = new ArrayList<>();
    String metric = result.criterion().metric().name().toLowerCase(Locale.ROOT);
    int largest = result.rows().stream().mapToInt(r -> r.configuration().qubits()).max()
        .orElse(0);
    for (String learner : ResultRow.learners(result.rows())) {
      files.addAll(ChartFiles.save(Charts.scoreVersusSize(result.rows(), learner,
          result.criterion()), folder, metric + "-vs-parameters-" + learner));
      files.addAll(ChartFiles.save(Charts.trainingCurves(result.rows(), learner, largest),
          folder, "training-" + learner + "-n" + largest));
    }
    files.addAll(ChartFiles.save(Charts.requiredParameters(result), folder,
        "parameters-needed"));
    return files;
  }

  /** The complexity bars. @return the files written */
  public static List<Path> complexity(ComplexityScan.Result result, int qubits, Path folder) {
    return ChartFiles.save(Charts.complexity(result, qubits), folder, "complexity-n" + qubits);
  }

  /**
   * The Porter-Thomas chart of a target's probabilities, named {@code porter-thomas-<label>}.
   *
   * @return the files written
   */
  public static List<Path> porterThomas(double[] probabilities, String label, Path folder) {
    return ChartFiles.save(Charts.porterThomas(probabilities, "Porter-Thomas check: " + label),
        folder, "porter-thomas-" + label.replaceAll("[^A-Za-z0-9.-]+", "-"));
  }
}
