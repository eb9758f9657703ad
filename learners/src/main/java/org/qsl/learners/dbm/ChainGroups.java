package org.qsl.learners.dbm;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Runs a batch of independent Markov chains in groups of fixed size, in parallel, each group with
 * its own random stream split from one seed in group order, so that the result depends on the
 * seed and not on the number of threads.
 */
final class ChainGroups {
  /** Work on one group of chains. */
  @FunctionalInterface
  interface Task {
    /** Runs chains {@code first .. first + rows - 1} with the group's stream. */
    void run(int first, int rows, SplittableRandom random);
  }

  private ChainGroups() {}

  /** Runs {@code chains} chains in groups of {@code groupSize}. */
  static void run(int chains, int groupSize, long seed, Task task) {
    int groups = (chains + groupSize - 1) / groupSize;
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] streams = new SplittableRandom[groups];
    for (int g = 0; g < groups; g++) {
      streams[g] = root.split();
    }
    IntStream.range(0, groups).parallel().forEach(g -> {
      int first = g * groupSize;
      task.run(first, Math.min(groupSize, chains - first), streams[g]);
    });
  }
}
