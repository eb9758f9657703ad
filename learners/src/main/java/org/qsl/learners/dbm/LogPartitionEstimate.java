package org.qsl.learners.dbm;

/**
 * An estimate of a model's log partition function.
 *
 * @param logZ the estimate of log Z
 * @param standardError its standard error (0 when computed exactly)
 * @param exact whether log Z was computed exactly by enumeration
 */
public record LogPartitionEstimate(double logZ, double standardError, boolean exact) {}
