package org.qsl.circuits.sim;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Applies a {@link GateLayout} to split float arrays with the incubating Vector API. Loaded only
 * when the {@code jdk.incubator.vector} module is present.
 */
final class FloatVectorKernel {
  static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  static final int LANE_BITS = Integer.numberOfTrailingZeros(SPECIES.length());
  private static final int LANES = SPECIES.length();
  private static final FloatVector ZERO = FloatVector.zero(SPECIES);
  private static final VectorShuffle<Float>[] XOR = xorShuffles();

  private FloatVectorKernel() {}

  @SuppressWarnings("unchecked")
  private static VectorShuffle<Float>[] xorShuffles() {
    VectorShuffle<Float>[] s = new VectorShuffle[LANES];
    for (int m = 0; m < LANES; m++) {
      int mask = m;
      s[m] = VectorShuffle.fromOp(SPECIES, i -> i ^ mask);
    }
    return s;
  }

  /**
   * Applies {@code g} to the 2^bits amplitudes at {@code base} of {@code re}/{@code im}, using
   * {@code tr}/{@code ti} (at least {@code g.slots() * lanes} long) as scratch.
   */
  static void apply(GateLayout g, float[] re, float[] im, int base, int bits, float[] tr,
      float[] ti) {
    int[] offsets = g.offsets;
    int[] masks = g.laneMasks;
    int[] rowStart = g.rowStart;
    int[] slot = g.termSlot;
    float[] cre = g.coefReF;
    float[] cim = g.coefImF;
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp++) {
      int e = base + g.groupBase(grp);
      int at = 0;
      for (int offset : offsets) {
        FloatVector xr = FloatVector.fromArray(SPECIES, re, e + offset);
        FloatVector xi = FloatVector.fromArray(SPECIES, im, e + offset);
        xr.intoArray(tr, at);
        xi.intoArray(ti, at);
        at += LANES;
        for (int x = 1; x < masks.length; x++) {
          VectorShuffle<Float> p = XOR[masks[x]];
          xr.rearrange(p).intoArray(tr, at);
          xi.rearrange(p).intoArray(ti, at);
          at += LANES;
        }
      }
      for (int r = 0, t = 0; r < offsets.length; r++) {
        FloatVector rr = ZERO;
        FloatVector ii = ZERO;
        FloatVector ri = ZERO;
        FloatVector ir = ZERO;
        for (int end = rowStart[r + 1]; t < end; t++) {
          int s = slot[t] * LANES;
          FloatVector xr = FloatVector.fromArray(SPECIES, tr, s);
          FloatVector xi = FloatVector.fromArray(SPECIES, ti, s);
          FloatVector cr = FloatVector.fromArray(SPECIES, cre, t * LANES);
          FloatVector ci = FloatVector.fromArray(SPECIES, cim, t * LANES);
          rr = cr.fma(xr, rr);
          ii = ci.fma(xi, ii);
          ri = cr.fma(xi, ri);
          ir = ci.fma(xr, ir);
        }
        rr.sub(ii).intoArray(re, e + offsets[r]);
        ri.add(ir).intoArray(im, e + offsets[r]);
      }
    }
  }
}
