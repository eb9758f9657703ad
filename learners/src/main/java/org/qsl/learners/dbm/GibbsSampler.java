package org.qsl.learners.dbm;

import org.qsl.circuits.samples.SampleSet;

/**
 * Draws bitstrings from a {@link Dbm} with independent block-Gibbs chains started from uniform
 * states: each chain discards {@code burnIn} sweeps, then records its visible state every
 * {@code thinning} sweeps. Chains run in groups of 32, each group with its own random stream
 * split from the seed in a fixed order, so the result does not depend on the thread count.
 * Sample i comes from chain {@code i mod chains}.
 */
final class GibbsSampler {
  private static final int GROUP = 32;

  private GibbsSampler() {}

  static SampleSet sample(Dbm dbm, int count, long seed, int chains, int burnIn, int thinning) {
    if (count < 0 || chains < 1 || burnIn < 0 || thinning < 1) {
      throw new IllegalArgumentException("sampling needs count >= 0, chains >= 1, burn-in >= 0, "
          + "thinning >= 1; got " + count + ", " + chains + ", " + burnIn + ", " + thinning);
    }
    int used = Math.max(1, Math.min(chains, count));
    int perChain = (count + used - 1) / used;
    long[] out = new long[count];
    ChainGroups.run(used, GROUP, seed, (first, rows, rng) -> {
      GibbsChains x = new GibbsChains(dbm, rows);
      x.randomise(rng);
      for (int s = 0; s < burnIn; s++) {
        x.sweep(dbm, rng);
      }
      for (int d = 0; d < perChain; d++) {
        for (int s = 0; s < thinning; s++) {
          x.sweep(dbm, rng);
        }
        for (int r = 0; r < rows; r++) {
          long i = (long) d * used + first + r;
          if (i < count) {
            out[(int) i] = dbm.toBitstring(x.v, r * dbm.visible);
          }
        }
      }
    });
    return SampleSet.of(dbm.visible, out);
  }
}
