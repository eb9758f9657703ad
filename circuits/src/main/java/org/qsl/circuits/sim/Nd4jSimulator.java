package org.qsl.circuits.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.ProgressListener;
import org.qsl.circuits.Unitary;

/**
 * A state-vector simulator on ND4J arrays: on the CPU with the default build, on an NVIDIA GPU
 * when the project is built with {@code -Pcuda}. The state is a tensor of 2^(n+1) reals, real
 * parts then imaginary parts, with one axis per qubit. Each gate of the shared {@link GateFuser}
 * is one matrix product: its qubits are brought to the leading axes (see {@link AxisPlan}) and
 * the state, viewed as a 2^(k+1) x 2^(n-k) matrix, is multiplied by the real 2^(k+1) x 2^(k+1)
 * form [[Re U, -Im U], [Im U, Re U]] of the gate's matrix U.
 *
 * <p>The result is a {@link CpuStateVector} in the project's bit order (qubit 0 the most
 * significant bit). ND4J runs its operations on its own threads (OpenMP on the CPU).
 */
public final class Nd4jSimulator implements Simulator {
  /** The default fusion size, chosen from the benchmarks in the README. */
  public static final int DEFAULT_FUSION = 6;
  /** The largest tensor rank ND4J 1.0.0-M2.1 permutes without crashing (found by trial). */
  static final int MAX_RANK = 15;
  /** Amplitudes copied from ND4J's buffer into the result at a time. */
  private static final int COPY_BITS = 16;
  private static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";
  private static final String CUDA_RUNTIME = "org.bytedeco.cuda.global.cudart";

  private final Precision precision;
  private final GateFuser fuser;
  private final ProgressListener listener;

  private Nd4jSimulator(Builder b) {
    precision = b.precision;
    fuser = new GateFuser(b.fusion);
    listener = b.listener;
  }

