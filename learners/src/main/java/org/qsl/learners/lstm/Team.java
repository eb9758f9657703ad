package org.qsl.learners.lstm;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads that runs one task as parties 0 .. P-1 in parallel (the caller is party
 * 0), with a barrier between the phases of the task. It serves the LSTM's training passes, whose
 * steps take a few hundred microseconds between synchronisations: the workers spin briefly before
 * they sleep, because handing work over by park/unpark alone (tens of microseconds) would cost
 * as much as the work. One task runs at a time.
 */
final class Team {
  /** Spins before a waiting thread yields (about 20-50 microseconds). */
  private static final int SPINS = 20_000;
  /** Idle time after which a worker parks until the next task. */
  private static final long IDLE_NANOS = 200_000;

  private final int parties;
  private final Thread[] workers;
  private final AtomicInteger arrived = new AtomicInteger();
  private final AtomicInteger finished = new AtomicInteger();
  private volatile int phase;
  private volatile long generation;
  private volatile IntConsumer task;
  private volatile Throwable failure;

  /** A team of {@code parties} threads: the caller of {@link #run} and parties - 1 workers. */
  Team(int parties) {
    if (parties < 1) {
      throw new IllegalArgumentException("a team needs at least one party, got " + parties);
    }
    this.parties = parties;
    workers = new Thread[parties - 1];
    for (int p = 1; p < parties; p++) {
      int party = p;
      Thread t = new Thread(() -> work(party), "lstm-team-" + p);
      t.setDaemon(true);
      workers[p - 1] = t;
      t.start();
    }
  }

  /** Number of parties. */
  int parties() {
    return parties;
  }

  /**
   * Runs {@code task.accept(p)} for every party p and returns when all have finished. If a party
   * throws, the others are released from {@link #await()} and the first exception is rethrown.
   */
  synchronized void run(IntConsumer task) {
    failure = null;
    finished.set(0);
    this.task = task;
    generation++;
    for (Thread w : workers) {
      LockSupport.unpark(w);
    }
    attempt(0, task);
    int spins = 0;
    while (finished.get() < workers.length) {
      if (++spins < SPINS) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
    }
    this.task = null;
    Throwable f = failure;
    if (f != null) {
      arrived.set(0); // parties may have left a barrier half-counted
      if (f instanceof RuntimeException r) {
        throw r;
      }
      if (f instanceof Error e) {
        throw e;
      }
      throw new IllegalStateException(f);
    }
  }

  /**
   * Waits until every party has called this (within the running task).
   *
   * @throws BrokenBarrierError if another party failed
   */
  void await() {
    int ph = phase;
    if (arrived.incrementAndGet() == parties) {
      arrived.set(0);
      phase = ph + 1;
      return;
    }
    int spins = 0;
    while (phase == ph) {
      if (failure != null) {
        throw new BrokenBarrierError();
      }
      if (++spins < SPINS) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
    }
  }

  private void attempt(int party, IntConsumer t) {
    try {
      t.accept(party);
    } catch (BrokenBarrierError e) {
      // another party failed first; its exception is the one reported
    } catch (Throwable e) {
      if (failure == null) {
        failure = e;
      }
    }
  }

  private void work(int party) {
    long seen = 0;
    while (true) {
      long idleSince = System.nanoTime();
      int spins = 0;
      while (generation == seen) {
        if (++spins < SPINS) {
          Thread.onSpinWait();
        } else if (System.nanoTime() - idleSince < IDLE_NANOS) {
          Thread.yield();
        } else {
          LockSupport.park(this);
        }
      }
      seen = generation;
      IntConsumer t = task;
      if (t != null) {
        attempt(party, t);
      }
      finished.incrementAndGet();
    }
  }

  /** Thrown out of {@link #await()} in the other parties when one has failed. */
  static final class BrokenBarrierError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BrokenBarrierError() {
      super("another party of the team failed", null, false, false);
    }
  }
}
