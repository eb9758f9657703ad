package org.qsl.learners;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.qsl.circuits.io.InputFormatException;

/**
 * The learners on the class path, found with {@link ServiceLoader} so that adding a learner
 * package needs no change here; it dispatches {@link Learner#load} to the learner that saved the
 * file.
 */
public final class LearnerRegistry {
  private static Map<String, LearnerType> types;

  private LearnerRegistry() {}

  /** Registered learner names, sorted. */
  public static Set<String> names() {
    return types().keySet();
  }

  /**
   * Loads the model in {@code file}, whichever learner saved it ({@link Learner#load} is the
   * public entry point).
   *
   * @throws InputFormatException (one line) if the file is not a qsl model, is truncated, or
   *     names a learner this build does not have
   */
  static Learner load(Path file) {
    SavedModel saved = ModelFile.read(file);
    LearnerType type = types().get(saved.manifest().learner());
    if (type == null) {
      throw new InputFormatException(file.toString(), 0, 0, "unknown learner '"
          + saved.manifest().learner() + "' (this qsl has: " + String.join(", ", names()) + ")");
    }
    return type.load(saved);
  }

  private static synchronized Map<String, LearnerType> types() {
    if (types == null) {
      Map<String, LearnerType> found = new TreeMap<>();
      for (LearnerType type : ServiceLoader.load(LearnerType.class)) {
        if (found.put(type.name(), type) != null) {
          throw new IllegalStateException("two learners are registered as '" + type.name() + "'");
        }
      }
      types = Collections.unmodifiableMap(found);
    }
    return types;
  }
}
