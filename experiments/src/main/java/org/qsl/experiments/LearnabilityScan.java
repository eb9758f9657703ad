package org.qsl.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qsl.experiments.RequiredParameters.Observation;

/**
 * The paper's experiment: for each qubit count n, circuit instance and seed, train every learner
 * at every size of its grid with a fixed budget and score it on fresh samples; then, per n and
 * learner, estimate the parameters needed to meet a criterion ({@link RequiredParameters}) and
 * fit exponential and polynomial growth in n ({@link ScalingFit}).
 *
 * <p>Unless the full grid is asked for, a learner's grid at one n stops after the first size at
 * which every replicate meets the criterion: larger models cannot change the estimate or its
 * bootstrap interval (a mean of passing scores passes), and they are the expensive ones.
 *
 * <p>Results go to a run folder ({@link ResultLog}); running the same scan again computes only
 * the configurations without a row, so a killed scan resumes where it stopped.
 */
public final class LearnabilityScan {

  /**
   * What a learnability scan trains.
   *
   * @param qubits the qubit counts n (for circuit files: the counts to keep, all if empty)
   * @param circuits where the circuits come from
   * @param instances circuit instances per n
   * @param seeds training seeds per circuit (0, 1, ...)
   * @param target the target made from each circuit's distribution, usually {@code natural}
   * @param sizes each learner's grid of sizes, in the order the learners are reported
   * @param budget training samples, epochs and test samples of every model
   * @param criterion when a model counts as having learned
   * @param fullGrid train every size even after every replicate has met the criterion
   */
  public record Settings(List<Integer> qubits, CircuitFamily circuits, int instances, int seeds,
      String target, Map<String, List<Integer>> sizes, Budget budget, Criterion criterion,
      boolean fullGrid) {

    /** Keeps copies: the learners in their order, each grid ascending without repeats. */
    public Settings {
      qubits = List.copyOf(qubits);
      sizes = new LinkedHashMap<>(sizes);
      sizes.replaceAll((learner, grid) -> grid.stream().distinct().sorted().toList());
      if (instances < 1) {
        throw new IllegalArgumentException("instances must be >= 1, got " + instances);
      }
    }
  }

  private final Settings settings;

  /** A scan with {@code settings}. */
  public LearnabilityScan(Settings settings) {
    this.settings = settings;
  }

  /** The settings. */
  public Settings settings() {
    return settings;
  }

  /** Every configuration of the scan, in the order it runs them. */
  public List<Configuration> plan() {
    List<ScanPlan.Model> models = new ArrayList<>();
    settings.sizes().forEach((learner, grid) ->
        grid.forEach(size -> models.add(new ScanPlan.Model(learner, size))));
    return ScanPlan.of(settings.circuits().instances(settings.qubits(), settings.instances()),
        settings.seeds(), List.of(settings.target()), models, settings.budget());
  }

  /**
   * Runs the configurations without a row in {@code folder} (at most {@code limit} of them) and
   * analyses every row of the scan there.
   */
  public LearnabilityResult run(Path folder, ConfigurationRunner runner, ScanListener listener,
      int limit) {
    List<Configuration> plan = plan();
    Map<List<Object>, List<Configuration>> replicates = new HashMap<>();
    for (Configuration c : plan) {
      replicates.computeIfAbsent(model(c, c.size()), k -> new ArrayList<>()).add(c);
    }
    ScanRun.Outcome outcome = ScanRun.run(plan, folder, runner, listener, limit,
        settings.fullGrid() ? ScanRun.Unneeded.NEVER
            : (c, done) -> passedAtSmallerSize(c, done, replicates));
    return analyse(outcome.rows(), settings.criterion(), outcome.remaining());
  }

  /** The key of {@code c}'s n, target and learner at {@code size}. */
  private static List<Object> model(Configuration c, int size) {
    return List.of(c.qubits(), c.target(), c.learner(), size);
  }

  /** Whether every replicate of a smaller size of {@code c}'s learner met the criterion. */
  private boolean passedAtSmallerSize(Configuration c, Map<Configuration, ResultRow> done,
      Map<List<Object>, List<Configuration>> replicates) {
    Criterion criterion = settings.criterion();
    for (int size : settings.sizes().get(c.learner())) {
      if (size >= c.size()) {
        return false;
      }
      if (replicates.get(model(c, size)).stream().allMatch(r -> done.containsKey(r)
          && criterion.passes(done.get(r).scores().of(criterion.metric())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The requirements and fits of {@code rows} under {@code criterion}.
   *
   * @param remaining configurations of the scan still to run (0 for a complete scan)
   */
  public static LearnabilityResult analyse(List<ResultRow> rows, Criterion criterion,
      int remaining) {
    Map<String, Map<Integer, List<Observation>>> byLearner = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      Configuration c = r.configuration();
      byLearner.computeIfAbsent(c.learner(), l -> new TreeMap<>())
          .computeIfAbsent(c.qubits(), n -> new ArrayList<>())
          .add(new Observation(c.replicate(), r.parameters(), r.scores().of(criterion.metric())));
    }
    List<Requirement> requirements = new ArrayList<>();
    Map<String, ScalingFit> fits = new TreeMap<>();
    byLearner.forEach((learner, byQubits) -> {
      List<Requirement> own = new ArrayList<>();
      byQubits.forEach((n, observations) -> own.add(RequiredParameters.estimate(n, learner,
          observations, criterion, 31L * n + learner.hashCode())));
      requirements.addAll(own);
      List<Requirement> crossed = own.stream().filter(Requirement::crossed).toList();
      if (crossed.size() >= ScalingFit.LAW_PARAMETERS) {
        fits.put(learner, ScalingFit.of(
            crossed.stream().mapToDouble(Requirement::qubits).toArray(),
            crossed.stream().mapToDouble(Requirement::parameters).toArray()));
      }
    });
    return new LearnabilityResult(criterion, rows, requirements, fits, remaining);
  }
}
