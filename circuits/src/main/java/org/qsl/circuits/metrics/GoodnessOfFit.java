package org.qsl.circuits.metrics;

/**
 * A chi-square goodness-of-fit test.
 *
 * @param statistic sum over bins of (observed - expected)^2 / expected
 * @param degreesOfFreedom bins - 1
 * @param pValue probability of a statistic at least this large if the samples came from the
 *     distribution (NaN with fewer than two bins)
 */
public record GoodnessOfFit(double statistic, int degreesOfFreedom, double pValue) {}
