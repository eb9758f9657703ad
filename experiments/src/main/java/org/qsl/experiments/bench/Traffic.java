package org.qsl.experiments.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Bytes read and written by a throughput benchmark; JMH reports them per second. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Traffic {
  /** Bytes moved in this iteration. */
  public long bytes;

  @Setup(Level.Iteration)
  public void clear() {
    bytes = 0;
  }
}
