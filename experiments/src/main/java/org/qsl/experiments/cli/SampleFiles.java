package org.qsl.experiments.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.qsl.circuits.io.AtomicFiles;
import org.qsl.circuits.io.InputFormatException;
import org.qsl.circuits.samples.SampleSet;

/**
 * TEMPORARY: a minimal text sample-file reader and writer (one 0/1 string per line, qubit 0
 * first), to be replaced by {@code org.qsl.circuits.samples.SampleFiles} when it lands on main.
 */
final class SampleFiles {
  private SampleFiles() {}

  static SampleSet read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file)) {
      java.util.List<Long> values = new java.util.ArrayList<>();
      int qubits = 0;
      String line;
      for (int number = 1; (line = in.readLine()) != null; number++) {
        line = line.strip();
        if (qubits == 0) {
          qubits = line.length();
        }
        if (line.length() != qubits || !line.matches("[01]+")) {
          throw new InputFormatException(file.toString(), number, 1,
              "expected " + qubits + " characters 0 or 1");
        }
        values.add(Long.parseLong(line, 2));
      }
      return SampleSet.of(qubits, values.stream().mapToLong(Long::longValue).toArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static void write(SampleSet samples, Path file) {
    AtomicFiles.writeText(file, w -> {
      for (int i = 0; i < samples.size(); i++) {
        w.write(samples.format(samples.get(i)));
        w.write('\n');
      }
    });
  }
}
