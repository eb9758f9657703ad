package org.qsl.circuits.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import org.qsl.circuits.io.InputFormatException;

/**
 * Sample sets as text, one sample per line, leftmost character = qubit 0: either compact
 * ({@code 0110}, as in the paper's hardware files) or separated by spaces ({@code 0 1 1 0}, as
 * the paper's code writes training data; its files begin later lines with a space and end with a
 * line holding one space). Blank lines are ignored; anything else that is not a sample is an
 * error naming the line and column.
 */
final class SampleTextFormat {
  private SampleTextFormat() {}

  /**
   * Reads samples.
   *
   * @param qubits the expected bit count, or 0 to take it from the first sample
   */
  static SampleSet read(BufferedReader in, String source, int qubits) throws IOException {
    long[] samples = new long[1024];
    int count = 0;
    int n = qubits;
    int firstLine = 0;
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      int[] bits = parse(line, source, lineNumber);
      if (bits == null) {
        continue;
      }
      if (n == 0) {
        if (bits.length > SampleSet.MAX_QUBITS) {
          throw new InputFormatException(source, lineNumber, 1,
              "a sample of " + bits.length + " bits; at most " + SampleSet.MAX_QUBITS
                  + " are supported");
        }
        n = bits.length;
        firstLine = lineNumber;
      } else if (bits.length != n) {
        throw new InputFormatException(source, lineNumber, 1,
            "expected " + n + " bits " + (firstLine > 0 ? "(as on line " + firstLine + ")"
                : "(the qubit count given)") + ", found " + bits.length);
      }
      long value = 0;
      for (int b : bits) {
        value = (value << 1) | b;
      }
      if (count == samples.length) {
        samples = Arrays.copyOf(samples, (int) Math.min(Integer.MAX_VALUE - 8, 2L * count));
      }
      samples[count++] = value;
    }
    if (count == 0) {
      throw new InputFormatException(source, 0, 0,
          "no samples found; expected one 0/1 string per line");
    }
    return SampleSet.wrap(n, Arrays.copyOf(samples, count));
  }

  /** The bits of one line, or null for a blank line. */
  private static int[] parse(String line, String source, int lineNumber) {
    int start = 0;
    int end = line.length();
    while (start < end && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return null;
    }
    boolean spaced = line.substring(start, end).chars().anyMatch(c -> c == ' ' || c == '\t');
    int[] bits = new int[end - start];
    int count = 0;
    boolean afterBit = false;
    for (int i = start; i < end; i++) {
      char c = line.charAt(i);
      if (c == '0' || c == '1') {
        if (spaced && afterBit) {
          throw bad(source, lineNumber, i, "a space between bits (this line separates them)", c);
        }
        bits[count++] = c - '0';
        afterBit = true;
      } else if (spaced && (c == ' ' || c == '\t')) {
        afterBit = false;
      } else {
        throw bad(source, lineNumber, i, "0 or 1", c);
      }
    }
    return Arrays.copyOf(bits, count);
  }

  private static InputFormatException bad(
      String source, int line, int index, String expected, char found) {
    return new InputFormatException(source, line, index + 1,
        "expected " + expected + ", found '" + found + "'");
  }

  /** Writes one sample per line, compact or with a space between bits. */
  static void write(SampleSet samples, Writer out, boolean spaced) throws IOException {
    int n = samples.qubits();
    char[] line = new char[spaced ? 2 * n : n + 1];
    for (int i = 0; i < samples.size(); i++) {
      long x = samples.get(i);
      for (int q = 0; q < n; q++) {
        char c = (char) ('0' + ((x >>> (n - 1 - q)) & 1));
        if (spaced) {
          line[2 * q] = c;
          line[2 * q + 1] = q == n - 1 ? '\n' : ' ';
        } else {
          line[q] = c;
        }
      }
      if (!spaced) {
        line[n] = '\n';
      }
      out.write(line);
    }
  }
}
