package org.qsl.circuits.sim;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.qsl.circuits.ProgressListener;

/**
 * Runs stages one after another on a team of threads: the calling thread and one pool thread per
 * further worker. Within a stage, threads take chunks from a shared counter; a barrier separates
 * stages. Each chunk is computed the same way whichever thread takes it, so the result does not
 * depend on the thread count.
 */
final class StageExecutor {
  private StageExecutor() {}

  /** Applies each stage's {@code gates} to all of its chunks, the stages in order. */
  static void execute(Stage[] stages, GateLayout[][] gates, ChunkWorker[] workers,
      ExecutorService pool, ProgressListener listener) {
    int parties = workers.length;
    AtomicLong[] next = new AtomicLong[stages.length];
    for (int s = 0; s < next.length; s++) {
      next[s] = new AtomicLong();
    }
    Phaser barrier = new Phaser(parties);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int p = 1; p < parties; p++) {
      ChunkWorker w = workers[p];
      pool.execute(() -> work(stages, gates, w, next, barrier, failure, ProgressListener.NONE));
    }
    work(stages, gates, workers[0], next, barrier, failure, listener);
    Throwable t = failure.get();
    if (t instanceof RuntimeException e) {
      throw e;
    } else if (t instanceof Error e) {
      throw e;
    } else if (t != null) {
      throw new IllegalStateException(t);
    }
  }

  private static void work(Stage[] stages, GateLayout[][] gates, ChunkWorker worker,
      AtomicLong[] next, Phaser barrier, AtomicReference<Throwable> failure,
      ProgressListener listener) {
    for (int s = 0; s < stages.length; s++) {
      long chunks = stages[s].chunks();
      try {
        for (long c = next[s].getAndIncrement(); c < chunks && failure.get() == null;
            c = next[s].getAndIncrement()) {
          worker.process(stages[s], gates[s], c);
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e); // the others see it and skip the remaining work
      }
      barrier.arriveAndAwaitAdvance();
      listener.progress(s + 1, stages.length);
    }
  }
}
