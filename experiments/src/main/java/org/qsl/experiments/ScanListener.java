package org.qsl.experiments;

import java.util.List;
import org.qsl.learners.TrainingListener;

/** Follows a scan: the command line shows it as progress bars; every method may be ignored. */
public interface ScanListener {

  /** A listener that ignores everything. */
  ScanListener NONE = new ScanListener() {};

  /** A row in the run folder that the scan does not use, or a repair it made. */
  default void problem(ResultLog.Problem problem) {}

  /**
   * The scan plans {@code planned} configurations, {@code done} of which have a row, and visits
   * {@code toVisit} (others, up to the run's limit) in this order, computing each unless it is
   * found unneeded.
   */
  default void started(int planned, int done, List<Configuration> toVisit) {}

  /**
   * Configuration {@code number} (1-based) of the {@code toVisit} of this run starts.
   *
   * @return the listener for its training
   */
  default TrainingListener configurationStarted(Configuration configuration, int number,
      int toVisit) {
    return TrainingListener.NONE;
  }

  /** Configuration {@code number} finished and its row is on disk. */
  default void configurationFinished(ResultRow row, int number, int toVisit) {}

  /** Configuration {@code number} was found unneeded and is not run. */
  default void configurationPassedOver(Configuration configuration, int number, int toVisit) {}
}
