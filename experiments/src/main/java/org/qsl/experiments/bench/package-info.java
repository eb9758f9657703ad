/**
 * JMH benchmarks of the simulators and of the machine's memory bandwidth. Built into
 * {@code experiments/target/benchmarks.jar}; see the README section "Simulator speed" for the
 * commands and the measured table.
 */
package org.qsl.experiments.bench;
