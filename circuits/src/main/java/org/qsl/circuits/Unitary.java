package org.qsl.circuits;

import java.util.Arrays;

/**
 * An immutable complex square matrix of dimension 2^k acting on k qubits, stored row-major with
 * real and imaginary parts interleaved: element (r, c) is {@code re = data[2(r d + c)]},
 * {@code im = data[2(r d + c) + 1]}.
 *
 * <p>Basis order follows the project convention: for a gate on qubits (q_0, ..., q_{k-1}) the
 * matrix index is {@code sum_j b(q_j) 2^(k-1-j)}, so the first qubit of an operation is the most
 * significant bit (the convention of Cirq).
 */
public final class Unitary {
  private final int dimension;
  private final double[] data;

  private Unitary(int dimension, double[] data) {
    this.dimension = dimension;
    this.data = data;
  }

  /**
   * A matrix from interleaved row-major entries {@code re00, im00, re01, im01, ...}.
   *
   * @throws IllegalArgumentException if the entry count is not 2 d^2 for a power of two d
   */
  public static Unitary of(double... reIm) {
    int d = (int) Math.round(Math.sqrt(reIm.length / 2.0));
    if (d < 2 || Integer.bitCount(d) != 1 || 2 * d * d != reIm.length) {
      throw new IllegalArgumentException(
          "a unitary needs 2*d*d interleaved entries with d a power of two >= 2, got "
              + reIm.length);
    }
    return new Unitary(d, reIm.clone());
  }

  /** The diagonal matrix with the given interleaved diagonal entries {@code re0, im0, re1, ...}. */
  public static Unitary diagonal(double... reIm) {
    int d = reIm.length / 2;
    double[] data = new double[2 * d * d];
    for (int i = 0; i < d; i++) {
      data[2 * (i * d + i)] = reIm[2 * i];
      data[2 * (i * d + i) + 1] = reIm[2 * i + 1];
    }
    return of(data);
  }

  /** The identity on k qubits. */
  public static Unitary identity(int qubits) {
    int d = 1 << qubits;
    double[] data = new double[2 * d * d];
    for (int i = 0; i < d; i++) {
      data[2 * (i * d + i)] = 1;
    }
    return new Unitary(d, data);
  }

  /** Matrix dimension d = 2^k. */
  public int dimension() {
    return dimension;
  }

  /** Number of qubits k the matrix acts on. */
  public int qubits() {
    return Integer.numberOfTrailingZeros(dimension);
  }

  /** Real part of element (row, column). */
  public double re(int row, int column) {
    return data[2 * (row * dimension + column)];
  }

  /** Imaginary part of element (row, column). */
  public double im(int row, int column) {
    return data[2 * (row * dimension + column) + 1];
  }

  /** A copy of the interleaved row-major entries. */
  public double[] toArray() {
    return data.clone();
  }

  /** The product {@code this * other} (apply {@code other} first). */
  public Unitary times(Unitary other) {
    requireSameDimension(other);
    int d = dimension;
    double[] out = new double[2 * d * d];
    for (int r = 0; r < d; r++) {
      for (int k = 0; k < d; k++) {
        double ar = re(r, k);
        double ai = im(r, k);
        if (ar == 0 && ai == 0) {
          continue;
        }
        for (int c = 0; c < d; c++) {
          double br = other.re(k, c);
          double bi = other.im(k, c);
          out[2 * (r * d + c)] += ar * br - ai * bi;
          out[2 * (r * d + c) + 1] += ar * bi + ai * br;
        }
      }
    }
    return new Unitary(d, out);
  }

  /** The Kronecker product {@code this (x) other}: {@code this} acts on the more significant qubits. */
  public Unitary kron(Unitary other) {
    int d = dimension * other.dimension;
    double[] out = new double[2 * d * d];
    for (int r1 = 0; r1 < dimension; r1++) {
      for (int c1 = 0; c1 < dimension; c1++) {
        double ar = re(r1, c1);
        double ai = im(r1, c1);
        for (int r2 = 0; r2 < other.dimension; r2++) {
          for (int c2 = 0; c2 < other.dimension; c2++) {
            int r = r1 * other.dimension + r2;
            int c = c1 * other.dimension + c2;
            double br = other.re(r2, c2);
            double bi = other.im(r2, c2);
            out[2 * (r * d + c)] = ar * br - ai * bi;
            out[2 * (r * d + c) + 1] = ar * bi + ai * br;
          }
        }
      }
    }
    return new Unitary(d, out);
  }

  /** The conjugate transpose, which is the inverse of a unitary. */
  public Unitary adjoint() {
    int d = dimension;
    double[] out = new double[2 * d * d];
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        out[2 * (c * d + r)] = re(r, c);
        out[2 * (c * d + r) + 1] = -im(r, c);
      }
    }
    return new Unitary(d, out);
  }

  /** True when every off-diagonal entry is exactly zero. */
  public boolean isDiagonal() {
    for (int r = 0; r < dimension; r++) {
      for (int c = 0; c < dimension; c++) {
        if (r != c && (re(r, c) != 0 || im(r, c) != 0)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Largest absolute difference of any entry (real or imaginary part). */
  public double distance(Unitary other) {
    requireSameDimension(other);
    double max = 0;
    for (int i = 0; i < data.length; i++) {
      max = Math.max(max, Math.abs(data[i] - other.data[i]));
    }
    return max;
  }

  /** True when {@code U U^dagger} is the identity to within {@code tolerance} per entry. */
  public boolean isUnitary(double tolerance) {
    return times(adjoint()).distance(identity(qubits())) <= tolerance;
  }

  private void requireSameDimension(Unitary other) {
    if (other.dimension != dimension) {
      throw new IllegalArgumentException(
          "dimension mismatch: " + dimension + " vs " + other.dimension);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Unitary u && u.dimension == dimension && Arrays.equals(u.data, data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("[");
    for (int r = 0; r < dimension; r++) {
      s.append(r == 0 ? "[" : ", [");
      for (int c = 0; c < dimension; c++) {
        if (c > 0) {
          s.append(", ");
        }
        s.append(re(r, c)).append(im(r, c) < 0 ? "-" : "+").append(Math.abs(im(r, c))).append('i');
      }
      s.append(']');
    }
    return s.append(']').toString();
  }
}
