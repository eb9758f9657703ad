package org.qsl.circuits.sim;

import org.qsl.circuits.Circuit;

/** Computes the final state of a circuit applied to |0...0>. */
public interface Simulator {

  /**
   * Runs {@code circuit} from |0...0>.
   *
   * @throws IllegalArgumentException if the state cannot be held (the message gives the bytes
   *     needed and the bytes available)
   */
  StateVector run(Circuit circuit);
}
