package org.qsl.circuits.sim;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The double-precision twin of {@link FloatVectorKernel}, line for line: change both together.
 */
final class DoubleVectorKernel {
  static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  static final int LANE_BITS = Integer.numberOfTrailingZeros(SPECIES.length());
  private static final int LANES = SPECIES.length();
  /** XOR[m] maps lane l to lane l ^ m. */
  private static final VectorShuffle<Double>[] XOR = xorShuffles();

  private DoubleVectorKernel() {}

  @SuppressWarnings("unchecked")
  private static VectorShuffle<Double>[] xorShuffles() {
    VectorShuffle<Double>[] s = new VectorShuffle[LANES];
    for (int m = 0; m < LANES; m++) {
      int mask = m;
      s[m] = VectorShuffle.fromOp(SPECIES, l -> l ^ mask);
    }
    return s;
  }

  /**
   * Applies {@code g} to the 2^bits amplitudes at {@code base}; {@code tr}/{@code ti} are scratch
   * of at least 2^(arity+1) vectors.
   */
  static void apply(GateLayout g, double[] re, double[] im, int base, int bits, double[] tr,
      double[] ti) {
    if (g.dense && g.arity == 1) {
      if (g.highTargets == 1) {
        dense1(g, re, im, base, bits);
      } else {
        lane1(g, re, im, base, bits);
      }
    } else if (g.dense && g.arity == 2 && g.groups(bits) % 2 == 0) {
      if (g.highTargets == 2) {
        dense2(g, re, im, base, bits);
      } else if (g.highTargets == 1) {
        laneVector2(g, re, im, base, bits);
      } else {
        laneLane2(g, re, im, base, bits);
      }
    } else {
      sparse(g, re, im, base, bits, tr, ti);
    }
  }

