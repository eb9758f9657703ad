package org.qsl.experiments;

import java.util.Objects;

/**
 * Everything that decides one trained model and its scores: the circuit, the target made from
 * it, the learner and its size, the training budget and the seed. Two runs of the same
 * configuration give the same row (on the CPU), which is why a scan skips configurations that
 * already have a row. All of it is recorded in the row.
 *
 * @param qubits n
 * @param circuit the spec of the circuit family ({@link CircuitFamily#parse(String)})
 * @param instance the circuit instance within the family (the seed of a generated circuit)
 * @param target the target made from the circuit's distribution, e.g. {@code natural}
 * @param learner the learner's registered name
 * @param size the value of the learner's size knob
 * @param trainSamples training samples drawn from the target
 * @param epochs passes over the training samples
 * @param testSamples fresh samples drawn from the trained model for scoring
 * @param seed seeds the training samples, the learner and the model's samples
 */
public record Configuration(int qubits, String circuit, int instance, String target,
    String learner, int size, int trainSamples, int epochs, int testSamples, long seed) {

  /** Checks the ranges; @throws IllegalArgumentException naming the bad value */
  public Configuration {
    Objects.requireNonNull(circuit, "circuit");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(learner, "learner");
    requirePositive("qubits", qubits);
    requirePositive("size", size);
    requirePositive("train samples", trainSamples);
    requirePositive("epochs", epochs);
    requirePositive("test samples", testSamples);
    if (instance < 0) {
      throw new IllegalArgumentException("instance must be >= 0, got " + instance);
    }
  }

  private static void requirePositive(String what, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be >= 1, got " + value);
    }
  }

  /** Every field, as {@code name=value} pairs: a canonical text form for messages and hashes. */
  public String key() {
    return "qubits=" + qubits + " circuit=" + circuit + " instance=" + instance + " target="
        + target + " learner=" + learner + " size=" + size + " trainSamples=" + trainSamples
        + " epochs=" + epochs + " testSamples=" + testSamples + " seed=" + seed;
  }

  /** The replicate this configuration belongs to: its circuit instance and seed. */
  public String replicate() {
    return circuit + "#" + instance + " seed " + seed;
  }

  /** A short label for progress lines, e.g. {@code n=6 lstm 16 (sycamore:14#0, seed 0)}. */
  public String label() {
    return "n=" + qubits + " " + learner + " " + size
        + (target.equals("natural") ? "" : " on " + target)
        + " (" + circuit + "#" + instance + ", seed " + seed + ")";
  }
}
