package org.qsl.experiments;

import java.util.ArrayList;
import java.util.List;
import org.qsl.experiments.CircuitFamily.CircuitInstance;

/** The configurations of a scan, in the order they run: by n, circuit, seed, target, learner. */
final class ScanPlan {

  /** One learner at one value of its size knob. */
  record Model(String learner, int size) {}

  private ScanPlan() {}

  static List<Configuration> of(List<CircuitInstance> circuits, int seeds, List<String> targets,
      List<Model> models, Budget budget) {
    if (seeds < 1) {
      throw new IllegalArgumentException("seeds must be >= 1, got " + seeds);
    }
    if (circuits.isEmpty() || targets.isEmpty() || models.isEmpty()) {
      throw new IllegalArgumentException("the scan has nothing to run: " + circuits.size()
          + " circuits, " + targets.size() + " targets, " + models.size() + " models");
    }
    List<Configuration> plan = new ArrayList<>();
    for (CircuitInstance c : circuits) {
      for (int seed = 0; seed < seeds; seed++) {
        for (String target : targets) {
          for (Model m : models) {
            plan.add(new Configuration(c.qubits(), c.circuit(), c.instance(), target,
                m.learner(), m.size(), budget.trainSamples(), budget.epochs(),
                budget.testSamples(), seed));
          }
        }
      }
    }
    return plan;
  }
}
