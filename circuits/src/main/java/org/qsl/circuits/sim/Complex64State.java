package org.qsl.circuits.sim;

/**
 * A {@link CpuStateVector} in single precision: float chunks of real and imaginary parts.
 *
 * <p>This file is also the template of the double-precision twin, Complex128State, which the build generates from it (circuits/pom.xml): edit this one.
 */
final class Complex64State extends CpuStateVector {
  final float[][] re;
  final float[][] im;
  private final int mask;

  Complex64State(int qubits, int chunkBits) {
    super(qubits, chunkBits);
    re = new float[chunkCount()][1 << this.chunkBits];
    im = new float[chunkCount()][1 << this.chunkBits];
    mask = (1 << this.chunkBits) - 1;
  }

  @Override
  public Precision precision() {
    return Precision.COMPLEX64;
  }

  @Override
  public double re(long index) {
    return re[(int) (index >>> chunkBits)][(int) index & mask];
  }

  @Override
  public double im(long index) {
    return im[(int) (index >>> chunkBits)][(int) index & mask];
  }

  @Override
  void setAmplitude(long index, double r, double i) {
    re[(int) (index >>> chunkBits)][(int) index & mask] = (float) r;
    im[(int) (index >>> chunkBits)][(int) index & mask] = (float) i;
  }

  @Override
  void clearChunk(int c) {
    java.util.Arrays.fill(re[c], 0f);
    java.util.Arrays.fill(im[c], 0f);
  }

  @Override
  void read(long from, double[] r, double[] i, int offset, int length) {
    float[] cr = re[(int) (from >>> chunkBits)];
    float[] ci = im[(int) (from >>> chunkBits)];
    int o = (int) from & mask;
    for (int k = 0; k < length; k++) {
      r[offset + k] = cr[o + k];
      i[offset + k] = ci[o + k];
    }
  }

  @Override
  void write(long from, double[] r, double[] i, int offset, int length) {
    float[] cr = re[(int) (from >>> chunkBits)];
    float[] ci = im[(int) (from >>> chunkBits)];
    int o = (int) from & mask;
    for (int k = 0; k < length; k++) {
      cr[o + k] = (float) r[offset + k];
      ci[o + k] = (float) i[offset + k];
    }
  }

  @Override
  double sumOfSquares(long from, int length) {
    float[] cr = re[(int) (from >>> chunkBits)];
    float[] ci = im[(int) (from >>> chunkBits)];
    int o = (int) from & mask;
    double sum = 0;
    for (int k = o; k < o + length; k++) {
      double a = cr[k];
      double b = ci[k];
      sum += a * a + b * b;
    }
    return sum;
  }

  @Override
  void probabilitiesInChunk(long from, double[] out, int offset, int length) {
    float[] cr = re[(int) (from >>> chunkBits)];
    float[] ci = im[(int) (from >>> chunkBits)];
    int o = (int) from & mask;
    for (int k = 0; k < length; k++) {
      double a = cr[o + k];
      double b = ci[o + k];
      out[offset + k] = a * a + b * b;
    }
  }

  @Override
  void gatherToDoubles(long base, long[] runs, int runBits, double[] r, double[] i) {
    int piece = Math.min(runBits, chunkBits);
    for (int k = 0; k < runs.length; k++) {
      for (int p = 0; p < 1 << runBits; p += 1 << piece) {
        read(base + runs[k] + p, r, i, (k << runBits) + p, 1 << piece);
      }
    }
  }

  @Override
  void scatterFromDoubles(long base, long[] runs, int runBits, double[] r, double[] i) {
    int piece = Math.min(runBits, chunkBits);
    for (int k = 0; k < runs.length; k++) {
      for (int p = 0; p < 1 << runBits; p += 1 << piece) {
        write(base + runs[k] + p, r, i, (k << runBits) + p, 1 << piece);
      }
    }
  }

  /** Copies runs into buffers of the storage type, as {@link #gatherToDoubles}. */
  void gather(long base, long[] runs, int runBits, float[] r, float[] i) {
    int length = 1 << Math.min(runBits, chunkBits);
    for (int k = 0; k < runs.length; k++) {
      for (int p = 0; p < 1 << runBits; p += length) {
        long at = base + runs[k] + p;
        int o = (int) at & mask;
        System.arraycopy(re[(int) (at >>> chunkBits)], o, r, (k << runBits) + p, length);
        System.arraycopy(im[(int) (at >>> chunkBits)], o, i, (k << runBits) + p, length);
      }
    }
  }

  /** The inverse of {@link #gather(long, long[], int, float[], float[])}. */
  void scatter(long base, long[] runs, int runBits, float[] r, float[] i) {
    int length = 1 << Math.min(runBits, chunkBits);
    for (int k = 0; k < runs.length; k++) {
      for (int p = 0; p < 1 << runBits; p += length) {
        long at = base + runs[k] + p;
        int o = (int) at & mask;
        System.arraycopy(r, (k << runBits) + p, re[(int) (at >>> chunkBits)], o, length);
        System.arraycopy(i, (k << runBits) + p, im[(int) (at >>> chunkBits)], o, length);
      }
    }
  }
}
