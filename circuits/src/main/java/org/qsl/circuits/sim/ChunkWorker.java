package org.qsl.circuits.sim;

/**
 * Applies a stage's compiled gates to chunks of a state: a contiguous chunk in place, any other
 * one through the worker's own buffer (gather, apply, scatter). One worker per thread.
 */
abstract class ChunkWorker {

  /** Applies {@code gates} (compiled for {@code stage}) to chunk {@code chunk}. */
  abstract void process(Stage stage, GateLayout[] gates, long chunk);

  /** Log2 of the lanes of the layouts this worker applies. */
  abstract int laneBits();

  /** A worker over {@code state} with the Vector API kernel of its precision. */
  static ChunkWorker vectorized(CpuStateVector state, int maxBits, int maxArity) {
    return state instanceof Complex64State s
        ? new FloatVectorWorker(s, maxBits, maxArity)
        : new DoubleVectorWorker((Complex128State) state, maxBits, maxArity);
  }

  /** A worker over {@code state} with the scalar kernel (double precision buffer). */
  static ChunkWorker scalar(CpuStateVector state, int maxBits, int maxArity) {
    return new ScalarWorker(state, maxBits, maxArity);
  }

  /** Scratch length for the permuted inputs of a gate on {@code maxArity} qubits. */
  static int scratch(int maxArity, int lanes) {
    return (1 << maxArity) * lanes;
  }

  private static final class FloatVectorWorker extends ChunkWorker {
    private final Complex64State state;
    private final float[] re;
    private final float[] im;
    private final float[] tr;
    private final float[] ti;

    FloatVectorWorker(Complex64State state, int maxBits, int maxArity) {
      this.state = state;
      re = new float[1 << maxBits];
      im = new float[1 << maxBits];
      tr = new float[scratch(maxArity, 1 << laneBits())];
      ti = new float[tr.length];
    }

    @Override
    int laneBits() {
      return FloatVectorKernel.LANE_BITS;
    }

    @Override
    void process(Stage stage, GateLayout[] gates, long chunk) {
      long base = stage.chunkBase(chunk);
      int bits = stage.bits();
      if (stage.contiguous()) {
        float[] cr = state.re[(int) (base >>> state.chunkBits)];
        float[] ci = state.im[(int) (base >>> state.chunkBits)];
        int at = (int) (base & ((1L << state.chunkBits) - 1));
        for (GateLayout g : gates) {
          FloatVectorKernel.apply(g, cr, ci, at, bits, tr, ti);
        }
        return;
      }
      state.gather(base, stage.runs, stage.lowBits, re, im);
      for (GateLayout g : gates) {
        FloatVectorKernel.apply(g, re, im, 0, bits, tr, ti);
      }
      state.scatter(base, stage.runs, stage.lowBits, re, im);
    }
  }

  private static final class DoubleVectorWorker extends ChunkWorker {
    private final Complex128State state;
    private final double[] re;
    private final double[] im;
    private final double[] tr;
    private final double[] ti;

    DoubleVectorWorker(Complex128State state, int maxBits, int maxArity) {
      this.state = state;
      re = new double[1 << maxBits];
      im = new double[1 << maxBits];
      tr = new double[scratch(maxArity, 1 << laneBits())];
      ti = new double[tr.length];
    }

    @Override
    int laneBits() {
      return DoubleVectorKernel.LANE_BITS;
    }

    @Override
    void process(Stage stage, GateLayout[] gates, long chunk) {
      long base = stage.chunkBase(chunk);
      int bits = stage.bits();
      if (stage.contiguous()) {
        double[] cr = state.re[(int) (base >>> state.chunkBits)];
        double[] ci = state.im[(int) (base >>> state.chunkBits)];
        int at = (int) (base & ((1L << state.chunkBits) - 1));
        for (GateLayout g : gates) {
          DoubleVectorKernel.apply(g, cr, ci, at, bits, tr, ti);
        }
        return;
      }
      state.gather(base, stage.runs, stage.lowBits, re, im);
      for (GateLayout g : gates) {
        DoubleVectorKernel.apply(g, re, im, 0, bits, tr, ti);
      }
      state.scatter(base, stage.runs, stage.lowBits, re, im);
    }
  }

  private static final class ScalarWorker extends ChunkWorker {
    private final CpuStateVector state;
    private final double[] re;
    private final double[] im;
    private final double[] tr;
    private final double[] ti;

    ScalarWorker(CpuStateVector state, int maxBits, int maxArity) {
      this.state = state;
      re = new double[1 << maxBits];
      im = new double[1 << maxBits];
      tr = new double[scratch(maxArity, 1)];
      ti = new double[tr.length];
    }

    @Override
    int laneBits() {
      return 0;
    }

    @Override
    void process(Stage stage, GateLayout[] gates, long chunk) {
      long base = stage.chunkBase(chunk);
      state.gather(base, stage.runs, stage.lowBits, re, im);
      for (GateLayout g : gates) {
        ScalarKernel.apply(g, re, im, 0, stage.bits(), tr, ti);
      }
      state.scatter(base, stage.runs, stage.lowBits, re, im);
    }
  }
}
