package org.qsl.circuits.dist;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;

/**
 * Runs numbered tasks on a few threads. The work is split into tasks by the caller, never by the
 * thread count, so results do not depend on how many threads ran them.
 */
final class Parallel {
  private Parallel() {}

  /** The number of processors, the default thread count. */
  static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Runs {@code task} for 0..tasks-1 on up to {@code threads} threads; returns when all ended. */
  static void forEach(int tasks, int threads, IntConsumer task) {
    int workers = Math.min(threads, tasks);
    if (workers <= 1) {
      for (int t = 0; t < tasks; t++) {
        task.accept(t);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread thread = new Thread(r, "qsl-dist");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        running.add(pool.submit(() -> {
          for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
            task.accept(t);
          }
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The sum of {@code task(0..tasks-1)}, added in task order whatever the thread count. */
  static double sum(int tasks, int threads, IntToDoubleFunction task) {
    double[] parts = new double[tasks];
    forEach(tasks, threads, t -> parts[t] = task.applyAsDouble(t));
    double sum = 0;
    for (double p : parts) {
      sum += p;
    }
    return sum;
  }
}
