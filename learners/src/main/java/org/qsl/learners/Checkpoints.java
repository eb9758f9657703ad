package org.qsl.learners;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where training writes a checkpoint after every epoch and resumes from. The checkpoint is one
 * model file, {@value #FILE} in the folder, replaced atomically each epoch, so the folder always
 * holds the last finished epoch and a crash mid-write leaves the previous one intact. Being a
 * model file, a checkpoint can also be loaded and sampled like any model.
 */
public final class Checkpoints {
  /** No checkpoints: training starts from the learner's current state and writes nothing. */
  public static final Checkpoints NONE = new Checkpoints(null);
  /** The checkpoint's file name inside the folder. */
  public static final String FILE = "checkpoint.qslm";

  private final Path folder;

  private Checkpoints(Path folder) {
    this.folder = folder;
  }

  /** Checkpoints in {@code folder} (created when the first one is written). */
  public static Checkpoints in(Path folder) {
    return new Checkpoints(folder);
  }

  /** The checkpoint file, if checkpointing is on. */
  public Optional<Path> file() {
    return Optional.ofNullable(folder).map(f -> f.resolve(FILE));
  }

  /** The latest checkpoint, if there is one. */
  Optional<SavedModel> latest() {
    return file().filter(Files::exists).map(ModelFile::read);
  }

  /** Writes {@code learner} as the latest checkpoint (nothing if checkpointing is off). */
  void write(Learner learner) {
    file().ifPresent(learner::save);
  }
}
