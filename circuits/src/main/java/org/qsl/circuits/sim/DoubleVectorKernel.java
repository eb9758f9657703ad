package org.qsl.circuits.sim;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Applies a {@link GateLayout} to split double arrays with the incubating Vector API. Loaded only
 * when the {@code jdk.incubator.vector} module is present.
 */
final class DoubleVectorKernel {
  static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  static final int LANE_BITS = Integer.numberOfTrailingZeros(SPECIES.length());
  private static final int LANES = SPECIES.length();
  private static final DoubleVector ZERO = DoubleVector.zero(SPECIES);
  private static final VectorShuffle<Double>[] XOR = xorShuffles();

  private DoubleVectorKernel() {}

  @SuppressWarnings("unchecked")
  private static VectorShuffle<Double>[] xorShuffles() {
    VectorShuffle<Double>[] s = new VectorShuffle[LANES];
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
  static void apply(GateLayout g, double[] re, double[] im, int base, int bits, double[] tr,
      double[] ti) {
    int[] offsets = g.offsets;
    int[] masks = g.laneMasks;
    int[] rowStart = g.rowStart;
    int[] slot = g.termSlot;
    double[] cre = g.coefRe;
    double[] cim = g.coefIm;
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp++) {
      int e = base + g.groupBase(grp);
      int at = 0;
      for (int offset : offsets) {
        DoubleVector xr = DoubleVector.fromArray(SPECIES, re, e + offset);
        DoubleVector xi = DoubleVector.fromArray(SPECIES, im, e + offset);
        xr.intoArray(tr, at);
        xi.intoArray(ti, at);
        at += LANES;
        for (int x = 1; x < masks.length; x++) {
          VectorShuffle<Double> p = XOR[masks[x]];
          xr.rearrange(p).intoArray(tr, at);
          xi.rearrange(p).intoArray(ti, at);
          at += LANES;
        }
      }
      for (int r = 0, t = 0; r < offsets.length; r++) {
        DoubleVector rr = ZERO;
        DoubleVector ii = ZERO;
        DoubleVector ri = ZERO;
        DoubleVector ir = ZERO;
        for (int end = rowStart[r + 1]; t < end; t++) {
          int s = slot[t] * LANES;
          DoubleVector xr = DoubleVector.fromArray(SPECIES, tr, s);
          DoubleVector xi = DoubleVector.fromArray(SPECIES, ti, s);
          DoubleVector cr = DoubleVector.fromArray(SPECIES, cre, t * LANES);
          DoubleVector ci = DoubleVector.fromArray(SPECIES, cim, t * LANES);
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
