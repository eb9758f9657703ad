package org.qsl.learners.lstm;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads for the LSTM's parallel loops: {@link #forEach} runs a body for items
 * 0 .. count-1, which the caller and the workers claim one at a time. Which thread runs an item
 * does not change what the item computes, so results do not depend on the number of threads. The
 * caller waits only for items that have been claimed, never for a worker to show up: on a busy
 * machine a worker that the operating system holds up leaves its share to the others instead of
 * stalling the loop. Loops come every few hundred microseconds in training, so idle workers spin
 * briefly before they sleep: handing work over by park/unpark alone (tens of microseconds) would
 * cost as much as the work.
 */
final class Team implements AutoCloseable {
  /** Spins before a waiting thread starts to yield (some microseconds). */
  private static final int SPINS = 1_000;
  /** Idle time after which a worker parks until the next loop. */
  private static final long IDLE_NANOS = 100_000;

  private final Thread[] workers;
  /** The open loop's number in the high 32 bits, its next unclaimed item in the low 32. */
  private final AtomicLong ticket = new AtomicLong();
  private final AtomicInteger done = new AtomicInteger();
  /** The loop being run, published before its number is put in the ticket. */
  private volatile Loop current;
  private volatile Throwable failure;
  private volatile boolean closed;

  /** A team of {@code threads} threads: the caller of {@link #forEach} and threads - 1 workers. */
  Team(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("a team needs at least one thread, got " + threads);
    }
    workers = new Thread[threads - 1];
    for (int w = 0; w < workers.length; w++) {
      Thread t = new Thread(this::work, "lstm-team-" + (w + 1));
      t.setDaemon(true);
      workers[w] = t;
      t.start();
    }
  }

  /**
   * Sets OpenBLAS (ND4J's, process-wide) to one thread, as the LSTM's products need: BLAS threads
   * would compete with the team's, they round differently from single-threaded products (so the
   * result would depend on the machine), and switching them off and on costs milliseconds
   * (measured), so they stay off.
   */
  static void singleThreadedBlas() {
    org.nd4j.linalg.api.blas.Blas blas = org.nd4j.linalg.factory.Nd4j.factory().blas();
    if (blas.getMaxThreads() != 1) {
      blas.setMaxThreads(1);
    }
  }

  /** The team shared by all learners: a thread per available processor, never closed. */
  static Team shared() {
    return Shared.TEAM;
  }

  private static final class Shared {
    static final Team TEAM = new Team(Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs {@code body.accept(i)} for i = 0 .. count-1, in parallel, and returns when all are done.
   * If a body throws, the first exception is rethrown (after the other items have run). Loops of
   * one item, or on a team of one thread, run in the caller; other callers wait for the team.
   */
  void forEach(int count, IntConsumer body) {
    if (closed) {
      throw new IllegalStateException("the team is closed");
    }
    if (workers.length == 0 || count == 1) {
      for (int i = 0; i < count; i++) {
        body.accept(i);
      }
      return;
    }
    runOnTeam(count, body);
  }

  private synchronized void runOnTeam(int count, IntConsumer body) {
    failure = null;
    done.set(0);
    Loop loop = new Loop((ticket.get() >>> 32) + 1, body, count);
    current = loop;
    ticket.set(loop.id << 32); // opens the loop: workers may claim from here on
    for (Thread w : workers) {
      LockSupport.unpark(w);
    }
    take(loop);
    int spins = 0;
    while (done.get() < count) {
      if (++spins < SPINS) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
    }
    Throwable f = failure;
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof Error e) {
      throw e;
    }
    if (f != null) {
      throw new IllegalStateException(f);
    }
  }

  /** A loop: its number, body and item count. */
  private record Loop(long id, IntConsumer body, int count) {}

  /**
   * Runs items of {@code loop} until none is left unclaimed. A claim succeeds only while the
   * ticket carries this loop's number, so a worker holding a loop that is over claims nothing.
   */
  private void take(Loop loop) {
    while (true) {
      long t = ticket.get();
      int i = (int) t;
      if (t >>> 32 != loop.id || i >= loop.count) {
        return;
      }
      if (ticket.compareAndSet(t, t + 1)) {
        try {
          loop.body.accept(i);
        } catch (Throwable e) {
          if (failure == null) {
            failure = e;
          }
        }
        done.incrementAndGet();
      }
    }
  }

  /** Stops the workers (after the loop that is running, if any). */
  @Override
  public void close() {
    closed = true;
    for (Thread w : workers) {
      LockSupport.unpark(w);
    }
  }

  private void work() {
    long seen = 0;
    while (!closed) {
      long idleSince = System.nanoTime();
      int spins = 0;
      long loop;
      while ((loop = ticket.get() >>> 32) == seen && !closed) {
        if (++spins < SPINS) {
          Thread.onSpinWait();
        } else if (System.nanoTime() - idleSince < IDLE_NANOS) {
          Thread.yield();
        } else {
          LockSupport.park(this);
        }
      }
      seen = loop;
      Loop l = current;
      if (l != null) {
        take(l);
      }
    }
  }
}
