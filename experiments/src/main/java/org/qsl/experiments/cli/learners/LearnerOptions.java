package org.qsl.experiments.cli.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.qsl.learners.Learner;

/**
 * The command-line options of one learner for {@code qsl train --learner NAME}: a class with
 * picocli {@code @Option} fields (initialised to the learner's defaults) that builds the learner.
 * Each learner registers its class in
 * {@code META-INF/services/org.qsl.experiments.cli.learners.LearnerOptions}. The options
 * {@code --seed}, {@code --samples}, {@code --out} and {@code --checkpoints} belong to
 * {@code qsl train} and must not be redefined.
 */
public interface LearnerOptions {

  /** The learner's registered name, as given to {@code --learner}. */
  String learner();

  /** An untrained learner for {@code qubits}-bit samples, configured by the parsed options. */
  Learner create(int qubits, long seed);

  /** Fresh (unparsed) options of every registered learner, sorted by name. */
  static List<LearnerOptions> all() {
    List<LearnerOptions> all = new ArrayList<>();
    ServiceLoader.load(LearnerOptions.class).forEach(all::add);
    all.sort((a, b) -> a.learner().compareTo(b.learner()));
    return all;
  }

  /**
   * Fresh options of the learner called {@code name}.
   *
   * @throws IllegalArgumentException naming the learners there are, if there is none such
   */
  static LearnerOptions of(String name) {
    List<LearnerOptions> all = all();
    return all.stream().filter(o -> o.learner().equals(name)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("unknown learner '" + name + "'; available: "
            + all.stream().map(LearnerOptions::learner).collect(Collectors.joining(", "))));
  }
}
