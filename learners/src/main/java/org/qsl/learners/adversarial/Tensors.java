package org.qsl.learners.adversarial;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Sets of double arrays (network parameters, optimiser state) to and from one ND4J array. */
public final class Tensors {
  private Tensors() {}

  /** Total number of elements. */
  public static long size(double[][] arrays) {
    long n = 0;
    for (double[] a : arrays) {
      n += a.length;
    }
    return n;
  }

  /** The arrays one after another, as a flat double-precision ND4J array (a copy). */
  public static INDArray flatten(double[][] arrays) {
    double[] flat = new double[Math.toIntExact(size(arrays))];
    int at = 0;
    for (double[] a : arrays) {
      System.arraycopy(a, 0, flat, at, a.length);
      at += a.length;
    }
    return Nd4j.createFromArray(flat);
  }

  /** Copies {@code flat} (as written by {@link #flatten}) back into {@code arrays}. */
  public static void unflatten(INDArray flat, double[][] arrays) {
    if (flat.length() != size(arrays)) {
      throw new IllegalArgumentException("expected " + size(arrays) + " values, got " + flat.length());
    }
    double[] values = flat.toDoubleVector();
    int at = 0;
    for (double[] a : arrays) {
      System.arraycopy(values, at, a, 0, a.length);
      at += a.length;
    }
  }

  /** Copies of every array of {@code groups}, in order (a snapshot for {@link #restore}). */
  public static double[][] copy(double[][]... groups) {
    int count = 0;
    for (double[][] g : groups) {
      count += g.length;
    }
    double[][] copy = new double[count][];
    int at = 0;
    for (double[][] g : groups) {
      for (double[] a : g) {
        copy[at++] = a.clone();
      }
    }
    return copy;
  }

  /** Copies a {@link #copy} of {@code groups} back into them. */
  public static void restore(double[][] snapshot, double[][]... groups) {
    int at = 0;
    for (double[][] g : groups) {
      for (double[] a : g) {
        System.arraycopy(snapshot[at++], 0, a, 0, a.length);
      }
    }
  }
}