  /** A dense one-qubit gate on a vector bit: matrix entries as broadcast scalars. */
  private static void dense1(GateLayout g, double[] re, double[] im, int base, int bits) {
    double[] cr = g.coefRe;
    double[] ci = g.coefIm;
    DoubleVector c00r = DoubleVector.broadcast(SPECIES, cr[0 * LANES]);
    DoubleVector c00i = DoubleVector.broadcast(SPECIES, ci[0 * LANES]);
    DoubleVector c01r = DoubleVector.broadcast(SPECIES, cr[1 * LANES]);
    DoubleVector c01i = DoubleVector.broadcast(SPECIES, ci[1 * LANES]);
    DoubleVector c10r = DoubleVector.broadcast(SPECIES, cr[2 * LANES]);
    DoubleVector c10i = DoubleVector.broadcast(SPECIES, ci[2 * LANES]);
    DoubleVector c11r = DoubleVector.broadcast(SPECIES, cr[3 * LANES]);
    DoubleVector c11i = DoubleVector.broadcast(SPECIES, ci[3 * LANES]);
    int o1 = g.offsets[1];
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp++) {
      int e0 = base + g.groupBase(grp);
      int e1 = e0 + o1;
      DoubleVector a0r = DoubleVector.fromArray(SPECIES, re, e0);
      DoubleVector a0i = DoubleVector.fromArray(SPECIES, im, e0);
      DoubleVector a1r = DoubleVector.fromArray(SPECIES, re, e1);
      DoubleVector a1i = DoubleVector.fromArray(SPECIES, im, e1);
      DoubleVector rr = c00r.mul(a0r);
      DoubleVector ii = c00i.mul(a0i);
      DoubleVector ri = c00r.mul(a0i);
      DoubleVector ir = c00i.mul(a0r);
      rr = c01r.fma(a1r, rr);
      ii = c01i.fma(a1i, ii);
      ri = c01r.fma(a1i, ri);
      ir = c01i.fma(a1r, ir);
      rr.sub(ii).intoArray(re, e0);
      ri.add(ir).intoArray(im, e0);
      rr = c10r.mul(a0r);
      ii = c10i.mul(a0i);
      ri = c10r.mul(a0i);
      ir = c10i.mul(a0r);
      rr = c11r.fma(a1r, rr);
      ii = c11i.fma(a1i, ii);
      ri = c11r.fma(a1i, ri);
      ir = c11i.fma(a1r, ir);
      rr.sub(ii).intoArray(re, e1);
      ri.add(ir).intoArray(im, e1);
    }
  }

  /** A dense one-qubit gate on a lane bit: out = c0 x + c1 x permuted, lane by lane. */
  private static void lane1(GateLayout g, double[] re, double[] im, int base, int bits) {
    double[] cr = g.coefRe;
    double[] ci = g.coefIm;
    DoubleVector c0r = DoubleVector.fromArray(SPECIES, cr, 0);
    DoubleVector c0i = DoubleVector.fromArray(SPECIES, ci, 0);
    DoubleVector c1r = DoubleVector.fromArray(SPECIES, cr, LANES);
    DoubleVector c1i = DoubleVector.fromArray(SPECIES, ci, LANES);
    VectorShuffle<Double> p = XOR[g.laneMasks[1]];
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp++) {
      int e = base + g.groupBase(grp);
      DoubleVector x0r = DoubleVector.fromArray(SPECIES, re, e);
      DoubleVector x0i = DoubleVector.fromArray(SPECIES, im, e);
      DoubleVector x1r = x0r.rearrange(p);
      DoubleVector x1i = x0i.rearrange(p);
      DoubleVector rr = c0r.mul(x0r);
      DoubleVector ii = c0i.mul(x0i);
      DoubleVector ri = c0r.mul(x0i);
      DoubleVector ir = c0i.mul(x0r);
      rr = c1r.fma(x1r, rr);
      ii = c1i.fma(x1i, ii);
      ri = c1r.fma(x1i, ri);
      ir = c1i.fma(x1r, ir);
      rr.sub(ii).intoArray(re, e);
      ri.add(ir).intoArray(im, e);
    }
  }

  /**
   * A dense two-qubit gate on two vector bits, two groups at a time: inputs and sums of both
   * stay in registers while each matrix entry is broadcast once for the two.
   */
  private static void dense2(GateLayout g, double[] re, double[] im, int base, int bits) {
    double[] cr = g.coefRe;
    double[] ci = g.coefIm;
    int o1 = g.offsets[1];
    int o2 = g.offsets[2];
    int o3 = g.offsets[3];
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp += 2) {
      int e = base + g.groupBase(grp);
      int f = base + g.groupBase(grp + 1);
      DoubleVector a0r = DoubleVector.fromArray(SPECIES, re, e);
      DoubleVector a0i = DoubleVector.fromArray(SPECIES, im, e);
      DoubleVector a1r = DoubleVector.fromArray(SPECIES, re, e + o1);
      DoubleVector a1i = DoubleVector.fromArray(SPECIES, im, e + o1);
      DoubleVector a2r = DoubleVector.fromArray(SPECIES, re, e + o2);
      DoubleVector a2i = DoubleVector.fromArray(SPECIES, im, e + o2);
      DoubleVector a3r = DoubleVector.fromArray(SPECIES, re, e + o3);
      DoubleVector a3i = DoubleVector.fromArray(SPECIES, im, e + o3);
      DoubleVector b0r = DoubleVector.fromArray(SPECIES, re, f);
      DoubleVector b0i = DoubleVector.fromArray(SPECIES, im, f);
      DoubleVector b1r = DoubleVector.fromArray(SPECIES, re, f + o1);
      DoubleVector b1i = DoubleVector.fromArray(SPECIES, im, f + o1);
      DoubleVector b2r = DoubleVector.fromArray(SPECIES, re, f + o2);
      DoubleVector b2i = DoubleVector.fromArray(SPECIES, im, f + o2);
      DoubleVector b3r = DoubleVector.fromArray(SPECIES, re, f + o3);
      DoubleVector b3i = DoubleVector.fromArray(SPECIES, im, f + o3);
      for (int r = 0; r < 4; r++) {
        // out = sum_s c_s x_s: re = sum(cr xr) - sum(ci xi), im = sum(cr xi) + sum(ci xr)
        int t = 4 * r * LANES;
        DoubleVector kr = DoubleVector.broadcast(SPECIES, cr[t]);
        DoubleVector ki = DoubleVector.broadcast(SPECIES, ci[t]);
        DoubleVector arr = kr.mul(a0r);
        DoubleVector aii = ki.mul(a0i);
        DoubleVector ari = kr.mul(a0i);
        DoubleVector air = ki.mul(a0r);
        DoubleVector brr = kr.mul(b0r);
        DoubleVector bii = ki.mul(b0i);
        DoubleVector bri = kr.mul(b0i);
        DoubleVector bir = ki.mul(b0r);
        kr = DoubleVector.broadcast(SPECIES, cr[t + LANES]);
        ki = DoubleVector.broadcast(SPECIES, ci[t + LANES]);
        arr = kr.fma(a1r, arr);
        aii = ki.fma(a1i, aii);
        ari = kr.fma(a1i, ari);
        air = ki.fma(a1r, air);
        brr = kr.fma(b1r, brr);
        bii = ki.fma(b1i, bii);
        bri = kr.fma(b1i, bri);
        bir = ki.fma(b1r, bir);
        kr = DoubleVector.broadcast(SPECIES, cr[t + 2 * LANES]);
        ki = DoubleVector.broadcast(SPECIES, ci[t + 2 * LANES]);
        arr = kr.fma(a2r, arr);
        aii = ki.fma(a2i, aii);
        ari = kr.fma(a2i, ari);
        air = ki.fma(a2r, air);
        brr = kr.fma(b2r, brr);
        bii = ki.fma(b2i, bii);
        bri = kr.fma(b2i, bri);
        bir = ki.fma(b2r, bir);
        kr = DoubleVector.broadcast(SPECIES, cr[t + 3 * LANES]);
        ki = DoubleVector.broadcast(SPECIES, ci[t + 3 * LANES]);
        arr = kr.fma(a3r, arr);
        aii = ki.fma(a3i, aii);
        ari = kr.fma(a3i, ari);
        air = ki.fma(a3r, air);
        brr = kr.fma(b3r, brr);
        bii = ki.fma(b3i, bii);
        bri = kr.fma(b3i, bri);
        bir = ki.fma(b3r, bir);
        int o = g.offsets[r];
        arr.sub(aii).intoArray(re, e + o);
        ari.add(air).intoArray(im, e + o);
        brr.sub(bii).intoArray(re, f + o);
        bri.add(bir).intoArray(im, f + o);
      }
    }
  }

  /**
   * A dense two-qubit gate on a lane bit and a vector bit, two groups at a time: the slots of a
   * group are its two input vectors and their lane permutations, each output vector a
   * lane-by-lane combination of the four.
   */
  private static void laneVector2(GateLayout g, double[] re, double[] im, int base, int bits) {
    double[] cr = g.coefRe;
    double[] ci = g.coefIm;
    int o1 = g.offsets[1];
    VectorShuffle<Double> p = XOR[g.laneMasks[1]];
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp += 2) {
      int e = base + g.groupBase(grp);
      int f = base + g.groupBase(grp + 1);
      DoubleVector a0r = DoubleVector.fromArray(SPECIES, re, e);
      DoubleVector a0i = DoubleVector.fromArray(SPECIES, im, e);
      DoubleVector a1r = a0r.rearrange(p);
      DoubleVector a1i = a0i.rearrange(p);
      DoubleVector a2r = DoubleVector.fromArray(SPECIES, re, e + o1);
      DoubleVector a2i = DoubleVector.fromArray(SPECIES, im, e + o1);
      DoubleVector a3r = a2r.rearrange(p);
      DoubleVector a3i = a2i.rearrange(p);
      DoubleVector b0r = DoubleVector.fromArray(SPECIES, re, f);
      DoubleVector b0i = DoubleVector.fromArray(SPECIES, im, f);
      DoubleVector b1r = b0r.rearrange(p);
      DoubleVector b1i = b0i.rearrange(p);
      DoubleVector b2r = DoubleVector.fromArray(SPECIES, re, f + o1);
      DoubleVector b2i = DoubleVector.fromArray(SPECIES, im, f + o1);
      DoubleVector b3r = b2r.rearrange(p);
      DoubleVector b3i = b2i.rearrange(p);
      for (int r = 0; r < 2; r++) {
        int t = 4 * r * LANES;
        DoubleVector kr = DoubleVector.fromArray(SPECIES, cr, t);
        DoubleVector ki = DoubleVector.fromArray(SPECIES, ci, t);
        DoubleVector arr = kr.mul(a0r);
        DoubleVector aii = ki.mul(a0i);
        DoubleVector ari = kr.mul(a0i);
        DoubleVector air = ki.mul(a0r);
        DoubleVector brr = kr.mul(b0r);
        DoubleVector bii = ki.mul(b0i);
        DoubleVector bri = kr.mul(b0i);
        DoubleVector bir = ki.mul(b0r);
        kr = DoubleVector.fromArray(SPECIES, cr, t + LANES);
        ki = DoubleVector.fromArray(SPECIES, ci, t + LANES);
        arr = kr.fma(a1r, arr);
        aii = ki.fma(a1i, aii);
        ari = kr.fma(a1i, ari);
        air = ki.fma(a1r, air);
        brr = kr.fma(b1r, brr);
        bii = ki.fma(b1i, bii);
        bri = kr.fma(b1i, bri);
        bir = ki.fma(b1r, bir);
        kr = DoubleVector.fromArray(SPECIES, cr, t + 2 * LANES);
        ki = DoubleVector.fromArray(SPECIES, ci, t + 2 * LANES);
        arr = kr.fma(a2r, arr);
        aii = ki.fma(a2i, aii);
        ari = kr.fma(a2i, ari);
        air = ki.fma(a2r, air);
        brr = kr.fma(b2r, brr);
        bii = ki.fma(b2i, bii);
        bri = kr.fma(b2i, bri);
        bir = ki.fma(b2r, bir);
        kr = DoubleVector.fromArray(SPECIES, cr, t + 3 * LANES);
        ki = DoubleVector.fromArray(SPECIES, ci, t + 3 * LANES);
        arr = kr.fma(a3r, arr);
        aii = ki.fma(a3i, aii);
        ari = kr.fma(a3i, ari);
        air = ki.fma(a3r, air);
        brr = kr.fma(b3r, brr);
        bii = ki.fma(b3i, bii);
        bri = kr.fma(b3i, bri);
        bir = ki.fma(b3r, bir);
        int o = g.offsets[r];
        arr.sub(aii).intoArray(re, e + o);
        ari.add(air).intoArray(im, e + o);
        brr.sub(bii).intoArray(re, f + o);
        bri.add(bir).intoArray(im, f + o);
      }
    }
  }

  /**
   * A dense two-qubit gate on two lane bits, two groups (vectors) at a time: the slots are the
   * vector and its three lane permutations, the output a lane-by-lane combination of the four.
   */
  private static void laneLane2(GateLayout g, double[] re, double[] im, int base, int bits) {
    double[] cr = g.coefRe;
    double[] ci = g.coefIm;
    VectorShuffle<Double> p1 = XOR[g.laneMasks[1]];
    VectorShuffle<Double> p2 = XOR[g.laneMasks[2]];
    VectorShuffle<Double> p3 = XOR[g.laneMasks[3]];
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp += 2) {
      int e = base + g.groupBase(grp);
      int f = base + g.groupBase(grp + 1);
      DoubleVector a0r = DoubleVector.fromArray(SPECIES, re, e);
      DoubleVector a0i = DoubleVector.fromArray(SPECIES, im, e);
      DoubleVector a1r = a0r.rearrange(p1);
      DoubleVector a1i = a0i.rearrange(p1);
      DoubleVector a2r = a0r.rearrange(p2);
      DoubleVector a2i = a0i.rearrange(p2);
      DoubleVector a3r = a0r.rearrange(p3);
      DoubleVector a3i = a0i.rearrange(p3);
      DoubleVector b0r = DoubleVector.fromArray(SPECIES, re, f);
      DoubleVector b0i = DoubleVector.fromArray(SPECIES, im, f);
      DoubleVector b1r = b0r.rearrange(p1);
      DoubleVector b1i = b0i.rearrange(p1);
      DoubleVector b2r = b0r.rearrange(p2);
      DoubleVector b2i = b0i.rearrange(p2);
      DoubleVector b3r = b0r.rearrange(p3);
      DoubleVector b3i = b0i.rearrange(p3);
      DoubleVector kr = DoubleVector.fromArray(SPECIES, cr, 0);
      DoubleVector ki = DoubleVector.fromArray(SPECIES, ci, 0);
      DoubleVector arr = kr.mul(a0r);
      DoubleVector aii = ki.mul(a0i);
      DoubleVector ari = kr.mul(a0i);
      DoubleVector air = ki.mul(a0r);
      DoubleVector brr = kr.mul(b0r);
      DoubleVector bii = ki.mul(b0i);
      DoubleVector bri = kr.mul(b0i);
      DoubleVector bir = ki.mul(b0r);
      kr = DoubleVector.fromArray(SPECIES, cr, LANES);
      ki = DoubleVector.fromArray(SPECIES, ci, LANES);
      arr = kr.fma(a1r, arr);
      aii = ki.fma(a1i, aii);
      ari = kr.fma(a1i, ari);
      air = ki.fma(a1r, air);
      brr = kr.fma(b1r, brr);
      bii = ki.fma(b1i, bii);
      bri = kr.fma(b1i, bri);
      bir = ki.fma(b1r, bir);
      kr = DoubleVector.fromArray(SPECIES, cr, 2 * LANES);
      ki = DoubleVector.fromArray(SPECIES, ci, 2 * LANES);
      arr = kr.fma(a2r, arr);
      aii = ki.fma(a2i, aii);
      ari = kr.fma(a2i, ari);
      air = ki.fma(a2r, air);
      brr = kr.fma(b2r, brr);
      bii = ki.fma(b2i, bii);
      bri = kr.fma(b2i, bri);
      bir = ki.fma(b2r, bir);
      kr = DoubleVector.fromArray(SPECIES, cr, 3 * LANES);
      ki = DoubleVector.fromArray(SPECIES, ci, 3 * LANES);
      arr = kr.fma(a3r, arr);
      aii = ki.fma(a3i, aii);
      ari = kr.fma(a3i, ari);
      air = ki.fma(a3r, air);
      brr = kr.fma(b3r, brr);
      bii = ki.fma(b3i, bii);
      bri = kr.fma(b3i, bri);
      bir = ki.fma(b3r, bir);
      arr.sub(aii).intoArray(re, e);
      ari.add(air).intoArray(im, e);
      brr.sub(bii).intoArray(re, f);
      bri.add(bir).intoArray(im, f);
    }
  }

  /**
   * Any gate: the slots of two groups copied to scratch, then each output summed over its
   * nonzero terms, each coefficient loaded once for the two groups.
   */
  private static void sparse(GateLayout g, double[] re, double[] im, int base, int bits,
      double[] tr, double[] ti) {
    int[] offsets = g.offsets;
    int[] masks = g.laneMasks;
    int[] rowStart = g.rowStart;
    int[] slot = g.termSlot;
    double[] cre = g.coefRe;
    double[] cim = g.coefIm;
    int second = g.slots() * LANES; // where the second group's slots start in the scratch
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp += 2) {
      int e = base + g.groupBase(grp);
      int f = grp + 1 < groups ? base + g.groupBase(grp + 1) : e; // an odd count redoes e
      int at = 0;
      for (int offset : offsets) {
        DoubleVector xr = DoubleVector.fromArray(SPECIES, re, e + offset);
        DoubleVector xi = DoubleVector.fromArray(SPECIES, im, e + offset);
        DoubleVector yr = DoubleVector.fromArray(SPECIES, re, f + offset);
        DoubleVector yi = DoubleVector.fromArray(SPECIES, im, f + offset);
        xr.intoArray(tr, at);
        xi.intoArray(ti, at);
        yr.intoArray(tr, second + at);
        yi.intoArray(ti, second + at);
        at += LANES;
        for (int x = 1; x < masks.length; x++) {
          VectorShuffle<Double> p = XOR[masks[x]];
          xr.rearrange(p).intoArray(tr, at);
          xi.rearrange(p).intoArray(ti, at);
          yr.rearrange(p).intoArray(tr, second + at);
          yi.rearrange(p).intoArray(ti, second + at);
          at += LANES;
        }
      }
      for (int r = 0, t = 0; r < offsets.length; r++) {
        int end = rowStart[r + 1];
        int s = slot[t] * LANES;
        DoubleVector kr = DoubleVector.fromArray(SPECIES, cre, t * LANES);
        DoubleVector ki = DoubleVector.fromArray(SPECIES, cim, t * LANES);
        DoubleVector xr = DoubleVector.fromArray(SPECIES, tr, s);
        DoubleVector xi = DoubleVector.fromArray(SPECIES, ti, s);
        DoubleVector yr = DoubleVector.fromArray(SPECIES, tr, second + s);
        DoubleVector yi = DoubleVector.fromArray(SPECIES, ti, second + s);
        DoubleVector xrr = kr.mul(xr);
        DoubleVector xii = ki.mul(xi);
        DoubleVector xri = kr.mul(xi);
        DoubleVector xir = ki.mul(xr);
        DoubleVector yrr = kr.mul(yr);
        DoubleVector yii = ki.mul(yi);
        DoubleVector yri = kr.mul(yi);
        DoubleVector yir = ki.mul(yr);
        for (t++; t < end; t++) {
          s = slot[t] * LANES;
          kr = DoubleVector.fromArray(SPECIES, cre, t * LANES);
          ki = DoubleVector.fromArray(SPECIES, cim, t * LANES);
          xr = DoubleVector.fromArray(SPECIES, tr, s);
          xi = DoubleVector.fromArray(SPECIES, ti, s);
          yr = DoubleVector.fromArray(SPECIES, tr, second + s);
          yi = DoubleVector.fromArray(SPECIES, ti, second + s);
          xrr = kr.fma(xr, xrr);
          xii = ki.fma(xi, xii);
          xri = kr.fma(xi, xri);
          xir = ki.fma(xr, xir);
          yrr = kr.fma(yr, yrr);
          yii = ki.fma(yi, yii);
          yri = kr.fma(yi, yri);
          yir = ki.fma(yr, yir);
        }
        xrr.sub(xii).intoArray(re, e + offsets[r]);
        xri.add(xir).intoArray(im, e + offsets[r]);
        yrr.sub(yii).intoArray(re, f + offsets[r]);
        yri.add(yir).intoArray(im, f + offsets[r]);
      }
    }
  }
}
