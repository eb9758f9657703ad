package org.qsl.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a planned list of configurations into a run folder, resumably: configurations that already
 * have a row are skipped, the others are computed in plan order and each row is appended as soon
 * as it is finished. Rows in the folder that belong to no planned configuration (another scan's
 * settings) and repeated rows are reported with their file and line, kept, and left out of the
 * result. A scan may also declare configurations unneeded in view of the rows so far (a larger
 * model after every replicate passed at a smaller one); those are passed over, not run.
 */
public final class ScanRun {

  /** Decides, from the rows so far, that a configuration need not run. */
  @FunctionalInterface
  public interface Unneeded {
    /** Never: every configuration runs. */
    Unneeded NEVER = (c, done) -> false;

    /** Whether {@code c} need not run, given the rows {@code done} (by configuration). */
    boolean test(Configuration c, Map<Configuration, ResultRow> done);
  }

  /**
   * What a run leaves.
   *
   * @param rows the planned configurations' rows, in plan order
   * @param problems rows not used, repairs made
   * @param planned configurations planned
   * @param computed configurations computed by this run
   * @param passedOver configurations found unneeded
   */
  public record Outcome(List<ResultRow> rows, List<ResultLog.Problem> problems, int planned,
      int computed, int passedOver) {
    /** Planned configurations neither done nor found unneeded (0 when the scan is complete). */
    public int remaining() {
      return planned - rows.size() - passedOver;
    }
  }

  private ScanRun() {}

  /**
   * Computes the configurations of {@code plan} that have no row in {@code folder}, at most
   * {@code limit} of them in this run.
   *
   * @throws IllegalArgumentException if the plan repeats a configuration, or the folder is in
   *     use by another scan
   */
  public static Outcome run(List<Configuration> plan, Path folder, ConfigurationRunner runner,
      ScanListener listener, int limit, Unneeded unneeded) {
    Set<Configuration> planned = new LinkedHashSet<>(plan);
    if (planned.size() != plan.size()) {
      throw new IllegalArgumentException("the scan plans a configuration twice");
    }
    try (ResultLog log = ResultLog.open(folder)) {
      List<ResultLog.Problem> problems = new ArrayList<>(log.problems());
      Map<Configuration, ResultRow> done = new HashMap<>();
      Map<Configuration, Integer> firstLine = new HashMap<>();
      for (ResultLog.Entry e : log.entries()) {
        Configuration c = e.row().configuration();
        if (!planned.contains(c)) {
          problems.add(new ResultLog.Problem(log.rowsFile(), e.line(), "a row of another scan ("
              + c.key() + "): kept, not part of this one"));
        } else if (firstLine.putIfAbsent(c, e.line()) != null) {
          problems.add(new ResultLog.Problem(log.rowsFile(), e.line(), "repeats the row of line "
              + firstLine.get(c) + ": kept, the first is used"));
        } else {
          done.put(c, e.row());
        }
      }
      problems.forEach(listener::problem);

      List<Configuration> todo = plan.stream().filter(c -> !done.containsKey(c)).toList();
      int toVisit = Math.min(limit, todo.size());
      listener.started(plan.size(), done.size(), todo.subList(0, toVisit));
      int computed = 0;
      int passedOver = 0;
      for (int i = 0; i < toVisit; i++) {
        Configuration c = todo.get(i);
        if (unneeded.test(c, done)) {
          passedOver++;
          listener.configurationPassedOver(c, i + 1, toVisit);
          continue;
        }
        ResultRow row = runner.run(c, listener.configurationStarted(c, i + 1, toVisit));
        if (!row.configuration().equals(c)) {
          throw new IllegalStateException("the runner returned the row of " + row.configuration()
              + " for " + c);
        }
        log.append(row);
        done.put(c, row);
        computed++;
        listener.configurationFinished(row, i + 1, toVisit);
      }
      for (Configuration c : todo.subList(toVisit, todo.size())) {
        if (unneeded.test(c, done)) {
          passedOver++;
        }
      }
      List<ResultRow> rows = plan.stream().filter(done::containsKey).map(done::get).toList();
      return new Outcome(rows, problems, plan.size(), computed, passedOver);
    }
  }
}
