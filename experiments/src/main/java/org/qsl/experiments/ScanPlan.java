package org.qsl.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qsl.experiments.CircuitFamily.CircuitInstance;

/**
 * The configurations of a scan, in the order they run: by n, target, learner and size, then the
 * replicates (circuit instances and seeds) of each, so that all replicates of a model size are
 * done before the next size starts (which is what lets a learnability scan stop a grid early).
 */
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
    Map<Integer, List<CircuitInstance>> byQubits = new TreeMap<>();
    for (CircuitInstance c : circuits) {
      byQubits.computeIfAbsent(c.qubits(), n -> new ArrayList<>()).add(c);
    }
    List<Configuration> plan = new ArrayList<>();
    for (List<CircuitInstance> instances : byQubits.values()) {
      for (String target : targets) {
        for (Model m : models) {
          for (CircuitInstance c : instances) {
            for (int seed = 0; seed < seeds; seed++) {
              plan.add(new Configuration(c.qubits(), c.circuit(), c.instance(), target,
                  m.learner(), m.size(), budget.trainSamples(), budget.epochs(),
                  budget.testSamples(), seed));
            }
          }
        }
      }
    }
    return plan;
  }
}
