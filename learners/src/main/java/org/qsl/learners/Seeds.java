package org.qsl.learners;

import java.util.SplittableRandom;

/**
 * Derives independent seeds from a master seed and a path of indices, so that every random stream
 * of a run is a pure function of (seed, purpose, index). Epoch e of training therefore draws the
 * same numbers whether the run was interrupted before it or not, which is what makes resuming from
 * a checkpoint exact.
 */
public final class Seeds {
  /** Purpose tag: parameter initialisation. */
  public static final long INIT = 0;
  /** Purpose tag: one epoch of training (followed by the 1-based epoch). */
  public static final long EPOCH = 1;

  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private Seeds() {}

  /** A seed derived from {@code seed} and {@code path}; different paths give unrelated seeds. */
  public static long derive(long seed, long... path) {
    long h = mix(seed);
    for (long p : path) {
      h = mix(h ^ mix(p + GOLDEN));
    }
    return h;
  }

  /** A generator seeded with {@link #derive(long, long...)}. */
  public static SplittableRandom random(long seed, long... path) {
    return new SplittableRandom(derive(seed, path));
  }

  /** SplitMix64's finaliser: a bijection on longs with full avalanche. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
