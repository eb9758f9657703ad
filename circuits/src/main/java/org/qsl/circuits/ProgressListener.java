package org.qsl.circuits;

/**
 * Receives the progress of a long step (simulating, sampling, reading or writing a large file);
 * the command line shows it as a progress bar. Calls may come from any thread, in any order, but
 * {@code done} never decreases for one step.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores everything. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * Reports that {@code done} of {@code total} units of work are finished.
   *
   * @param done units finished so far, 0..total
   * @param total units of the whole step
   */
  void progress(long done, long total);
}
