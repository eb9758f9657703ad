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
   * of at least 2^arity vectors.
   */
  static void apply(GateLayout g, double[] re, double[] im, int base, int bits, double[] tr,
      double[] ti) {
    if (g.dense && g.arity == 1) {
      if (g.highTargets == 1) {
        dense1(g, re, im, base, bits);
      } else {
        lane1(g, re, im, base, bits);
      }
    } else if (g.dense && g.arity == 2) {
      if (g.highTargets == 2) {
        dense2(g, re, im, base, bits);
      } else {
        lane2(g, re, im, base, bits);
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

  /** A dense two-qubit gate on two vector bits: matrix entries as broadcast scalars. */
  private static void dense2(GateLayout g, double[] re, double[] im, int base, int bits) {
    double[] cr = g.coefRe;
    double[] ci = g.coefIm;
    DoubleVector c00r = DoubleVector.broadcast(SPECIES, cr[0 * LANES]);
    DoubleVector c00i = DoubleVector.broadcast(SPECIES, ci[0 * LANES]);
    DoubleVector c01r = DoubleVector.broadcast(SPECIES, cr[1 * LANES]);
    DoubleVector c01i = DoubleVector.broadcast(SPECIES, ci[1 * LANES]);
    DoubleVector c02r = DoubleVector.broadcast(SPECIES, cr[2 * LANES]);
    DoubleVector c02i = DoubleVector.broadcast(SPECIES, ci[2 * LANES]);
    DoubleVector c03r = DoubleVector.broadcast(SPECIES, cr[3 * LANES]);
    DoubleVector c03i = DoubleVector.broadcast(SPECIES, ci[3 * LANES]);
    DoubleVector c10r = DoubleVector.broadcast(SPECIES, cr[4 * LANES]);
    DoubleVector c10i = DoubleVector.broadcast(SPECIES, ci[4 * LANES]);
    DoubleVector c11r = DoubleVector.broadcast(SPECIES, cr[5 * LANES]);
    DoubleVector c11i = DoubleVector.broadcast(SPECIES, ci[5 * LANES]);
    DoubleVector c12r = DoubleVector.broadcast(SPECIES, cr[6 * LANES]);
    DoubleVector c12i = DoubleVector.broadcast(SPECIES, ci[6 * LANES]);
    DoubleVector c13r = DoubleVector.broadcast(SPECIES, cr[7 * LANES]);
    DoubleVector c13i = DoubleVector.broadcast(SPECIES, ci[7 * LANES]);
    DoubleVector c20r = DoubleVector.broadcast(SPECIES, cr[8 * LANES]);
    DoubleVector c20i = DoubleVector.broadcast(SPECIES, ci[8 * LANES]);
    DoubleVector c21r = DoubleVector.broadcast(SPECIES, cr[9 * LANES]);
    DoubleVector c21i = DoubleVector.broadcast(SPECIES, ci[9 * LANES]);
    DoubleVector c22r = DoubleVector.broadcast(SPECIES, cr[10 * LANES]);
    DoubleVector c22i = DoubleVector.broadcast(SPECIES, ci[10 * LANES]);
    DoubleVector c23r = DoubleVector.broadcast(SPECIES, cr[11 * LANES]);
    DoubleVector c23i = DoubleVector.broadcast(SPECIES, ci[11 * LANES]);
    DoubleVector c30r = DoubleVector.broadcast(SPECIES, cr[12 * LANES]);
    DoubleVector c30i = DoubleVector.broadcast(SPECIES, ci[12 * LANES]);
    DoubleVector c31r = DoubleVector.broadcast(SPECIES, cr[13 * LANES]);
    DoubleVector c31i = DoubleVector.broadcast(SPECIES, ci[13 * LANES]);
    DoubleVector c32r = DoubleVector.broadcast(SPECIES, cr[14 * LANES]);
    DoubleVector c32i = DoubleVector.broadcast(SPECIES, ci[14 * LANES]);
    DoubleVector c33r = DoubleVector.broadcast(SPECIES, cr[15 * LANES]);
    DoubleVector c33i = DoubleVector.broadcast(SPECIES, ci[15 * LANES]);
    int o1 = g.offsets[1];
    int o2 = g.offsets[2];
    int o3 = g.offsets[3];
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp++) {
      int e0 = base + g.groupBase(grp);
      int e1 = e0 + o1;
      int e2 = e0 + o2;
      int e3 = e0 + o3;
      DoubleVector a0r = DoubleVector.fromArray(SPECIES, re, e0);
      DoubleVector a0i = DoubleVector.fromArray(SPECIES, im, e0);
      DoubleVector a1r = DoubleVector.fromArray(SPECIES, re, e1);
      DoubleVector a1i = DoubleVector.fromArray(SPECIES, im, e1);
      DoubleVector a2r = DoubleVector.fromArray(SPECIES, re, e2);
      DoubleVector a2i = DoubleVector.fromArray(SPECIES, im, e2);
      DoubleVector a3r = DoubleVector.fromArray(SPECIES, re, e3);
      DoubleVector a3i = DoubleVector.fromArray(SPECIES, im, e3);
      // out = sum_s c_s a_s: re = sum(cr ar) - sum(ci ai), im = sum(cr ai) + sum(ci ar)
      DoubleVector rr = c00r.mul(a0r);
      DoubleVector ii = c00i.mul(a0i);
      DoubleVector ri = c00r.mul(a0i);
      DoubleVector ir = c00i.mul(a0r);
      rr = c01r.fma(a1r, rr);
      ii = c01i.fma(a1i, ii);
      ri = c01r.fma(a1i, ri);
      ir = c01i.fma(a1r, ir);
      rr = c02r.fma(a2r, rr);
      ii = c02i.fma(a2i, ii);
      ri = c02r.fma(a2i, ri);
      ir = c02i.fma(a2r, ir);
      rr = c03r.fma(a3r, rr);
      ii = c03i.fma(a3i, ii);
      ri = c03r.fma(a3i, ri);
      ir = c03i.fma(a3r, ir);
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
      rr = c12r.fma(a2r, rr);
      ii = c12i.fma(a2i, ii);
      ri = c12r.fma(a2i, ri);
      ir = c12i.fma(a2r, ir);
      rr = c13r.fma(a3r, rr);
      ii = c13i.fma(a3i, ii);
      ri = c13r.fma(a3i, ri);
      ir = c13i.fma(a3r, ir);
      rr.sub(ii).intoArray(re, e1);
      ri.add(ir).intoArray(im, e1);
      rr = c20r.mul(a0r);
      ii = c20i.mul(a0i);
      ri = c20r.mul(a0i);
      ir = c20i.mul(a0r);
      rr = c21r.fma(a1r, rr);
      ii = c21i.fma(a1i, ii);
      ri = c21r.fma(a1i, ri);
      ir = c21i.fma(a1r, ir);
      rr = c22r.fma(a2r, rr);
      ii = c22i.fma(a2i, ii);
      ri = c22r.fma(a2i, ri);
      ir = c22i.fma(a2r, ir);
      rr = c23r.fma(a3r, rr);
      ii = c23i.fma(a3i, ii);
      ri = c23r.fma(a3i, ri);
      ir = c23i.fma(a3r, ir);
      rr.sub(ii).intoArray(re, e2);
      ri.add(ir).intoArray(im, e2);
      rr = c30r.mul(a0r);
      ii = c30i.mul(a0i);
      ri = c30r.mul(a0i);
      ir = c30i.mul(a0r);
      rr = c31r.fma(a1r, rr);
      ii = c31i.fma(a1i, ii);
      ri = c31r.fma(a1i, ri);
      ir = c31i.fma(a1r, ir);
      rr = c32r.fma(a2r, rr);
      ii = c32i.fma(a2i, ii);
      ri = c32r.fma(a2i, ri);
      ir = c32i.fma(a2r, ir);
      rr = c33r.fma(a3r, rr);
      ii = c33i.fma(a3i, ii);
      ri = c33r.fma(a3i, ri);
      ir = c33i.fma(a3r, ir);
      rr.sub(ii).intoArray(re, e3);
      ri.add(ir).intoArray(im, e3);
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
   * A dense two-qubit gate with one or two lane targets: four slots (input vectors and their
   * lane permutations), each output vector a lane-by-lane combination of them.
   */
  private static void lane2(GateLayout g, double[] re, double[] im, int base, int bits) {
    double[] cr = g.coefRe;
    double[] ci = g.coefIm;
    int perms = g.laneMasks.length;
    int o1 = g.offsets[1 / perms];
    int o2 = g.offsets[2 / perms];
    int o3 = g.offsets[3 / perms];
    VectorShuffle<Double> p1 = XOR[g.laneMasks[1 % perms]];
    VectorShuffle<Double> p2 = XOR[g.laneMasks[2 % perms]];
    VectorShuffle<Double> p3 = XOR[g.laneMasks[3 % perms]];
    int outputs = g.offsets.length;
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp++) {
      int e = base + g.groupBase(grp);
      DoubleVector x0r = DoubleVector.fromArray(SPECIES, re, e);
      DoubleVector x0i = DoubleVector.fromArray(SPECIES, im, e);
      DoubleVector x1r = DoubleVector.fromArray(SPECIES, re, e + o1).rearrange(p1);
      DoubleVector x1i = DoubleVector.fromArray(SPECIES, im, e + o1).rearrange(p1);
      DoubleVector x2r = DoubleVector.fromArray(SPECIES, re, e + o2).rearrange(p2);
      DoubleVector x2i = DoubleVector.fromArray(SPECIES, im, e + o2).rearrange(p2);
      DoubleVector x3r = DoubleVector.fromArray(SPECIES, re, e + o3).rearrange(p3);
      DoubleVector x3i = DoubleVector.fromArray(SPECIES, im, e + o3).rearrange(p3);
      for (int r = 0; r < outputs; r++) {
        int c = 4 * r * LANES;
        DoubleVector kr = DoubleVector.fromArray(SPECIES, cr, c);
        DoubleVector ki = DoubleVector.fromArray(SPECIES, ci, c);
        DoubleVector rr = kr.mul(x0r);
        DoubleVector ii = ki.mul(x0i);
        DoubleVector ri = kr.mul(x0i);
        DoubleVector ir = ki.mul(x0r);
        kr = DoubleVector.fromArray(SPECIES, cr, c + LANES);
        ki = DoubleVector.fromArray(SPECIES, ci, c + LANES);
        rr = kr.fma(x1r, rr);
        ii = ki.fma(x1i, ii);
        ri = kr.fma(x1i, ri);
        ir = ki.fma(x1r, ir);
        kr = DoubleVector.fromArray(SPECIES, cr, c + 2 * LANES);
        ki = DoubleVector.fromArray(SPECIES, ci, c + 2 * LANES);
        rr = kr.fma(x2r, rr);
        ii = ki.fma(x2i, ii);
        ri = kr.fma(x2i, ri);
        ir = ki.fma(x2r, ir);
        kr = DoubleVector.fromArray(SPECIES, cr, c + 3 * LANES);
        ki = DoubleVector.fromArray(SPECIES, ci, c + 3 * LANES);
        rr = kr.fma(x3r, rr);
        ii = ki.fma(x3i, ii);
        ri = kr.fma(x3i, ri);
        ir = ki.fma(x3r, ir);
        int at = e + g.offsets[r];
        rr.sub(ii).intoArray(re, at);
        ri.add(ir).intoArray(im, at);
      }
    }
  }

  /** Any gate: slots copied to scratch, then each output summed over its nonzero terms. */
  private static void sparse(GateLayout g, double[] re, double[] im, int base, int bits,
      double[] tr, double[] ti) {
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
        for (int mask : masks) {
          xr.rearrange(XOR[mask]).intoArray(tr, at);
          xi.rearrange(XOR[mask]).intoArray(ti, at);
          at += LANES;
        }
      }
      for (int r = 0, t = 0; r < offsets.length; r++) {
        int end = rowStart[r + 1];
        DoubleVector xr = DoubleVector.fromArray(SPECIES, tr, slot[t] * LANES);
        DoubleVector xi = DoubleVector.fromArray(SPECIES, ti, slot[t] * LANES);
        DoubleVector kr = DoubleVector.fromArray(SPECIES, cre, t * LANES);
        DoubleVector ki = DoubleVector.fromArray(SPECIES, cim, t * LANES);
        DoubleVector rr = kr.mul(xr);
        DoubleVector ii = ki.mul(xi);
        DoubleVector ri = kr.mul(xi);
        DoubleVector ir = ki.mul(xr);
        for (t++; t < end; t++) {
          xr = DoubleVector.fromArray(SPECIES, tr, slot[t] * LANES);
          xi = DoubleVector.fromArray(SPECIES, ti, slot[t] * LANES);
          kr = DoubleVector.fromArray(SPECIES, cre, t * LANES);
          ki = DoubleVector.fromArray(SPECIES, cim, t * LANES);
          rr = kr.fma(xr, rr);
          ii = ki.fma(xi, ii);
          ri = kr.fma(xi, ri);
          ir = ki.fma(xr, ir);
        }
        rr.sub(ii).intoArray(re, e + offsets[r]);
        ri.add(ir).intoArray(im, e + offsets[r]);
      }
    }
  }
}
