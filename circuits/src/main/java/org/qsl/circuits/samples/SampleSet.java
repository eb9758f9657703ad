package org.qsl.circuits.samples;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * An ordered multiset of n-bit measurement outcomes, each packed into a {@code long}: bit (n-1-q)
 * of the value is qubit q, so qubit 0 is the most significant bit and the leftmost character of
 * {@link #format(long)}.
 */
public final class SampleSet {
  /** The largest qubit count a packed {@code long} sample can hold. */
  public static final int MAX_QUBITS = 63;

  private final int qubits;
  private final long[] bitstrings;

  private SampleSet(int qubits, long[] bitstrings) {
    this.qubits = qubits;
    this.bitstrings = bitstrings;
  }

  /**
   * A sample set over {@code qubits} qubits (a copy of {@code bitstrings} is kept).
   *
   * @throws IllegalArgumentException if {@code qubits} is outside 1..63 or a value has bits
   *     at or above position {@code qubits}
   */
  public static SampleSet of(int qubits, long... bitstrings) {
    return wrap(qubits, bitstrings.clone());
  }

  /**
   * A sample set that takes {@code bitstrings} over without copying them, for producers of large
   * sets (samplers, file readers); the caller must not change the array afterwards.
   *
   * @throws IllegalArgumentException as {@link #of(int, long...)}
   */
  public static SampleSet wrap(int qubits, long[] bitstrings) {
    if (qubits < 1 || qubits > MAX_QUBITS) {
      throw new IllegalArgumentException(
          "qubit count must be 1.." + MAX_QUBITS + ", got " + qubits);
    }
    long limit = 1L << qubits;
    for (int i = 0; i < bitstrings.length; i++) {
      if (bitstrings[i] < 0 || bitstrings[i] >= limit) {
        throw new IllegalArgumentException(
            "sample " + i + " = " + bitstrings[i] + " does not fit in " + qubits + " bits");
      }
    }
    return new SampleSet(qubits, bitstrings);
  }

  /** Number of qubits n of every sample. */
  public int qubits() {
    return qubits;
  }

  /** Number of samples. */
  public int size() {
    return bitstrings.length;
  }

  /** The i-th sample as an integer (qubit 0 = most significant bit). */
  public long get(int i) {
    return bitstrings[i];
  }

  /** Bit of qubit {@code q} in sample {@code i}. */
  public int bit(int i, int q) {
    return (int) (bitstrings[i] >>> (qubits - 1 - q)) & 1;
  }

  /** A copy of all samples. */
  public long[] toArray() {
    return bitstrings.clone();
  }

  /** Samples {@code from} (inclusive) to {@code to} (exclusive). */
  public SampleSet slice(int from, int to) {
    return new SampleSet(qubits, Arrays.copyOfRange(bitstrings, from, to));
  }

  /** The distinct samples, ascending, with how often each occurs. */
  public Histogram histogram() {
    return Histogram.of(bitstrings);
  }

  /** A training and a test set. */
  public record Split(SampleSet train, SampleSet test) {}

  /**
   * Shuffles a copy with {@code seed} and cuts it: the first round(trainFraction * size) samples
   * train, the rest test. The same seed gives the same split.
   *
   * @throws IllegalArgumentException if {@code trainFraction} is outside [0, 1]
   */
  public Split split(double trainFraction, long seed) {
    if (!(trainFraction >= 0 && trainFraction <= 1)) {
      throw new IllegalArgumentException(
          "training fraction must be in [0, 1], got " + trainFraction);
    }
    long[] shuffled = bitstrings.clone();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = shuffled.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      long t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    int cut = (int) Math.round(trainFraction * shuffled.length);
    return new Split(new SampleSet(qubits, Arrays.copyOfRange(shuffled, 0, cut)),
        new SampleSet(qubits, Arrays.copyOfRange(shuffled, cut, shuffled.length)));
  }

  /** The text form of {@code bitstring}: n characters, qubit 0 first. */
  public String format(long bitstring) {
    char[] c = new char[qubits];
    for (int q = 0; q < qubits; q++) {
      c[q] = (char) ('0' + ((bitstring >>> (qubits - 1 - q)) & 1));
    }
    return new String(c);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SampleSet s && s.qubits == qubits && Arrays.equals(s.bitstrings, bitstrings);
  }

  @Override
  public int hashCode() {
    return 31 * qubits + Arrays.hashCode(bitstrings);
  }

  @Override
  public String toString() {
    return "SampleSet(" + qubits + " qubits, " + bitstrings.length + " samples)";
  }
}
