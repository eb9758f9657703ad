package org.qsl.circuits.sim;

import java.util.ArrayList;
import java.util.List;
import org.qsl.circuits.Unitary;

/**
 * A fused gate compiled for a buffer of amplitudes processed in vectors of 2^laneBits lanes (one
 * lane for the scalar kernel). Target bits at or above laneBits select whole vectors: a gate on h
 * such bits mixes 2^h vectors at {@link #offsets}. Target bits below laneBits mix lanes within a
 * vector, which the kernels do by permuting lanes with {@link #laneMasks} (XOR of the lane index).
 * Output vector r is then the sum over terms t of coefficient vector t times permuted input
 * {@link #termSlot}[t], lane by lane. Zero coefficient vectors are left out, so diagonal and
 * permutation-like gates cost less than dense ones.
 */
final class GateLayout {
  final int laneBits;
  /** Number of qubits k. */
  final int arity;
  /** Number of targets at or above laneBits: the gate mixes 2^h vectors. */
  final int highTargets;
  /** True when every (output, input vector, permutation) has a term, in that order. */
  final boolean dense;
  /** Bit positions of the vector index where the target bits go, ascending. */
  final int[] groupPositions;
  /** Amplitude offset of each of the 2^h vectors from the group's first amplitude. */
  final int[] offsets;
  /** XOR masks of the lane permutations; entry 0 is the identity. */
  final int[] laneMasks;
  /** Terms of output vector r are rowStart[r] .. rowStart[r+1]-1. */
  final int[] rowStart;
  /** Permuted input of each term: input vector s, permutation x as slot s * laneMasks.length + x. */
  final int[] termSlot;
  /** Coefficients of term t at positions t * 2^laneBits .. (lane by lane), in both precisions. */
  final double[] coefReDouble;
  final double[] coefImDouble;
  final float[] coefReFloat;
  final float[] coefImFloat;
  /** True when the offsets are storage offsets: the kernel works where the chunk lies. */
  final boolean inStorage;
  /**
   * True when the layout holds storage offsets and each block a one-target gate mixes (its two
   * halves) is contiguous in storage.
   */
  final boolean contiguousHalves;
  /** Buffer offsets of at least 2^runBits amplitudes are mapped through {@link #runs}. */
  private final int runBits;
  private final int[] runs;

  /**
   * @param matrix the gate's unitary, first target most significant
   * @param targets buffer bit of each of the gate's qubits
   * @param laneBits log2 of the lanes per vector
   */
  GateLayout(Unitary matrix, int[] targets, int laneBits) {
    this(matrix, targets, laneBits, null);
  }

  /**
   * A layout whose offsets are storage offsets from a chunk's first amplitude, for a stage whose
   * chunks are worked on in place, where they lie ({@code stage == null}: buffer offsets). Buffer
   * bit b &lt; stage.lowBits is storage bit b; the higher buffer bits number the stage's runs.
   */
  GateLayout(Unitary matrix, int[] targets, int laneBits, Stage stage) {
    this.laneBits = laneBits;
    inStorage = stage != null;
    if (stage == null) {
      runBits = Integer.SIZE - 1;
      runs = new int[] {0};
    } else {
      runBits = stage.lowBits;
      runs = java.util.Arrays.stream(stage.runs).mapToInt(Math::toIntExact).toArray();
    }
    this.arity = targets.length;
    int k = targets.length;
    int lanes = 1 << laneBits;
    List<Integer> high = new ArrayList<>();
    List<Integer> low = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      (targets[j] >= laneBits ? high : low).add(j);
    }
    highTargets = high.size();
    groupPositions = high.stream().mapToInt(j -> targets[j] - laneBits).sorted().toArray();
    offsets = new int[1 << high.size()];
    for (int s = 0; s < offsets.length; s++) {
      for (int i = 0; i < high.size(); i++) {
        offsets[s] |= ((s >>> i) & 1) << targets[high.get(i)];
      }
      offsets[s] = toStorage(offsets[s]);
    }
    laneMasks = new int[1 << low.size()];
    for (int x = 0; x < laneMasks.length; x++) {
      for (int i = 0; i < low.size(); i++) {
        laneMasks[x] |= ((x >>> i) & 1) << targets[low.get(i)];
      }
    }
    // matrix index of (vector s, lane l): bit k-1-j holds target j
    int[][] index = new int[offsets.length][lanes];
    for (int s = 0; s < offsets.length; s++) {
      for (int l = 0; l < lanes; l++) {
        int idx = 0;
        for (int i = 0; i < high.size(); i++) {
          idx |= ((s >>> i) & 1) << (k - 1 - high.get(i));
        }
        for (int j : low) {
          idx |= ((l >>> targets[j]) & 1) << (k - 1 - j);
        }
        index[s][l] = idx;
      }
    }
    rowStart = new int[offsets.length + 1];
    List<Integer> slots = new ArrayList<>();
    List<double[]> coefs = new ArrayList<>();
    for (int r = 0; r < offsets.length; r++) {
      for (int s = 0; s < offsets.length; s++) {
        for (int x = 0; x < laneMasks.length; x++) {
          double[] c = new double[2 * lanes];
          boolean zero = true;
          for (int l = 0; l < lanes; l++) {
            int row = index[r][l];
            int col = index[s][l ^ laneMasks[x]];
            c[l] = matrix.re(row, col);
            c[lanes + l] = matrix.im(row, col);
            zero &= c[l] == 0 && c[lanes + l] == 0;
          }
          if (!zero) {
            slots.add(s * laneMasks.length + x);
            coefs.add(c);
          }
        }
      }
      rowStart[r + 1] = slots.size();
    }
    contiguousHalves = inStorage && groupPositions.length == 1 && low.isEmpty()
        && targets[high.get(0)] < runBits;
    termSlot = slots.stream().mapToInt(Integer::intValue).toArray();
    dense = termSlot.length == offsets.length * slots();
    coefReDouble = new double[coefs.size() * lanes];
    coefImDouble = new double[coefs.size() * lanes];
    coefReFloat = new float[coefReDouble.length];
    coefImFloat = new float[coefImDouble.length];
    for (int t = 0; t < coefs.size(); t++) {
      for (int l = 0; l < lanes; l++) {
        coefReDouble[t * lanes + l] = coefs.get(t)[l];
        coefImDouble[t * lanes + l] = coefs.get(t)[lanes + l];
        coefReFloat[t * lanes + l] = (float) coefReDouble[t * lanes + l];
        coefImFloat[t * lanes + l] = (float) coefImDouble[t * lanes + l];
      }
    }
  }

  /** Number of vector groups in a buffer of 2^bits amplitudes. */
  int groups(int bits) {
    return 1 << (bits - laneBits - groupPositions.length);
  }

  /** First amplitude of group g: g's bits spread around the target positions, in amplitudes. */
  int groupBase(int g) {
    int v = g;
    for (int p : groupPositions) {
      v = ((v >>> p) << (p + 1)) | (v & ((1 << p) - 1));
    }
    return toStorage(v << laneBits);
  }

  /** The storage offset of buffer offset {@code e} (the same for a buffer layout). */
  private int toStorage(int e) {
    // a buffer layout skips the table: this is on every kernel's path, once per group
    return inStorage ? runs[e >>> runBits] + (e & ((1 << runBits) - 1)) : e;
  }

  /** Number of permuted inputs a group needs (2^h inputs times 2^m permutations). */
  int slots() {
    return offsets.length * laneMasks.length;
  }
}
