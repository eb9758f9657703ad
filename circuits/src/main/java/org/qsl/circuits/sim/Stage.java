package org.qsl.circuits.sim;

import java.util.List;

/**
 * One cache block of a run: gates that act only on the storage bits of a chunk, applied to each
 * chunk of the state in turn while it stays in cache. A chunk holds the amplitudes whose storage
 * index agrees on the outer bits; the low bits 0 .. lowBits-1 (runs of contiguous amplitudes) and
 * the high bits vary within it. In a chunk's buffer, low bit b stays bit b and the i-th high bit
 * becomes bit lowBits + i.
 */
final class Stage {
  final int lowBits;
  final int[] highBits;
  final int[] outerBits;
  final List<FusedGate> gates;
  /** Storage offset of each run of 2^lowBits amplitudes within a chunk. */
  final long[] runs;
  private final int qubits;

  /**
   * @param qubits n; qubit q is storage bit n-1-q
   * @param highBits the high storage bits of the chunk, ascending, all &ge; lowBits
   */
  Stage(int qubits, int lowBits, int[] highBits, List<FusedGate> gates) {
    this.qubits = qubits;
    this.lowBits = lowBits;
    this.highBits = highBits.clone();
    this.gates = List.copyOf(gates);
    int[] outer = new int[qubits - lowBits - highBits.length];
    int o = 0;
    for (int b = lowBits; b < qubits; b++) {
      if (indexOf(highBits, b) < 0) {
        outer[o++] = b;
      }
    }
    this.outerBits = outer;
    this.runs = new long[1 << highBits.length];
    for (int r = 0; r < runs.length; r++) {
      runs[r] = deposit(r, highBits);
    }
  }

  /** Number of storage bits a chunk spans: log2 of its amplitude count. */
  int bits() {
    return lowBits + highBits.length;
  }

  /** Number of chunks. */
  long chunks() {
    return 1L << outerBits.length;
  }

  /** log2 of the storage range a chunk lies in: one past its highest bit. */
  int span() {
    return highBits.length == 0 ? lowBits : highBits[highBits.length - 1] + 1;
  }

  /**
   * Storage index of the first amplitude of the chunk taken {@code order}-th. Chunks are taken in
   * bit-reversed order, so that the chunks two threads work on at the same time lie far apart:
   * neighbouring runs share the cache lines at their ends (Java arrays are not line-aligned), and
   * two cores writing the same line would slow each other down.
   */
  long chunkBase(long order) {
    int k = outerBits.length;
    long chunk = k == 0 ? 0 : Long.reverse(order) >>> (64 - k);
    return deposit(chunk, outerBits);
  }

  /** The buffer bit of each qubit of {@code gate}, in the gate's order. */
  int[] targets(FusedGate gate) {
    int[] t = new int[gate.arity()];
    for (int i = 0; i < t.length; i++) {
      int b = qubits - 1 - gate.qubit(i);
      t[i] = b < lowBits ? b : lowBits + indexOf(highBits, b);
    }
    return t;
  }

  /** Spreads the bits of {@code value} over the given bit positions (ascending). */
  static long deposit(long value, int[] positions) {
    long out = 0;
    for (int i = 0; i < positions.length; i++) {
      out |= ((value >>> i) & 1L) << positions[i];
    }
    return out;
  }

  /** Position of {@code x} in {@code a}, or -1. */
  static int indexOf(int[] a, int x) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
