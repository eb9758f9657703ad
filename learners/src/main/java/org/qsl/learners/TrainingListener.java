package org.qsl.learners;

/** Receives training progress; the command line shows it as a progress bar with ETA. */
public interface TrainingListener {

  /** A listener that ignores everything. */
  TrainingListener NONE = progress -> {};

  /** Called after every optimisation step. */
  void onStep(TrainingProgress progress);

  /** Called at the end of every epoch, after the checkpoint (if any) was written. */
  default void onEpochEnd(TrainingProgress progress) {}

  /** Called when training notices a problem that does not stop it, e.g. mode collapse. */
  default void onWarning(String message) {}
}
