package org.qsl.circuits.sim;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.ProgressListener;

/**
 * The pure-Java state-vector simulator: gate fusion ({@link GateFuser}), cache blocking
 * ({@link StagePlanner}: the state is read and written once per stage, not once per gate), all
 * cores, and kernels on the incubating Vector API when the {@code jdk.incubator.vector} module is
 * present ({@code --add-modules jdk.incubator.vector}), scalar ones otherwise.
 *
 * <p>The state is stored in the project's bit order (qubit 0 the most significant bit of the
 * index), as a {@link CpuStateVector}. For a given circuit, precision, fusion size and kernel
 * kind, the result is bitwise the same for every thread count.
 *
 * <p>Instances are thread-safe; threads beyond the caller's are pooled and end when idle.
 */
public final class CpuSimulator implements Simulator {
  /** The default fusion size, chosen from the benchmarks in the README. */
  public static final int DEFAULT_FUSION = 2;
  /** States of at most this many qubits are simulated in one piece by one thread. */
  static final int SMALL_QUBITS = 12;
  /** Chunks span at most this many bytes per thread, so they stay in a core's L2 cache. */
  static final int CHUNK_BYTES = 512 << 10;
  /**
   * High storage bits a chunk may choose per stage; the rest are low bits, whose runs of
   * contiguous amplitudes (at least 1 KiB of floats for 16-bit chunks) the gather copies.
   */
  static final int MAX_HIGH_BITS = 8;
  /**
   * Chunks of at most this many runs are worked on where they lie rather than gathered: the
   * vector kernels read and write each amplitude once, and the few long runs (2^(chunkBits - 2)
   * amplitudes at least) cannot evict each other from the cache.
   */
  static final int IN_PLACE_RUNS = 4;
  /** At least a vector's lanes (16 floats) are low bits, so every group has whole vectors. */
  static final int MIN_LOW_BITS = 4;

  private final Precision precision;
  private final int threads;
  private final GateFuser fuser;
  private final boolean vectorized;
  private final ExecutorService pool;
  private final ProgressListener listener;

  private CpuSimulator(Builder b) {
    precision = b.precision;
    threads = b.threads;
    fuser = new GateFuser(b.fusion);
    vectorized = b.vectorized;
    listener = b.listener;
    pool = threads == 1 ? null : pool(threads - 1);
  }

