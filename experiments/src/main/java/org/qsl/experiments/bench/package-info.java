/**
 * JMH benchmarks: the simulators, sampling and learner training against n (the scaling suite,
 * rendered by {@code qsl bench-report}), and the machine's memory bandwidth. Run them from
 * {@code experiments/target/qsl.jar}, which carries ND4J and the learners
 * ({@code experiments/target/benchmarks.jar} holds those without them); see the README section
 * "Simulator speed and the scaling suite" for the commands and the measured tables.
 */
package org.qsl.experiments.bench;
