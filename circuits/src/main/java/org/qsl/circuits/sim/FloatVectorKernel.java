package org.qsl.circuits.sim;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Applies {@link GateLayout}s to split float arrays with the incubating Vector API; loaded only
 * when the {@code jdk.incubator.vector} module is present. Dense one- and two-qubit gates, the
 * bulk of a fused circuit, have unrolled kernels: with every target a vector bit the matrix
 * entries are broadcast scalars; with lane targets, inputs are lane-permuted copies ("slots") and
 * the coefficients vary by lane. Other gates go through a general loop. {@link
 * DoubleVectorKernel} is the double-precision twin, line for line: change both together.
 *
 * <p>Vectors are never kept in static fields or passed between methods: C2 would box them.
 */
final class FloatVectorKernel {
  static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  static final int LANE_BITS = Integer.numberOfTrailingZeros(SPECIES.length());
  private static final int LANES = SPECIES.length();
  /** XOR[m] maps lane l to lane l ^ m. */
  private static final VectorShuffle<Float>[] XOR = xorShuffles();

  private FloatVectorKernel() {}

  @SuppressWarnings("unchecked")
  private static VectorShuffle<Float>[] xorShuffles() {
    VectorShuffle<Float>[] s = new VectorShuffle[LANES];
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
  static void apply(GateLayout g, float[] re, float[] im, int base, int bits, float[] tr,
      float[] ti) {
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
  private static void dense1(GateLayout g, float[] re, float[] im, int base, int bits) {
    float[] cr = g.coefReF;
    float[] ci = g.coefImF;
    FloatVector c00r = FloatVector.broadcast(SPECIES, cr[0 * LANES]);
    FloatVector c00i = FloatVector.broadcast(SPECIES, ci[0 * LANES]);
    FloatVector c01r = FloatVector.broadcast(SPECIES, cr[1 * LANES]);
    FloatVector c01i = FloatVector.broadcast(SPECIES, ci[1 * LANES]);
    FloatVector c10r = FloatVector.broadcast(SPECIES, cr[2 * LANES]);
    FloatVector c10i = FloatVector.broadcast(SPECIES, ci[2 * LANES]);
    FloatVector c11r = FloatVector.broadcast(SPECIES, cr[3 * LANES]);
    FloatVector c11i = FloatVector.broadcast(SPECIES, ci[3 * LANES]);
    int o1 = g.offsets[1];
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp++) {
      int e0 = base + g.groupBase(grp);
      int e1 = e0 + o1;
      FloatVector a0r = FloatVector.fromArray(SPECIES, re, e0);
      FloatVector a0i = FloatVector.fromArray(SPECIES, im, e0);
      FloatVector a1r = FloatVector.fromArray(SPECIES, re, e1);
      FloatVector a1i = FloatVector.fromArray(SPECIES, im, e1);
      FloatVector rr = c00r.mul(a0r);
      FloatVector ii = c00i.mul(a0i);
      FloatVector ri = c00r.mul(a0i);
      FloatVector ir = c00i.mul(a0r);
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
  private static void dense2(GateLayout g, float[] re, float[] im, int base, int bits) {
    float[] cr = g.coefReF;
    float[] ci = g.coefImF;
    FloatVector c00r = FloatVector.broadcast(SPECIES, cr[0 * LANES]);
    FloatVector c00i = FloatVector.broadcast(SPECIES, ci[0 * LANES]);
    FloatVector c01r = FloatVector.broadcast(SPECIES, cr[1 * LANES]);
    FloatVector c01i = FloatVector.broadcast(SPECIES, ci[1 * LANES]);
    FloatVector c02r = FloatVector.broadcast(SPECIES, cr[2 * LANES]);
    FloatVector c02i = FloatVector.broadcast(SPECIES, ci[2 * LANES]);
    FloatVector c03r = FloatVector.broadcast(SPECIES, cr[3 * LANES]);
    FloatVector c03i = FloatVector.broadcast(SPECIES, ci[3 * LANES]);
    FloatVector c10r = FloatVector.broadcast(SPECIES, cr[4 * LANES]);
    FloatVector c10i = FloatVector.broadcast(SPECIES, ci[4 * LANES]);
    FloatVector c11r = FloatVector.broadcast(SPECIES, cr[5 * LANES]);
    FloatVector c11i = FloatVector.broadcast(SPECIES, ci[5 * LANES]);
    FloatVector c12r = FloatVector.broadcast(SPECIES, cr[6 * LANES]);
    FloatVector c12i = FloatVector.broadcast(SPECIES, ci[6 * LANES]);
    FloatVector c13r = FloatVector.broadcast(SPECIES, cr[7 * LANES]);
    FloatVector c13i = FloatVector.broadcast(SPECIES, ci[7 * LANES]);
    FloatVector c20r = FloatVector.broadcast(SPECIES, cr[8 * LANES]);
    FloatVector c20i = FloatVector.broadcast(SPECIES, ci[8 * LANES]);
    FloatVector c21r = FloatVector.broadcast(SPECIES, cr[9 * LANES]);
    FloatVector c21i = FloatVector.broadcast(SPECIES, ci[9 * LANES]);
    FloatVector c22r = FloatVector.broadcast(SPECIES, cr[10 * LANES]);
    FloatVector c22i = FloatVector.broadcast(SPECIES, ci[10 * LANES]);
    FloatVector c23r = FloatVector.broadcast(SPECIES, cr[11 * LANES]);
    FloatVector c23i = FloatVector.broadcast(SPECIES, ci[11 * LANES]);
    FloatVector c30r = FloatVector.broadcast(SPECIES, cr[12 * LANES]);
    FloatVector c30i = FloatVector.broadcast(SPECIES, ci[12 * LANES]);
    FloatVector c31r = FloatVector.broadcast(SPECIES, cr[13 * LANES]);
    FloatVector c31i = FloatVector.broadcast(SPECIES, ci[13 * LANES]);
    FloatVector c32r = FloatVector.broadcast(SPECIES, cr[14 * LANES]);
    FloatVector c32i = FloatVector.broadcast(SPECIES, ci[14 * LANES]);
    FloatVector c33r = FloatVector.broadcast(SPECIES, cr[15 * LANES]);
    FloatVector c33i = FloatVector.broadcast(SPECIES, ci[15 * LANES]);
    int o1 = g.offsets[1];
    int o2 = g.offsets[2];
    int o3 = g.offsets[3];
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp++) {
      int e0 = base + g.groupBase(grp);
      int e1 = e0 + o1;
      int e2 = e0 + o2;
      int e3 = e0 + o3;
      FloatVector a0r = FloatVector.fromArray(SPECIES, re, e0);
      FloatVector a0i = FloatVector.fromArray(SPECIES, im, e0);
      FloatVector a1r = FloatVector.fromArray(SPECIES, re, e1);
      FloatVector a1i = FloatVector.fromArray(SPECIES, im, e1);
      FloatVector a2r = FloatVector.fromArray(SPECIES, re, e2);
      FloatVector a2i = FloatVector.fromArray(SPECIES, im, e2);
      FloatVector a3r = FloatVector.fromArray(SPECIES, re, e3);
      FloatVector a3i = FloatVector.fromArray(SPECIES, im, e3);
      // out = sum_s c_s a_s: re = sum(cr ar) - sum(ci ai), im = sum(cr ai) + sum(ci ar)
      FloatVector rr = c00r.mul(a0r);
      FloatVector ii = c00i.mul(a0i);
      FloatVector ri = c00r.mul(a0i);
      FloatVector ir = c00i.mul(a0r);
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
  private static void lane1(GateLayout g, float[] re, float[] im, int base, int bits) {
    float[] cr = g.coefReF;
    float[] ci = g.coefImF;
    FloatVector c0r = FloatVector.fromArray(SPECIES, cr, 0);
    FloatVector c0i = FloatVector.fromArray(SPECIES, ci, 0);
    FloatVector c1r = FloatVector.fromArray(SPECIES, cr, LANES);
    FloatVector c1i = FloatVector.fromArray(SPECIES, ci, LANES);
    VectorShuffle<Float> p = XOR[g.laneMasks[1]];
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp++) {
      int e = base + g.groupBase(grp);
      FloatVector x0r = FloatVector.fromArray(SPECIES, re, e);
      FloatVector x0i = FloatVector.fromArray(SPECIES, im, e);
      FloatVector x1r = x0r.rearrange(p);
      FloatVector x1i = x0i.rearrange(p);
      FloatVector rr = c0r.mul(x0r);
      FloatVector ii = c0i.mul(x0i);
      FloatVector ri = c0r.mul(x0i);
      FloatVector ir = c0i.mul(x0r);
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
  private static void lane2(GateLayout g, float[] re, float[] im, int base, int bits) {
    float[] cr = g.coefReF;
    float[] ci = g.coefImF;
    int perms = g.laneMasks.length;
    int o1 = g.offsets[1 / perms];
    int o2 = g.offsets[2 / perms];
    int o3 = g.offsets[3 / perms];
    VectorShuffle<Float> p1 = XOR[g.laneMasks[1 % perms]];
    VectorShuffle<Float> p2 = XOR[g.laneMasks[2 % perms]];
    VectorShuffle<Float> p3 = XOR[g.laneMasks[3 % perms]];
    int outputs = g.offsets.length;
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp++) {
      int e = base + g.groupBase(grp);
      FloatVector x0r = FloatVector.fromArray(SPECIES, re, e);
      FloatVector x0i = FloatVector.fromArray(SPECIES, im, e);
      FloatVector x1r = FloatVector.fromArray(SPECIES, re, e + o1).rearrange(p1);
      FloatVector x1i = FloatVector.fromArray(SPECIES, im, e + o1).rearrange(p1);
      FloatVector x2r = FloatVector.fromArray(SPECIES, re, e + o2).rearrange(p2);
      FloatVector x2i = FloatVector.fromArray(SPECIES, im, e + o2).rearrange(p2);
      FloatVector x3r = FloatVector.fromArray(SPECIES, re, e + o3).rearrange(p3);
      FloatVector x3i = FloatVector.fromArray(SPECIES, im, e + o3).rearrange(p3);
      for (int r = 0; r < outputs; r++) {
        int c = 4 * r * LANES;
        FloatVector kr = FloatVector.fromArray(SPECIES, cr, c);
        FloatVector ki = FloatVector.fromArray(SPECIES, ci, c);
        FloatVector rr = kr.mul(x0r);
        FloatVector ii = ki.mul(x0i);
        FloatVector ri = kr.mul(x0i);
        FloatVector ir = ki.mul(x0r);
        kr = FloatVector.fromArray(SPECIES, cr, c + LANES);
        ki = FloatVector.fromArray(SPECIES, ci, c + LANES);
        rr = kr.fma(x1r, rr);
        ii = ki.fma(x1i, ii);
        ri = kr.fma(x1i, ri);
        ir = ki.fma(x1r, ir);
        kr = FloatVector.fromArray(SPECIES, cr, c + 2 * LANES);
        ki = FloatVector.fromArray(SPECIES, ci, c + 2 * LANES);
        rr = kr.fma(x2r, rr);
        ii = ki.fma(x2i, ii);
        ri = kr.fma(x2i, ri);
        ir = ki.fma(x2r, ir);
        kr = FloatVector.fromArray(SPECIES, cr, c + 3 * LANES);
        ki = FloatVector.fromArray(SPECIES, ci, c + 3 * LANES);
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
  private static void sparse(GateLayout g, float[] re, float[] im, int base, int bits,
      float[] tr, float[] ti) {
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
        for (int mask : masks) {
          xr.rearrange(XOR[mask]).intoArray(tr, at);
          xi.rearrange(XOR[mask]).intoArray(ti, at);
          at += LANES;
        }
      }
      for (int r = 0, t = 0; r < offsets.length; r++) {
        int end = rowStart[r + 1];
        FloatVector xr = FloatVector.fromArray(SPECIES, tr, slot[t] * LANES);
        FloatVector xi = FloatVector.fromArray(SPECIES, ti, slot[t] * LANES);
        FloatVector kr = FloatVector.fromArray(SPECIES, cre, t * LANES);
        FloatVector ki = FloatVector.fromArray(SPECIES, cim, t * LANES);
        FloatVector rr = kr.mul(xr);
        FloatVector ii = ki.mul(xi);
        FloatVector ri = kr.mul(xi);
        FloatVector ir = ki.mul(xr);
        for (t++; t < end; t++) {
          xr = FloatVector.fromArray(SPECIES, tr, slot[t] * LANES);
          xi = FloatVector.fromArray(SPECIES, ti, slot[t] * LANES);
          kr = FloatVector.fromArray(SPECIES, cre, t * LANES);
          ki = FloatVector.fromArray(SPECIES, cim, t * LANES);
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
