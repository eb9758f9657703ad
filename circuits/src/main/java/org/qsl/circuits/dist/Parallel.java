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

  /** Worker threads shared by all calls (idle ones end after a minute), so no call starts a pool. */
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "qsl-dist");
    thread.setDaemon(true);
    return thread;
  });

  /**
   * Runs {@code task} for 0..tasks-1 on up to {@code threads} threads, the caller's among them;
   * returns when all ended.
   */
  static void forEach(int tasks, int threads, IntConsumer task) {
    int workers = Math.min(threads, tasks);
    if (workers <= 1) {
      for (int t = 0; t < tasks; t++) {
        task.accept(t);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
        task.accept(t);
      }
    };
    List<Future<?>> helpers = new ArrayList<>();
    for (int w = 1; w < workers; w++) {
      helpers.add(WORKERS.submit(work));
    }
    try {
      work.run();
    } finally {
      for (Future<?> f : helpers) {
        await(f);
      }
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
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
