package org.qsl.circuits.samples;

import java.util.Arrays;

/** The distinct bitstrings of a sample set, ascending, and how often each occurs. */
public final class Histogram {
  private final long[] bitstrings;
  private final long[] counts;
  private final long total;

  private Histogram(long[] bitstrings, long[] counts, long total) {
    this.bitstrings = bitstrings;
    this.counts = counts;
    this.total = total;
  }

  /** The histogram of {@code samples} (sorts a copy: O(m log m)). */
  static Histogram of(long[] samples) {
    long[] sorted = samples.clone();
    Arrays.parallelSort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        distinct++;
      }
    }
    long[] values = new long[distinct];
    long[] counts = new long[distinct];
    int k = -1;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        values[++k] = sorted[i];
      }
      counts[k]++;
    }
    return new Histogram(values, counts, sorted.length);
  }

  /** Number of distinct bitstrings. */
  public int size() {
    return bitstrings.length;
  }

  /** Number of samples counted. */
  public long total() {
    return total;
  }

  /** The i-th distinct bitstring, ascending. */
  public long bitstring(int i) {
    return bitstrings[i];
  }

  /** How often the i-th distinct bitstring occurs. */
  public long count(int i) {
    return counts[i];
  }

  /** How often {@code bitstring} occurs (0 if never). */
  public long countOf(long bitstring) {
    int i = Arrays.binarySearch(bitstrings, bitstring);
    return i >= 0 ? counts[i] : 0;
  }
}