  /** A simulator with the defaults: complex64, all processors, fusion {@value #DEFAULT_FUSION}. */
  public static CpuSimulator create() {
    return builder().build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** True when the Vector API module is present in this JVM, so kernels can use it. */
  public static boolean vectorApiAvailable() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  /** The precision of the states this simulator makes. */
  public Precision precision() {
    return precision;
  }

  /** Number of threads used for large states. */
  public int threads() {
    return threads;
  }

  /** The fusion size k. */
  public int fusion() {
    return fuser.maxQubits();
  }

  /** True when the kernels use the Vector API. */
  public boolean vectorized() {
    return vectorized;
  }

  @Override
  public CpuStateVector run(Circuit circuit) {
    CpuStateVector state = CpuStateVector.zeros(circuit.qubits(), precision);
    apply(circuit, state);
    return state;
  }

  /** Runs {@code circuit} from a copy of {@code initial} in this simulator's precision. */
  public CpuStateVector run(Circuit circuit, StateVector initial) {
    if (initial.qubits() != circuit.qubits()) {
      throw new IllegalArgumentException("a " + circuit.qubits() + "-qubit circuit cannot run on a "
          + initial.qubits() + "-qubit state");
    }
    CpuStateVector state = CpuStateVector.copyOf(initial, precision);
    apply(circuit, state);
    return state;
  }

  /** Applies {@code circuit} to {@code state} in place (in the state's own precision). */
  public void apply(Circuit circuit, CpuStateVector state) {
    int n = state.qubits();
    if (circuit.qubits() != n) {
      throw new IllegalArgumentException("a " + circuit.qubits() + "-qubit circuit cannot run on a "
          + n + "-qubit state");
    }
    List<FusedGate> gates = fuser.fuse(circuit);
    if (gates.isEmpty()) {
      return;
    }
    int maxArity = gates.stream().mapToInt(FusedGate::arity).max().getAsInt();
    int chunkBits = chunkBits(n, state.precision());
    boolean vector = vectorized
        && chunkBits >= ChunkWorker.vectorLaneBits(state.precision()) + maxArity;
    int laneBits = vector ? ChunkWorker.vectorLaneBits(state.precision()) : 0;
    Stage[] stages = plan(n, gates, state.precision()).toArray(Stage[]::new);
    GateLayout[][] layouts = new GateLayout[stages.length][];
    for (int s = 0; s < stages.length; s++) {
      Stage stage = stages[s];
      boolean inPlace =
          vector && stage.runs.length <= IN_PLACE_RUNS && stage.span() <= state.chunkBits;
      Stage storage = inPlace ? stage : null; // layouts over storage: chunks worked where they lie
      layouts[s] = stage.gates.stream()
          .map(g -> new GateLayout(g.matrix(), stage.targets(g), laneBits, storage))
          .toArray(GateLayout[]::new);
    }
    int team = (int) Math.min(n <= SMALL_QUBITS ? 1 : threads, stages[0].chunks());
    ChunkWorker[] workers = new ChunkWorker[team];
    for (int i = 0; i < team; i++) {
      workers[i] = vector
          ? ChunkWorker.vectorized(state, chunkBits, maxArity)
          : ChunkWorker.scalar(state, chunkBits, maxArity);
    }
    StageExecutor.execute(stages, layouts, workers, pool, listener);
  }

  /**
   * Number of passes over the state a run of {@code circuit} makes in this simulator's
   * precision: the stages of its cache-blocked plan (one per fused gate without blocking).
   */
  public int passes(Circuit circuit) {
    return plan(circuit.qubits(), fuser.fuse(circuit), precision).size();
  }

  static List<Stage> plan(int n, List<FusedGate> gates, Precision precision) {
    int chunkBits = chunkBits(n, precision);
    int lowBits = n <= SMALL_QUBITS ? n : Math.max(chunkBits - MAX_HIGH_BITS, MIN_LOW_BITS);
    return StagePlanner.plan(n, gates, lowBits, chunkBits);
  }

  /** log2 of the amplitudes per chunk: an L2-sized chunk, and at least four chunks. */
  static int chunkBits(int qubits, Precision precision) {
    if (qubits <= SMALL_QUBITS) {
      return qubits;
    }
    int cacheBits = Integer.numberOfTrailingZeros(CHUNK_BYTES / (2 * precision.bytesPerReal()));
    return Math.min(cacheBits, qubits - 2);
  }

  private static ExecutorService pool(int size) {
    ThreadPoolExecutor p = new ThreadPoolExecutor(size, size, 2, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "qsl-cpu-simulator");
          t.setDaemon(true);
          return t;
        });
    p.allowCoreThreadTimeOut(true);
    return p;
  }

  /** Options of a {@link CpuSimulator}. */
  public static final class Builder {
    private Precision precision = Precision.COMPLEX64;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int fusion = DEFAULT_FUSION;
    private boolean vectorized = vectorApiAvailable();
    private ProgressListener listener = ProgressListener.NONE;

    private Builder() {}

    /** Amplitude precision; complex64 by default. */
    public Builder precision(Precision precision) {
      this.precision = precision;
      return this;
    }

    /** Number of threads; all available processors by default. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Fusion size k, 1..{@value GateFuser#MAX_QUBITS}; {@value #DEFAULT_FUSION} by default. */
    public Builder fusion(int k) {
      new GateFuser(k); // validates
      this.fusion = k;
      return this;
    }

    /**
     * Whether kernels use the Vector API; by default when its module is present.
     *
     * @throws IllegalArgumentException when asked for while the module is absent
     */
    public Builder vectorized(boolean on) {
      if (on && !vectorApiAvailable()) {
        throw new IllegalArgumentException(
            "the Vector API needs the JVM option --add-modules jdk.incubator.vector");
      }
      this.vectorized = on;
      return this;
    }

    /**
     * Receives the progress of each run in stages (passes over the state), on the calling thread
     * after each stage; none by default.
     */
    public Builder progress(ProgressListener listener) {
      this.listener = listener;
      return this;
    }

    /** The simulator. */
    public CpuSimulator build() {
      return new CpuSimulator(this);
    }
  }
}
