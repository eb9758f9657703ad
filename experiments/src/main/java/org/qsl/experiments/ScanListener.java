package org.qsl.experiments;

import org.qsl.learners.TrainingListener;

/** Follows a scan: the command line shows it as progress bars; every method may be ignored. */
public interface ScanListener {

  /** A listener that ignores everything. */
  ScanListener NONE = new ScanListener() {};

  /** A row in the run folder that the scan does not use, or a repair it made. */
  default void problem(ResultLog.Problem problem) {}

  /** The scan plans {@code planned} configurations, of which {@code toCompute} have no row. */
  default void started(int planned, int toCompute) {}

  /**
   * Configuration {@code number} (1-based) of the {@code toCompute} this run computes starts.
   *
   * @return the listener for its training
   */
  default TrainingListener configurationStarted(Configuration configuration, int number,
      int toCompute) {
    return TrainingListener.NONE;
  }

  /** Configuration {@code number} finished and its row is on disk. */
  default void configurationFinished(ResultRow row, int number, int toCompute) {}
}
