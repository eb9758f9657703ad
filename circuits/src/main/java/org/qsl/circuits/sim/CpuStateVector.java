package org.qsl.circuits.sim;

import java.util.stream.IntStream;

/**
 * A state held in Java arrays by {@link CpuSimulator}: real and imaginary parts in separate arrays,
 * cut into chunks of up to 2^{@value #MAX_CHUNK_BITS} amplitudes (1 GiB arrays in complex64, 2 GiB
 * in complex128): 30 qubits (8 GiB in complex64) fit, and up to 28 qubits a state is one array,
 * whose chunks the simulator can work on where they lie.
 *
 * <p>Storage order is the project's: amplitude j is at position j, qubit q being bit n-1-q of j,
 * so reading a state needs no conversion. Sums over the state ({@link #norm()},
 * {@link #fidelity(StateVector)}) are made of fixed blocks added in order, so they do not depend
 * on the number of threads.
 */
public abstract sealed class CpuStateVector implements StateVector
    permits Complex64State, Complex128State {

  /** log2 of the largest chunk, in amplitudes. */
  static final int MAX_CHUNK_BITS = 28;
  /** log2 of the amplitudes per parallel task of a sum over the state. */
  private static final int TASK_BITS = 18;
  /** log2 of the scratch arrays a task converts amplitudes into. */
  private static final int SCRATCH_BITS = 12;

  final int qubits;
  final int chunkBits;

  CpuStateVector(int qubits, int chunkBits) {
    this.qubits = qubits;
    this.chunkBits = Math.min(qubits, chunkBits);
  }

  /**
   * The state |0...0> on {@code qubits} qubits.
   *
   * @throws IllegalArgumentException if the state does not fit in the free heap (checked before
   *     allocating; the message gives the bytes needed and the heap available)
   */
  public static CpuStateVector zeros(int qubits, Precision precision) {
    return zeros(qubits, precision, MAX_CHUNK_BITS);
  }

  /** |0...0> stored in chunks of 2^chunkBits amplitudes (small ones for tests). */
  static CpuStateVector zeros(int qubits, Precision precision, int chunkBits) {
    requireFits(qubits, precision);
    CpuStateVector s = precision == Precision.COMPLEX64
        ? new Complex64State(qubits, chunkBits) : new Complex128State(qubits, chunkBits);
    s.setAmplitude(0, 1, 0);
    return s;
  }

  /** Sets this state back to |0...0>. */
  public void reset() {
    IntStream.range(0, chunkCount()).parallel().forEach(this::clearChunk);
    setAmplitude(0, 1, 0);
  }

  /** Sets every amplitude of chunk {@code c} to zero. */
  abstract void clearChunk(int c);

  /** A copy of any state vector in the given precision. */
  public static CpuStateVector copyOf(StateVector source, Precision precision) {
    CpuStateVector s = zeros(source.qubits(), precision);
    int block = s.block(SCRATCH_BITS);
    if (source instanceof CpuStateVector c) {
      block = Math.min(block, c.block(SCRATCH_BITS));
    }
    double[] re = new double[block];
    double[] im = new double[block];
    for (long from = 0; from < s.dimension(); from += block) {
      read(source, from, re, im, block);
      s.write(from, re, im, 0, block);
    }
    return s;
  }

  /** Amplitudes {@code from ..} of any state (in one chunk of a CpuStateVector) as doubles. */
  private static void read(StateVector s, long from, double[] re, double[] im, int length) {
    if (s instanceof CpuStateVector c) {
      c.read(from, re, im, 0, length);
    } else {
      for (int i = 0; i < length; i++) {
        re[i] = s.re(from + i);
        im[i] = s.im(from + i);
      }
    }
  }

  /**
   * Refuses a state that cannot be held, before allocating it.
   *
   * @throws IllegalArgumentException with the bytes needed and the heap available
   */
  static void requireFits(int qubits, Precision precision) {
    if (qubits < 1) {
      throw new IllegalArgumentException("a state needs at least 1 qubit, got " + qubits);
    }
    long needed = precision.stateBytes(qubits);
    long available = freeHeap();
    if (needed > available) {
      System.gc(); // garbage of an earlier state may still count as used
      available = freeHeap();
    }
    if (needed > available || qubits > MAX_CHUNK_BITS + 30) {
      throw new IllegalArgumentException(String.format(
          "a %d-qubit %s state needs %d bytes (%s) but the Java heap has %d bytes (%s) free of"
              + " %s maximum; use fewer qubits or a larger -Xmx",
          qubits, precision.name().toLowerCase(java.util.Locale.ROOT), needed, gib(needed),
          available, gib(available), gib(Runtime.getRuntime().maxMemory())));
    }
  }

  private static long freeHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
  }

  private static String gib(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
  }

  /** The precision of the stored amplitudes. */
  public abstract Precision precision();

  @Override
  public int qubits() {
    return qubits;
  }

  /** Number of chunks. */
  final int chunkCount() {
    return 1 << (qubits - chunkBits);
  }

  /** Sets amplitude {@code index} (rounded to the storage precision). */
  abstract void setAmplitude(long index, double re, double im);

  /**
   * Copies amplitudes {@code from .. from+length-1}, which lie in one chunk, to positions
   * {@code offset ..} of double arrays.
   */
  abstract void read(long from, double[] re, double[] im, int offset, int length);

  /** Sets amplitudes {@code from .. from+length-1}, which lie in one chunk, from positions {@code offset ..}. */
  abstract void write(long from, double[] re, double[] im, int offset, int length);

  /** Sum of |a|^2 over {@code from .. from+length-1}, which lie in one chunk. */
  abstract double sumOfSquares(long from, int length);

  /** Number of amplitudes of a block that never crosses a chunk: at most 2^maxBits. */
  final int block(int maxBits) {
    return 1 << Math.min(chunkBits, maxBits);
  }

  /**
   * Copies runs of {@code 1 << runBits} amplitudes starting at {@code base + runs[i]} to positions
   * {@code i << runBits} of double buffers, whatever the storage precision.
   */
  abstract void gatherToDoubles(long base, long[] runs, int runBits, double[] re, double[] im);

  /** The inverse of {@link #gatherToDoubles}, rounding to the storage precision. */
  abstract void scatterFromDoubles(long base, long[] runs, int runBits, double[] re,
      double[] im);

  @Override
  public double norm() {
    return blockSums(this::sumOfSquares);
  }

  @Override
  public double fidelity(StateVector other) {
    if (other.qubits() != qubits) {
      throw new IllegalArgumentException(
          "fidelity of states on " + qubits + " and " + other.qubits() + " qubits");
    }
    int task = other instanceof CpuStateVector c
        ? Math.min(block(TASK_BITS), c.block(TASK_BITS)) : block(TASK_BITS);
    double[][] parts = new double[(int) (dimension() / task)][];
    IntStream.range(0, parts.length).parallel().forEach(t -> {
      int block = Math.min(task, block(SCRATCH_BITS));
      double[] ar = new double[block];
      double[] ai = new double[block];
      double[] br = new double[block];
      double[] bi = new double[block];
      double re = 0;
      double im = 0;
      for (long from = (long) t * task; from < (long) (t + 1) * task; from += block) {
        read(from, ar, ai, 0, block);
        read(other, from, br, bi, block);
        for (int i = 0; i < block; i++) { // conj(a) b
          re += ar[i] * br[i] + ai[i] * bi[i];
          im += ar[i] * bi[i] - ai[i] * br[i];
        }
      }
      parts[t] = new double[] {re, im};
    });
    double re = 0;
    double im = 0;
    for (double[] p : parts) {
      re += p[0];
      im += p[1];
    }
    return re * re + im * im;
  }

  @Override
  public void probabilities(long from, double[] out, int offset, int length) {
    if (from < 0 || length < 0 || from + length > dimension()) {
      throw new IndexOutOfBoundsException(
          "amplitudes " + from + ".." + (from + length) + " of " + dimension());
    }
    long end = from + length;
    int done = 0;
    while (from + done < end) {
      long at = from + done;
      long chunkEnd = ((at >>> chunkBits) + 1) << chunkBits;
      int n = (int) (Math.min(end, chunkEnd) - at);
      probabilitiesInChunk(at, out, offset + done, n);
      done += n;
    }
  }

  /** {@link #probabilities(long, double[], int, int)} within one chunk. */
  abstract void probabilitiesInChunk(long from, double[] out, int offset, int length);

  /** Adds per-block values over the state in block order, computing the blocks in parallel. */
  private double blockSums(BlockFunction f) {
    int task = block(TASK_BITS);
    double[] parts = new double[(int) (dimension() / task)];
    IntStream.range(0, parts.length).parallel().forEach(t -> parts[t] = f.apply((long) t * task, task));
    double sum = 0;
    for (double p : parts) {
      sum += p;
    }
    return sum;
  }

  private interface BlockFunction {
    double apply(long from, int length);
  }
}
