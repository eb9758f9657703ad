package org.qsl.circuits.sim;

/** Applies a {@link GateLayout} compiled for one lane to split double arrays, without vectors. */
final class ScalarKernel {
  private ScalarKernel() {}

  /**
   * Applies {@code g} to the 2^bits amplitudes at {@code base}, using {@code tr}/{@code ti} (at
   * least {@code g.slots()} long) as scratch.
   */
  static void apply(GateLayout g, double[] re, double[] im, int base, int bits, double[] tr,
      double[] ti) {
    int[] offsets = g.offsets;
    int[] rowStart = g.rowStart;
    int[] slot = g.termSlot;
    double[] cre = g.coefReDouble;
    double[] cim = g.coefImDouble;
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp++) {
      int e = base + g.groupBase(grp);
      for (int s = 0; s < offsets.length; s++) {
        tr[s] = re[e + offsets[s]];
        ti[s] = im[e + offsets[s]];
      }
      for (int r = 0, t = 0; r < offsets.length; r++) {
        double ar = 0;
        double ai = 0;
        for (int end = rowStart[r + 1]; t < end; t++) {
          double xr = tr[slot[t]];
          double xi = ti[slot[t]];
          ar += cre[t] * xr - cim[t] * xi;
          ai += cre[t] * xi + cim[t] * xr;
        }
        re[e + offsets[r]] = ar;
        im[e + offsets[r]] = ai;
      }
    }
  }
}
