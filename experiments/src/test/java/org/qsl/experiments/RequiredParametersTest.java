package org.qsl.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsl.experiments.RequiredParameters.Observation;
import org.qsl.experiments.Requirement.Bound;

class RequiredParametersTest {

  private static Requirement estimate(Criterion criterion, Observation... observations) {
    return RequiredParameters.estimate(6, "lstm", List.of(observations), criterion, 1);
  }

  @Test
  void crossingIsInterpolatedInLogParametersAndTheBootstrapSeesEachReplicateMix() {
    // Means over the two replicates: 0.8 at 100 parameters, 1.0 at 400; 0.9 is half-way, so
    // P = exp((ln 100 + ln 400) / 2) = 200. Bootstrap resamples {1,1} (probability 1/4) have
    // means 0.7, 0.95: t = 0.8, P = 100 * 4^0.8; {2,2} (1/4) pass at once: 100 (at most);
    // {1,2} (1/2) give 200. Of 2000 resamples the 50th smallest and 50th largest (the 2.5% and
    // 97.5% quantiles) are the extremes when each has at least 50 draws: expected 500, sd 19.
    Requirement r = estimate(Criterion.DEFAULT,
        new Observation("i0 s0", 100, 0.7), new Observation("i0 s0", 400, 0.95),
        new Observation("i1 s0", 100, 0.9), new Observation("i1 s0", 400, 1.05));
    assertEquals(Bound.CROSSED, r.bound());
    assertEquals(200, r.parameters(), 1e-9);
    assertEquals(100, r.lower(), 1e-9);
    assertEquals(100 * Math.pow(4, 0.8), r.upper(), 1e-9);
    assertEquals(2, r.replicates());
    assertEquals("200", r.formatParameters(400));
    assertEquals("[100, 303]", r.formatInterval());
  }

  @Test
  void firstSizeAlreadyPassingGivesAnUpperBound() {
    Requirement r = estimate(Criterion.DEFAULT,
        new Observation("a", 10, 0.95), new Observation("a", 40, 0.99));
    assertEquals(Bound.AT_MOST, r.bound());
    assertEquals(10, r.parameters());
    assertEquals(10, r.lower());
    assertEquals(10, r.upper());
    assertEquals("<= 10", r.formatParameters(40));
  }

  @Test
  void noSizePassingIsNotReached() {
    Requirement r = estimate(Criterion.DEFAULT,
        new Observation("a", 10, 0.2), new Observation("a", 40, 0.5));
    assertEquals(Bound.NOT_REACHED, r.bound());
    assertEquals(Double.POSITIVE_INFINITY, r.parameters());
    assertEquals("> 40", r.formatParameters(40));
    assertEquals("[inf, inf]", r.formatInterval());
  }

  @Test
  void klCriterionPassesBelowTheThresholdAndSkipsASizeThatDipsBack() {
    // KL <= 0.1: 1.0 at 10, 0.3 at 20, 0.05 at 40 -> crosses between 20 and 40 at
    // t = (0.1 - 0.3) / (0.05 - 0.3) = 0.8: P = 20 * 2^0.8.
    Requirement r = estimate(new Criterion(Criterion.Metric.KL, 0.1),
        new Observation("a", 10, 1.0), new Observation("a", 20, 0.3),
        new Observation("a", 40, 0.05), new Observation("a", 80, 0.2));
    assertEquals(Bound.CROSSED, r.bound());
    assertEquals(20 * Math.pow(2, 0.8), r.parameters(), 1e-9);
  }

  @Test
  void refusesNoObservations() {
    assertThrows(IllegalArgumentException.class, () -> estimate(Criterion.DEFAULT));
  }
}
