package org.qsl.experiments;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a learnability scan found.
 *
 * @param criterion the criterion the requirements are for
 * @param rows the scan's rows, in plan order
 * @param requirements per learner (in order of appearance) and n (ascending)
 * @param fits per learner with at least 3 crossings: exponential and polynomial laws
 * @param remaining planned configurations neither done nor found unneeded (0: complete)
 */
public record LearnabilityResult(Criterion criterion, List<ResultRow> rows,
    List<Requirement> requirements, Map<String, ScalingFit> fits, int remaining) {

  /** Keeps copies (the fits sorted by learner). */
  public LearnabilityResult {
    rows = List.copyOf(rows);
    requirements = List.copyOf(requirements);
    fits = Collections.unmodifiableMap(new TreeMap<>(fits));
  }

  /** Whether every needed configuration has a row. */
  public boolean complete() {
    return remaining == 0;
  }
}