  /** A simulator with the defaults: complex64, fusion {@value #DEFAULT_FUSION}. */
  public static Nd4jSimulator create() {
    return builder().build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The precision of the states this simulator makes. */
  public Precision precision() {
    return precision;
  }

  /** The fusion size k. */
  public int fusion() {
    return fuser.maxQubits();
  }

  /**
   * Checks that ND4J's backend starts (once per JVM).
   *
   * @throws IllegalArgumentException in one line when it does not: for the CUDA backend, when
   *     no usable NVIDIA GPU or driver is present
   */
  public static void requireBackend() {
    String failure = BackendCheck.FAILURE;
    if (failure != null) {
      throw new IllegalArgumentException(failure);
    }
  }

  /** Runs the check once, when first needed. */
  private static final class BackendCheck {
    static final String FAILURE = check();

    private static String check() {
      boolean cuda = isCudaBuild();
      try {
        if (cuda) {
          // the CUDA runtime's bindings load the driver: without one they fail here, before
          // ND4J would print the failure's stack trace and report only that no backend runs
          Class.forName(CUDA_RUNTIME, true, Nd4jSimulator.class.getClassLoader());
        }
      } catch (ClassNotFoundException | LinkageError e) {
        return backendFailure(e, true);
      }
      try (INDArray probe = Nd4j.ones(DataType.FLOAT, 2, 2)) {
        probe.mmul(probe);
        return null;
      } catch (RuntimeException | LinkageError e) {
        return backendFailure(e, cuda);
      }
    }
  }

  private static boolean isCudaBuild() {
    try {
      Class.forName(CUDA_BACKEND, false, Nd4jSimulator.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The one-line message for a backend that failed to start with {@code e}. */
  static String backendFailure(Throwable e, boolean cuda) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String cause = (root.getClass().getSimpleName() + ": " + root.getMessage())
        .replaceAll("\\s+", " ").trim();
    return cuda
        ? "the ND4J CUDA backend (a -Pcuda build) found no usable NVIDIA GPU or driver (" + cause
            + "); use --backend cpu, or build without -Pcuda for ND4J on the CPU"
        : "the ND4J backend did not start (" + cause + ")";
  }

  /**
   * Runs {@code circuit} from |0...0>.
   *
   * @throws IllegalArgumentException if the result does not fit in the heap or ND4J's two
   *     working states do not fit in the memory ND4J may use off the heap (checked before
   *     allocating), or the backend does not start
   */
  @Override
  @SuppressWarnings("try") // the workspace scope is entered for its effect on allocations
  public CpuStateVector run(Circuit circuit) {
    int n = circuit.qubits();
    requireBackend();
    requireOffHeap(n);
    CpuStateVector result = CpuStateVector.zeros(n, precision);
    AxisPlan plan = plan(circuit);
    List<AxisPlan.Step> steps = plan.steps();
    DataType type = precision == Precision.COMPLEX64 ? DataType.FLOAT : DataType.DOUBLE;
    INDArray state = null;
    INDArray spare = null;
    try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
      state = Nd4j.create(type, new long[] {2L << n}, 'c');
      spare = Nd4j.create(type, new long[] {2L << n}, 'c');
      state.putScalar(0, 1.0);
      for (int s = 0; s < steps.size(); s++) {
        AxisPlan.Step step = steps.get(s);
        if (step.axes() != null) {
          move(state, spare, step.axes());
          INDArray t = state;
          state = spare;
          spare = t;
        }
        if (step.matrix() != null) {
          int k = step.matrix().qubits();
          try (INDArray m = realForm(step.matrix(), type)) {
            Nd4j.gemm(m, state.reshape('c', 2L << k, 1L << (n - k)),
                spare.reshape('c', 2L << k, 1L << (n - k)), false, false, 1.0, 0.0);
          }
          INDArray t = state;
          state = spare;
          spare = t;
        }
        listener.progress(s + 1, steps.size());
      }
      copy(state, plan.order(), result);
    } finally {
      close(state);
      close(spare);
    }
    return result;
  }

  private static void close(INDArray a) {
    if (a != null) {
      a.close();
    }
  }

  /**
   * Moves the qubit axes of {@code from} into {@code to}: new axis i is old axis
   * {@code axes[i]}. Runs of axes that stay together are merged into one, since ND4J handles
   * tensors of rank 15 at most and a move of a few axes leaves long runs.
   */
  static void move(INDArray from, INDArray to, int[] axes) {
    List<int[]> runs = new ArrayList<>(); // {first old axis, length}, in the new order
    for (int i = 0; i < axes.length; i++) {
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && axes[i] == last[0] + last[1]) {
        last[1]++;
      } else {
        runs.add(new int[] {axes[i], 1});
      }
    }
    if (runs.size() + 1 > MAX_RANK) {
      throw new IllegalStateException("an axis move of " + runs.size() + " runs: "
          + Arrays.toString(axes));
    }
    List<int[]> oldOrder = new ArrayList<>(runs);
    oldOrder.sort((a, b) -> Integer.compare(a[0], b[0]));
    long[] oldShape = new long[runs.size() + 1];
    long[] newShape = new long[runs.size() + 1];
    int[] permutation = new int[runs.size() + 1];
    oldShape[0] = 2; // real and imaginary parts
    newShape[0] = 2;
    for (int r = 0; r < runs.size(); r++) {
      oldShape[r + 1] = 1L << oldOrder.get(r)[1];
      newShape[r + 1] = 1L << runs.get(r)[1];
      permutation[r + 1] = oldOrder.indexOf(runs.get(r)) + 1;
    }
    to.reshape('c', newShape).assign(from.reshape('c', oldShape).permute(permutation));
  }

  /** The plan of a run of {@code circuit}: its axis moves and matrix products. */
  AxisPlan plan(Circuit circuit) {
    return AxisPlan.of(circuit.qubits(), fuser.fuse(circuit), fuser.maxQubits());
  }

  /**
   * Copies a state whose axis i holds qubit {@code order[i]} from ND4J's buffer into
   * {@code result}, in the project's order.
   */
  private static void copy(INDArray state, int[] order, CpuStateVector result) {
    long dimension = result.dimension();
    int block = result.block(COPY_BITS);
    boolean inOrder = Arrays.equals(order, IntStream.range(0, order.length).toArray());
    long[] low = LongStream.range(0, block).map(t -> AxisPlan.projectIndex(t, order)).toArray();
    for (long from = 0; from < dimension; from += block) {
      double[] re = state.data().getDoublesAt(from, block);
      double[] im = state.data().getDoublesAt(dimension + from, block);
      if (inOrder) {
        result.write(from, re, im, 0, block);
      } else {
        long base = AxisPlan.projectIndex(from, order); // bits of distinct axes: the parts add up
        for (int t = 0; t < block; t++) {
          result.setAmplitude(base + low[t], re[t], im[t]);
        }
      }
    }
  }

  /** [[Re U, -Im U], [Im U, Re U]]: U acting on real parts stacked over imaginary parts. */
  static INDArray realForm(Unitary u, DataType type) {
    int d = u.dimension();
    double[] r = new double[4 * d * d];
    int w = 2 * d;
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        double re = u.re(i, j);
        double im = u.im(i, j);
        r[i * w + j] = re;
        r[i * w + d + j] = -im;
        r[(d + i) * w + j] = im;
        r[(d + i) * w + d + j] = re;
      }
    }
    return Nd4j.create(r, new long[] {w, w}, type);
  }

  /** Refuses a run whose two working states exceed what JavaCPP lets ND4J allocate. */
  private void requireOffHeap(int qubits) {
    long needed = 2 * precision.stateBytes(qubits);
    long max = Pointer.maxBytes();
    long available = max - Pointer.totalBytes();
    if (max > 0 && needed > available) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the ND4J simulator needs %d bytes off the heap for two %d-qubit %s states, %d are"
              + " available (JavaCPP's limit, -Dorg.bytedeco.javacpp.maxbytes, defaults to"
              + " -Xmx); use fewer qubits or raise the limit",
          needed, qubits, precision.name().toLowerCase(Locale.ROOT), available));
    }
  }

  /** Options of an {@link Nd4jSimulator}. */
  public static final class Builder {
    private Precision precision = Precision.COMPLEX64;
    private int fusion = DEFAULT_FUSION;
    private ProgressListener listener = ProgressListener.NONE;

    private Builder() {}

    /** Amplitude precision; complex64 by default. */
    public Builder precision(Precision precision) {
      this.precision = precision;
      return this;
    }

    /** Fusion size k, 1..{@value GateFuser#MAX_QUBITS}; {@value #DEFAULT_FUSION} by default. */
    public Builder fusion(int k) {
      new GateFuser(k); // validates
      this.fusion = k;
      return this;
    }

    /** Receives the progress of each run in steps (products and axis moves); none by default. */
    public Builder progress(ProgressListener listener) {
      this.listener = listener;
      return this;
    }

    /** The simulator. */
    public Nd4jSimulator build() {
      return new Nd4jSimulator(this);
    }
  }
}
