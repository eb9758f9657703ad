package org.qsl.circuits.sim;

/**
 * Applies a compiled stage to chunks of a state: in place, where the chunk lies, when the kernel
 * works on the storage type and the chunk is a few long runs; otherwise through the worker's own
 * buffer (gather, apply, scatter). One worker per thread; subclasses bind a kernel to its array
 * type (the vector ones are nested in their kernels).
 */
abstract class ChunkWorker {
  /**
   * The first amplitude of the chunk being processed in the arrays {@link #useStorage} or
   * {@link #useBuffer} selected.
   */
  int at;

  /**
   * Applies {@code gates}, compiled for {@code stage}, to chunk {@code chunk}: where it lies if
   * the layouts hold storage offsets (a stage's layouts all do or all do not; only vector workers
   * get such layouts), else gathered into the buffer and scattered back.
   */
  final void process(Stage stage, GateLayout[] gates, long chunk) {
    boolean inPlace = gates[0].inStorage;
    long base = stage.chunkBase(chunk);
    if (inPlace) {
      useStorage(base);
    } else {
      useBuffer(base, stage);
    }
    for (GateLayout g : gates) {
      apply(g, stage.bits());
    }
    if (!inPlace) {
      scatter(base, stage);
    }
  }

  /**
   * Selects the storage arrays holding the chunk at {@code base}, which lies in one of them, and
   * the chunk's offset there.
   */
  abstract void useStorage(long base);

  /** Gathers the chunk at {@code base} into the buffer and selects it. */
  abstract void useBuffer(long base, Stage stage);

  /** Writes the buffer back to the chunk at {@code base}. */
  abstract void scatter(long base, Stage stage);

  abstract void apply(GateLayout g, int bits);


  /** A worker over {@code state} with the Vector API kernel of its precision. */
  static ChunkWorker vectorized(CpuStateVector state, int maxBits, int maxArity) {
    return state instanceof Complex64State s
        ? new FloatVectorKernel.Worker(s, maxBits, maxArity)
        : new DoubleVectorKernel.Worker((Complex128State) state, maxBits, maxArity);
  }

  /** log2 of the lanes of the vectorized kernel for {@code precision}. */
  static int vectorLaneBits(Precision precision) {
    return precision == Precision.COMPLEX64
        ? FloatVectorKernel.LANE_BITS : DoubleVectorKernel.LANE_BITS;
  }

  /** A worker over {@code state} with the scalar kernel (double precision buffer). */
  static ChunkWorker scalar(CpuStateVector state, int maxBits, int maxArity) {
    return new ScalarWorker(state, maxBits, maxArity);
  }

  /** Scalar kernel on a double buffer, whatever the storage precision; it has no lanes. */
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
      tr = new double[1 << maxArity];
      ti = new double[tr.length];
    }

    @Override
    void useStorage(long base) {
      throw new UnsupportedOperationException("the scalar kernel works on a double buffer");
    }

    @Override
    void useBuffer(long base, Stage stage) {
      state.gatherToDoubles(base, stage.runs, stage.lowBits, re, im);
    }

    @Override
    void scatter(long base, Stage stage) {
      state.scatterFromDoubles(base, stage.runs, stage.lowBits, re, im);
    }

    @Override
    void apply(GateLayout g, int bits) {
      ScalarKernel.apply(g, re, im, 0, bits, tr, ti);
    }

  }
}
