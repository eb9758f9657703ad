package org.qsl.experiments.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qsl.experiments.Configuration;
import org.qsl.experiments.ResultLog;
import org.qsl.experiments.ResultRow;
import org.qsl.experiments.ScanListener;
import org.qsl.learners.SizeKnob;
import org.qsl.learners.TrainingListener;
import org.qsl.learners.TrainingProgress;

/**
 * Shows a scan's progress: one {@link ConsoleProgress} bar over all configurations this run
 * visits (its ETA is the overall one), whose message names the current configuration with its
 * training progress and its own ETA. Problems with the run folder are printed as they are found.
 *
 * <p>The bar weighs each configuration by its expected cost, parameters x n x training samples x
 * epochs (the work of a gradient pass), so that the overall ETA does not take a 512-unit model
 * for as quick as a 2-unit one.
 */
final class ScanProgress implements ScanListener, AutoCloseable {
  /** Bar units of the whole run. */
  private static final long UNITS = 1_000_000;

  private final String task;
  private final PrintWriter err;
  private final Map<List<Object>, Long> parameters = new HashMap<>();
  private ConsoleProgress bar;
  /** Bar position at the start of each configuration, and at the end of the last. */
  private long[] offsets;

  ScanProgress(String task, PrintWriter err) {
    this.task = task;
    this.err = err;
  }

  /** The expected cost of {@code c}: its model's parameters x n x samples x epochs. */
  private double cost(Configuration c) {
    long p = parameters.computeIfAbsent(List.of(c.learner(), c.qubits(), c.size()),
        k -> SizeKnob.of(c.learner()).create(c.qubits(), c.size(), 1, 0).parameterCount());
    return (double) Math.max(1, p) * c.qubits() * c.trainSamples() * c.epochs();
  }

  @Override
  public void problem(ResultLog.Problem problem) {
    err.println("warning: " + problem);
    err.flush();
  }

  @Override
  public void started(int planned, int done, List<Configuration> toVisit) {
    err.printf(Locale.ROOT, "%s: %d configurations planned, %d already done, %d to go%n", task,
        planned, done, toVisit.size());
    err.flush();
    double[] costs = toVisit.stream().mapToDouble(this::cost).toArray();
    double total = Arrays.stream(costs).sum();
    offsets = new long[costs.length + 1];
    double sum = 0;
    for (int i = 0; i < costs.length; i++) {
      sum += costs[i];
      offsets[i + 1] = Math.round(UNITS * sum / total);
    }
    bar = ConsoleProgress.start(task, offsets[costs.length], err);
  }

  @Override
  public TrainingListener configurationStarted(Configuration c, int number, int toVisit) {
    long base = offsets[number - 1];
    long span = offsets[number] - base;
    long start = System.nanoTime();
    String label = "[" + number + "/" + toVisit + "] " + c.label();
    bar.message(label);
    bar.stepTo(base);
    return new TrainingListener() {
      @Override
      public void onStep(TrainingProgress p) {
        double done = p.fractionDone();
        double seconds = (System.nanoTime() - start) / 1e9;
        bar.message(String.format(Locale.ROOT, "%s epoch %d/%d, ETA %s", label, p.epoch(),
            p.epochs(), clock(seconds * (1 - done) / Math.max(done, 1e-9))));
        bar.stepTo(base + Math.round(done * span));
      }
    };
  }

  @Override
  public void configurationFinished(ResultRow row, int number, int toVisit) {
    bar.stepTo(offsets[number]);
  }

  @Override
  public void configurationPassedOver(Configuration c, int number, int toVisit) {
    bar.stepTo(offsets[number]);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
