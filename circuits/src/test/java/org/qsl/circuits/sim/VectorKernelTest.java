package org.qsl.circuits.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Unitary;

/**
 * Each Vector API kernel against the scalar one, for every placement of one, two and three
 * targets among lane and vector bits, on dense, diagonal and permutation-like matrices.
 */
class VectorKernelTest {
  private static final int BITS = 7;

  static Unitary[] matrices(int k, SplittableRandom r) {
    Unitary dense = TestCircuits.randomOneQubit(r);
    Unitary diagonal = new Gate.Rz(1.3).unitary();
    Unitary permutation = Gates.X.unitary();
    for (int i = 1; i < k; i++) {
      dense = dense.kron(TestCircuits.randomOneQubit(r));
      diagonal = diagonal.kron(new Gate.Phase(0.4 * i).unitary());
      permutation = permutation.kron(Gates.Y.unitary());
    }
    if (k >= 2) {
      dense = dense.times(new FusedGate(new int[] {0, 1}, Gates.SYCAMORE.unitary(), 1)
          .embedIn(range(k)));
    }
    return new Unitary[] {dense, diagonal, permutation};
  }

  @Test
  void floatKernelsMatchTheScalarKernel() {
    compare(FloatVectorKernel.LANE_BITS, true);
  }

  @Test
  void doubleKernelsMatchTheScalarKernel() {
    compare(DoubleVectorKernel.LANE_BITS, false);
  }

  private static void compare(int laneBits, boolean single) {
    SplittableRandom r = new SplittableRandom(9);
    double[] re = new double[1 << BITS];
    double[] im = new double[1 << BITS];
    for (int i = 0; i < re.length; i++) {
      re[i] = r.nextDouble(-1, 1);
      im[i] = r.nextDouble(-1, 1);
    }
    int placements = 0;
    for (int k = 1; k <= 3; k++) {
      for (int[] targets : placements(k)) {
        for (Unitary u : matrices(k, r)) {
          double[] er = re.clone();
          double[] ei = im.clone();
          ScalarKernel.apply(new GateLayout(u, targets, 0), er, ei, 0, BITS, new double[8],
              new double[8]);
          GateLayout g = new GateLayout(u, targets, laneBits);
          double[][] actual = single ? applyFloat(g, re, im) : applyDouble(g, re, im);
          double tolerance = single ? 1e-5 : 1e-13;
          for (int i = 0; i < re.length; i++) {
            assertEquals(er[i], actual[0][i], tolerance, "targets " + java.util.Arrays.toString(
                targets) + " " + u);
            assertEquals(ei[i], actual[1][i], tolerance);
          }
          placements++;
        }
      }
    }
    assertEquals(3 * (BITS + BITS * (BITS - 1) + BITS * (BITS - 1) * (BITS - 2)), placements);
  }

  private static double[][] applyFloat(GateLayout g, double[] re, double[] im) {
    float[] r = new float[re.length];
    float[] i = new float[im.length];
    for (int j = 0; j < re.length; j++) {
      r[j] = (float) re[j];
      i[j] = (float) im[j];
    }
    float[] scratch = new float[FloatVectorKernel.SPECIES.length() << 4];
    FloatVectorKernel.apply(g, r, i, 0, BITS, scratch, scratch.clone());
    double[][] out = new double[2][re.length];
    for (int j = 0; j < re.length; j++) {
      out[0][j] = r[j];
      out[1][j] = i[j];
    }
    return out;
  }

  private static double[][] applyDouble(GateLayout g, double[] re, double[] im) {
    double[][] out = {re.clone(), im.clone()};
    double[] scratch = new double[DoubleVectorKernel.SPECIES.length() << 4];
    DoubleVectorKernel.apply(g, out[0], out[1], 0, BITS, scratch, scratch.clone());
    return out;
  }

  /** Every ordered choice of k distinct buffer bits. */
  private static java.util.List<int[]> placements(int k) {
    java.util.List<int[]> out = new java.util.ArrayList<>();
    place(new int[k], 0, out);
    return out;
  }

  private static void place(int[] t, int i, java.util.List<int[]> out) {
    if (i == t.length) {
      out.add(t.clone());
      return;
    }
    outer:
    for (int b = 0; b < BITS; b++) {
      for (int j = 0; j < i; j++) {
        if (t[j] == b) {
          continue outer;
        }
      }
      t[i] = b;
      place(t, i + 1, out);
    }
  }

  private static int[] range(int k) {
    int[] r = new int[k];
    for (int i = 0; i < k; i++) {
      r[i] = i;
    }
    return r;
  }
}
