package org.qsl.circuits.sim;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Applies {@link GateLayout}s to split float arrays with the incubating Vector API; loaded only
 * when the {@code jdk.incubator.vector} module is present. Dense one- and two-qubit gates, the
 * bulk of a fused circuit, have unrolled kernels: with every target a vector bit the matrix
 * entries are broadcast scalars; with lane targets, inputs are lane-permuted copies ("slots") and
 * the coefficients vary by lane. Other gates go through a general loop.
 *
 * <p>Vectors are never kept in static fields or passed between methods: C2 would box them.
 *
 * <p>This file is also the template of the double-precision twin, DoubleVectorKernel, which the build generates from it (circuits/pom.xml): edit this one.
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
   * of at least 2^(arity+1) vectors and {@link #STAGGER_MAX_BYTES} bytes.
   */
  static void apply(GateLayout g, float[] re, float[] im, int base, int bits, float[] tr,
      float[] ti) {
    if (g.dense && g.arity == 1) {
      if (g.highTargets == 1) {
        dense1(g, re, im, base, bits, tr, ti);
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

  /**
   * A dense one-qubit gate on a vector bit: matrix entries as broadcast scalars. In storage, a
   * block whose halves lie 512 B to 2 KiB apart has its first half copied to scratch
   * ({@code tr}/{@code ti}) as the block starts, so memory reads the block in order (see
   * {@link #staggers}); the arithmetic, hence the result, is the same.
   */
  private static void dense1(GateLayout g, float[] re, float[] im, int base, int bits,
      float[] tr, float[] ti) {
    float[] cr = g.coefReFloat;
    float[] ci = g.coefImFloat;
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
    boolean stagger = g.contiguousHalves && staggers(o1 * Float.BYTES);
    int halfMask = o1 / LANES - 1; // a group's place in its half block
    for (int grp = 0; grp < groups; grp++) {
      int e0 = base + g.groupBase(grp);
      int e1 = e0 + o1;
      float[] r0 = re;
      float[] i0 = im;
      int s0 = e0;
      if (stagger) {
        s0 = (grp & halfMask) * LANES;
        if (s0 == 0) {
          System.arraycopy(re, e0, tr, 0, o1);
          System.arraycopy(im, e0, ti, 0, o1);
        }
        r0 = tr;
        i0 = ti;
      }
      FloatVector a0r = FloatVector.fromArray(SPECIES, r0, s0);
      FloatVector a0i = FloatVector.fromArray(SPECIES, i0, s0);
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

  /**
   * True for a target whose two halves lie this many bytes apart (512 B to 2 KiB): reading the
   * two halves of each block as two interleaved streams runs at about half the memory speed of
   * reading one after the other (measured on AVX-512 Zen 5, n = 26), so they are staggered.
   */
  static boolean staggers(int halfBytes) {
    return halfBytes >= 512 && halfBytes <= STAGGER_MAX_BYTES;
  }

  /** The largest half distance that {@link #staggers}, hence the scratch a stagger copies to. */
  static final int STAGGER_MAX_BYTES = 2048;

  /** A dense one-qubit gate on a lane bit: out = c0 x + c1 x permuted, lane by lane. */
  private static void lane1(GateLayout g, float[] re, float[] im, int base, int bits) {
    float[] cr = g.coefReFloat;
    float[] ci = g.coefImFloat;
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
   * A dense two-qubit gate on two vector bits, two groups at a time: inputs and sums of both
   * stay in registers while each matrix entry is broadcast once for the two.
   */
  private static void dense2(GateLayout g, float[] re, float[] im, int base, int bits) {
    float[] cr = g.coefReFloat;
    float[] ci = g.coefImFloat;
    int o1 = g.offsets[1];
    int o2 = g.offsets[2];
    int o3 = g.offsets[3];
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp += 2) {
      int e = base + g.groupBase(grp);
      int f = base + g.groupBase(grp + 1);
      FloatVector a0r = FloatVector.fromArray(SPECIES, re, e);
      FloatVector a0i = FloatVector.fromArray(SPECIES, im, e);
      FloatVector a1r = FloatVector.fromArray(SPECIES, re, e + o1);
      FloatVector a1i = FloatVector.fromArray(SPECIES, im, e + o1);
      FloatVector a2r = FloatVector.fromArray(SPECIES, re, e + o2);
      FloatVector a2i = FloatVector.fromArray(SPECIES, im, e + o2);
      FloatVector a3r = FloatVector.fromArray(SPECIES, re, e + o3);
      FloatVector a3i = FloatVector.fromArray(SPECIES, im, e + o3);
      FloatVector b0r = FloatVector.fromArray(SPECIES, re, f);
      FloatVector b0i = FloatVector.fromArray(SPECIES, im, f);
      FloatVector b1r = FloatVector.fromArray(SPECIES, re, f + o1);
      FloatVector b1i = FloatVector.fromArray(SPECIES, im, f + o1);
      FloatVector b2r = FloatVector.fromArray(SPECIES, re, f + o2);
      FloatVector b2i = FloatVector.fromArray(SPECIES, im, f + o2);
      FloatVector b3r = FloatVector.fromArray(SPECIES, re, f + o3);
      FloatVector b3i = FloatVector.fromArray(SPECIES, im, f + o3);
      for (int r = 0; r < 4; r++) {
        // out = sum_s c_s x_s: re = sum(cr xr) - sum(ci xi), im = sum(cr xi) + sum(ci xr)
        int t = 4 * r * LANES;
        FloatVector kr = FloatVector.broadcast(SPECIES, cr[t]);
        FloatVector ki = FloatVector.broadcast(SPECIES, ci[t]);
        FloatVector arr = kr.mul(a0r);
        FloatVector aii = ki.mul(a0i);
        FloatVector ari = kr.mul(a0i);
        FloatVector air = ki.mul(a0r);
        FloatVector brr = kr.mul(b0r);
        FloatVector bii = ki.mul(b0i);
        FloatVector bri = kr.mul(b0i);
        FloatVector bir = ki.mul(b0r);
        kr = FloatVector.broadcast(SPECIES, cr[t + LANES]);
        ki = FloatVector.broadcast(SPECIES, ci[t + LANES]);
        arr = kr.fma(a1r, arr);
        aii = ki.fma(a1i, aii);
        ari = kr.fma(a1i, ari);
        air = ki.fma(a1r, air);
        brr = kr.fma(b1r, brr);
        bii = ki.fma(b1i, bii);
        bri = kr.fma(b1i, bri);
        bir = ki.fma(b1r, bir);
        kr = FloatVector.broadcast(SPECIES, cr[t + 2 * LANES]);
        ki = FloatVector.broadcast(SPECIES, ci[t + 2 * LANES]);
        arr = kr.fma(a2r, arr);
        aii = ki.fma(a2i, aii);
        ari = kr.fma(a2i, ari);
        air = ki.fma(a2r, air);
        brr = kr.fma(b2r, brr);
        bii = ki.fma(b2i, bii);
        bri = kr.fma(b2i, bri);
        bir = ki.fma(b2r, bir);
        kr = FloatVector.broadcast(SPECIES, cr[t + 3 * LANES]);
        ki = FloatVector.broadcast(SPECIES, ci[t + 3 * LANES]);
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
  private static void laneVector2(GateLayout g, float[] re, float[] im, int base, int bits) {
    float[] cr = g.coefReFloat;
    float[] ci = g.coefImFloat;
    int o1 = g.offsets[1];
    VectorShuffle<Float> p = XOR[g.laneMasks[1]];
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp += 2) {
      int e = base + g.groupBase(grp);
      int f = base + g.groupBase(grp + 1);
      FloatVector a0r = FloatVector.fromArray(SPECIES, re, e);
      FloatVector a0i = FloatVector.fromArray(SPECIES, im, e);
      FloatVector a1r = a0r.rearrange(p);
      FloatVector a1i = a0i.rearrange(p);
      FloatVector a2r = FloatVector.fromArray(SPECIES, re, e + o1);
      FloatVector a2i = FloatVector.fromArray(SPECIES, im, e + o1);
      FloatVector a3r = a2r.rearrange(p);
      FloatVector a3i = a2i.rearrange(p);
      FloatVector b0r = FloatVector.fromArray(SPECIES, re, f);
      FloatVector b0i = FloatVector.fromArray(SPECIES, im, f);
      FloatVector b1r = b0r.rearrange(p);
      FloatVector b1i = b0i.rearrange(p);
      FloatVector b2r = FloatVector.fromArray(SPECIES, re, f + o1);
      FloatVector b2i = FloatVector.fromArray(SPECIES, im, f + o1);
      FloatVector b3r = b2r.rearrange(p);
      FloatVector b3i = b2i.rearrange(p);
      for (int r = 0; r < 2; r++) {
        int t = 4 * r * LANES;
        FloatVector kr = FloatVector.fromArray(SPECIES, cr, t);
        FloatVector ki = FloatVector.fromArray(SPECIES, ci, t);
        FloatVector arr = kr.mul(a0r);
        FloatVector aii = ki.mul(a0i);
        FloatVector ari = kr.mul(a0i);
        FloatVector air = ki.mul(a0r);
        FloatVector brr = kr.mul(b0r);
        FloatVector bii = ki.mul(b0i);
        FloatVector bri = kr.mul(b0i);
        FloatVector bir = ki.mul(b0r);
        kr = FloatVector.fromArray(SPECIES, cr, t + LANES);
        ki = FloatVector.fromArray(SPECIES, ci, t + LANES);
        arr = kr.fma(a1r, arr);
        aii = ki.fma(a1i, aii);
        ari = kr.fma(a1i, ari);
        air = ki.fma(a1r, air);
        brr = kr.fma(b1r, brr);
        bii = ki.fma(b1i, bii);
        bri = kr.fma(b1i, bri);
        bir = ki.fma(b1r, bir);
        kr = FloatVector.fromArray(SPECIES, cr, t + 2 * LANES);
        ki = FloatVector.fromArray(SPECIES, ci, t + 2 * LANES);
        arr = kr.fma(a2r, arr);
        aii = ki.fma(a2i, aii);
        ari = kr.fma(a2i, ari);
        air = ki.fma(a2r, air);
        brr = kr.fma(b2r, brr);
        bii = ki.fma(b2i, bii);
        bri = kr.fma(b2i, bri);
        bir = ki.fma(b2r, bir);
        kr = FloatVector.fromArray(SPECIES, cr, t + 3 * LANES);
        ki = FloatVector.fromArray(SPECIES, ci, t + 3 * LANES);
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
  private static void laneLane2(GateLayout g, float[] re, float[] im, int base, int bits) {
    float[] cr = g.coefReFloat;
    float[] ci = g.coefImFloat;
    VectorShuffle<Float> p1 = XOR[g.laneMasks[1]];
    VectorShuffle<Float> p2 = XOR[g.laneMasks[2]];
    VectorShuffle<Float> p3 = XOR[g.laneMasks[3]];
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp += 2) {
      int e = base + g.groupBase(grp);
      int f = base + g.groupBase(grp + 1);
      FloatVector a0r = FloatVector.fromArray(SPECIES, re, e);
      FloatVector a0i = FloatVector.fromArray(SPECIES, im, e);
      FloatVector a1r = a0r.rearrange(p1);
      FloatVector a1i = a0i.rearrange(p1);
      FloatVector a2r = a0r.rearrange(p2);
      FloatVector a2i = a0i.rearrange(p2);
      FloatVector a3r = a0r.rearrange(p3);
      FloatVector a3i = a0i.rearrange(p3);
      FloatVector b0r = FloatVector.fromArray(SPECIES, re, f);
      FloatVector b0i = FloatVector.fromArray(SPECIES, im, f);
      FloatVector b1r = b0r.rearrange(p1);
      FloatVector b1i = b0i.rearrange(p1);
      FloatVector b2r = b0r.rearrange(p2);
      FloatVector b2i = b0i.rearrange(p2);
      FloatVector b3r = b0r.rearrange(p3);
      FloatVector b3i = b0i.rearrange(p3);
      FloatVector kr = FloatVector.fromArray(SPECIES, cr, 0);
      FloatVector ki = FloatVector.fromArray(SPECIES, ci, 0);
      FloatVector arr = kr.mul(a0r);
      FloatVector aii = ki.mul(a0i);
      FloatVector ari = kr.mul(a0i);
      FloatVector air = ki.mul(a0r);
      FloatVector brr = kr.mul(b0r);
      FloatVector bii = ki.mul(b0i);
      FloatVector bri = kr.mul(b0i);
      FloatVector bir = ki.mul(b0r);
      kr = FloatVector.fromArray(SPECIES, cr, LANES);
      ki = FloatVector.fromArray(SPECIES, ci, LANES);
      arr = kr.fma(a1r, arr);
      aii = ki.fma(a1i, aii);
      ari = kr.fma(a1i, ari);
      air = ki.fma(a1r, air);
      brr = kr.fma(b1r, brr);
      bii = ki.fma(b1i, bii);
      bri = kr.fma(b1i, bri);
      bir = ki.fma(b1r, bir);
      kr = FloatVector.fromArray(SPECIES, cr, 2 * LANES);
      ki = FloatVector.fromArray(SPECIES, ci, 2 * LANES);
      arr = kr.fma(a2r, arr);
      aii = ki.fma(a2i, aii);
      ari = kr.fma(a2i, ari);
      air = ki.fma(a2r, air);
      brr = kr.fma(b2r, brr);
      bii = ki.fma(b2i, bii);
      bri = kr.fma(b2i, bri);
      bir = ki.fma(b2r, bir);
      kr = FloatVector.fromArray(SPECIES, cr, 3 * LANES);
      ki = FloatVector.fromArray(SPECIES, ci, 3 * LANES);
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
  private static void sparse(GateLayout g, float[] re, float[] im, int base, int bits,
      float[] tr, float[] ti) {
    int[] offsets = g.offsets;
    int[] masks = g.laneMasks;
    int[] rowStart = g.rowStart;
    int[] slot = g.termSlot;
    float[] cre = g.coefReFloat;
    float[] cim = g.coefImFloat;
    int second = g.slots() * LANES; // where the second group's slots start in the scratch
    int groups = g.groups(bits);
    for (int grp = 0; grp < groups; grp += 2) {
      int e = base + g.groupBase(grp);
      int f = grp + 1 < groups ? base + g.groupBase(grp + 1) : e; // an odd count redoes e
      int at = 0;
      for (int offset : offsets) {
        FloatVector xr = FloatVector.fromArray(SPECIES, re, e + offset);
        FloatVector xi = FloatVector.fromArray(SPECIES, im, e + offset);
        FloatVector yr = FloatVector.fromArray(SPECIES, re, f + offset);
        FloatVector yi = FloatVector.fromArray(SPECIES, im, f + offset);
        xr.intoArray(tr, at);
        xi.intoArray(ti, at);
        yr.intoArray(tr, second + at);
        yi.intoArray(ti, second + at);
        at += LANES;
        for (int x = 1; x < masks.length; x++) {
          VectorShuffle<Float> p = XOR[masks[x]];
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
        FloatVector kr = FloatVector.fromArray(SPECIES, cre, t * LANES);
        FloatVector ki = FloatVector.fromArray(SPECIES, cim, t * LANES);
        FloatVector xr = FloatVector.fromArray(SPECIES, tr, s);
        FloatVector xi = FloatVector.fromArray(SPECIES, ti, s);
        FloatVector yr = FloatVector.fromArray(SPECIES, tr, second + s);
        FloatVector yi = FloatVector.fromArray(SPECIES, ti, second + s);
        FloatVector xrr = kr.mul(xr);
        FloatVector xii = ki.mul(xi);
        FloatVector xri = kr.mul(xi);
        FloatVector xir = ki.mul(xr);
        FloatVector yrr = kr.mul(yr);
        FloatVector yii = ki.mul(yi);
        FloatVector yri = kr.mul(yi);
        FloatVector yir = ki.mul(yr);
        for (t++; t < end; t++) {
          s = slot[t] * LANES;
          kr = FloatVector.fromArray(SPECIES, cre, t * LANES);
          ki = FloatVector.fromArray(SPECIES, cim, t * LANES);
          xr = FloatVector.fromArray(SPECIES, tr, s);
          xi = FloatVector.fromArray(SPECIES, ti, s);
          yr = FloatVector.fromArray(SPECIES, tr, second + s);
          yi = FloatVector.fromArray(SPECIES, ti, second + s);
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

  /** A worker over a single-precision state, on float buffers. */
  static final class Worker extends ChunkWorker {
    private final Complex64State state;
    private final float[] bufRe;
    private final float[] bufIm;
    private final float[] tr;
    private final float[] ti;
    private float[] re;
    private float[] im;

    Worker(Complex64State state, int maxBits, int maxArity) {
      this.state = state;
      bufRe = new float[1 << maxBits];
      bufIm = new float[1 << maxBits];
      tr = new float[Math.max(LANES << (maxArity + 1), STAGGER_MAX_BYTES / Float.BYTES)];
      ti = new float[tr.length];
    }

    @Override
    void useStorage(long base) {
      re = state.re[(int) (base >>> state.chunkBits)];
      im = state.im[(int) (base >>> state.chunkBits)];
      at = (int) (base & ((1L << state.chunkBits) - 1));
    }

    @Override
    void useBuffer(long base, Stage stage) {
      state.gather(base, stage.runs, stage.lowBits, bufRe, bufIm);
      re = bufRe;
      im = bufIm;
      at = 0;
    }

    @Override
    void scatter(long base, Stage stage) {
      state.scatter(base, stage.runs, stage.lowBits, bufRe, bufIm);
    }

    @Override
    void apply(GateLayout g, int bits) {
      FloatVectorKernel.apply(g, re, im, at, bits, tr, ti);
    }
  }
}
