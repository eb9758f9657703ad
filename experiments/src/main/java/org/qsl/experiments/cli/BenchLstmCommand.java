package org.qsl.experiments.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qsl.learners.lstm.LstmBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code qsl bench-lstm}: training throughput of the LSTM implementations next to the machine's
 * matrix-product rate, measured in the same run (see {@link LstmBenchmark}).
 */
@Command(
    name = "bench-lstm",
    mixinStandardHelpOptions = true,
    description = {
      "Measures LSTM training throughput (samples/s) of this package's network, DL4J's LSTM layer"
          + " and SameDiff's lstmLayer on the reference model, next to ND4J's sgemm rate measured"
          + " in the same run, and prints a Markdown table with medians over the rounds.",
      "Thread counts of OpenMP (ND4J ops) are set with the environment, e.g. OMP_NUM_THREADS=1."})
final class BenchLstmCommand implements Callable<Integer> {

  @Option(names = "--qubits", split = ",", paramLabel = "N",
      description = "sequence lengths (default: 12,20)")
  List<Integer> qubits = new ArrayList<>(List.of(12, 20));

  @Option(names = "--units", description = "hidden units (default: ${DEFAULT-VALUE})")
  int units = 256;

  @Option(names = {"--batch-size", "--batch"}, split = ",", paramLabel = "B",
      description = "batch sizes (default: 64,512)")
  List<Integer> batches = new ArrayList<>(List.of(64, 512));

  @Option(names = "--rounds", description = "measurements per candidate (default: ${DEFAULT-VALUE})")
  int rounds = 3;

  @Option(names = "--seconds",
      description = "least duration of one measurement (default: ${DEFAULT-VALUE})")
  double seconds = 2;

  @Option(names = "--candidates", split = ";", paramLabel = "PREFIX",
      description = "run only the candidates whose names start so, separated by ';' (names "
          + "contain commas; default: all)")
  List<String> candidates = new ArrayList<>();

  @Option(names = "--blas-threads",
      description = "OpenBLAS threads (default: 0, ND4J's choice, the core count)")
  int blasThreads;

  @Override
  public Integer call() {
    if (rounds < 1 || seconds <= 0 || units < 1) {
      throw new IllegalArgumentException("rounds and units must be >= 1 and seconds > 0");
    }
    LstmBenchmark.run(new LstmBenchmark.Settings(
        qubits.stream().mapToInt(Integer::intValue).toArray(), units,
        batches.stream().mapToInt(Integer::intValue).toArray(), rounds, seconds, candidates, blasThreads),
        System.out);
    return 0;
  }
}
