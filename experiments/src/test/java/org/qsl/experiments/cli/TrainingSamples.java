package org.qsl.experiments.cli;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.qsl.circuits.samples.SampleFiles;
import org.qsl.circuits.samples.SampleSet;

/** Training data of the train tests: 5-bit product samples, P(bit q = 1) = 0.15 (q + 1). */
final class TrainingSamples {
  private TrainingSamples() {
  }

  /** {@code count} samples drawn with {@code seed}, also written to {@code file} as text. */
  static SampleSet write(Path file, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] values = new long[count];
    for (int i = 0; i < count; i++) {
      for (int q = 0; q < 5; q++) {
        values[i] = values[i] << 1 | (random.nextDouble() < 0.15 * (q + 1) ? 1 : 0);
      }
    }
    SampleSet data = SampleSet.of(5, values);
    SampleFiles.write(data, file, SampleFiles.Format.TEXT);
    return data;
  }
}
