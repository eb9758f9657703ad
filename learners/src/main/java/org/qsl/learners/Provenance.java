package org.qsl.learners;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a trained model came from, in the manner of Tribuo's provenance: enough to rebuild it. A
 * model carries it in its file, and every result row computed from the model copies it.
 *
 * @param learner registered learner name, e.g. "lstm"
 * @param config the learner's configuration as JSON values (component name to value)
 * @param seed the master seed of training
 * @param data the identity of the training samples
 * @param epochs epochs trained so far
 * @param trainingSeconds wall-clock time of the epochs trained, summed over the runs that led to
 *     the model (a resumed run adds its epochs)
 * @param finishedAt ISO-8601 instant the last epoch finished
 * @param versions the software that trained it
 */
public record Provenance(
    String learner,
    Map<String, Object> config,
    long seed,
    TrainingData data,
    int epochs,
    double trainingSeconds,
    String finishedAt,
    LibraryVersions versions) {

  /** Keeps an unmodifiable copy of {@code config}, in its order. */
  public Provenance {
    config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
  }
}
