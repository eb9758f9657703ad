package org.qsl.experiments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one finished configuration: one line of a run folder's {@code results.jsonl}
 * and one row of its {@code results.csv}. Together with its configuration it holds all a figure
 * needs, and its provenance says how to rebuild the model.
 *
 * @param configuration what was trained
 * @param knob the name of the learner's size knob, e.g. "units"
 * @param parameters the model's trainable parameter count
 * @param scores its scores on fresh samples (and exact ones where available)
 * @param losses mean training loss of each epoch
 * @param trainingSeconds wall time of training alone
 * @param wallSeconds wall time of the whole configuration (target, samples, training, scoring)
 * @param finishedAt ISO-8601 instant the row was made
 * @param provenance the trained model's provenance (learner configuration, seeds, training data
 *     hash, library versions), as recorded by the learner; empty if it records none
 * @param note what went unusually, e.g. that training diverged and stopped early; empty if nothing
 */
public record ResultRow(Configuration configuration, String knob, long parameters, Scores scores,
    List<Double> losses, double trainingSeconds, double wallSeconds, String finishedAt,
    Map<String, Object> provenance, String note) {

  /** Keeps unmodifiable copies (the provenance in its order). */
  public ResultRow {
    losses = List.copyOf(losses);
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }

  /** The learners of {@code rows}, in the order they first appear. */
  public static List<String> learners(List<ResultRow> rows) {
    return rows.stream().map(r -> r.configuration().learner()).distinct().toList();
  }
}
