package org.qsl.experiments;

/**
 * The fixed training budget every model of a scan gets, so that model sizes are compared at
 * equal data and effort.
 *
 * @param trainSamples samples drawn from the target to train on
 * @param epochs passes over them
 * @param testSamples fresh samples drawn from each trained model to score it
 */
public record Budget(int trainSamples, int epochs, int testSamples) {}
