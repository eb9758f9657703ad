package org.qsl.learners.lstm;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training throughput of the LSTM candidates (this package's hand-written network with its fused
 * cell and with ND4J ops, DL4J's LSTM layer, SameDiff's lstmLayer) on the reference model, next to
 * the single-precision matrix-product rate of ND4J measured in the same run. The machine is noisy,
 * so every round measures the product rate and then each candidate in turn, and the report gives
 * medians over the rounds.
 */
public final class LstmBenchmark {
  private static final int GEMM_SIZE = 2048;

  /**
   * What to measure.
   *
   * @param qubits sequence lengths n
   * @param units hidden units H
   * @param batches batch sizes
   * @param rounds measurements per candidate (the median is reported)
   * @param seconds the least time one measurement runs
   * @param candidates name prefixes of the candidates to run (empty: all)
   * @param blasThreads OpenBLAS threads, or 0 for ND4J's choice (the core count)
   */
  public record Settings(int[] qubits, int units, int[] batches, int rounds, double seconds,
      List<String> candidates, int blasThreads) {}

  private LstmBenchmark() {}

  /** Runs the benchmark and prints a Markdown table to {@code out}. */
  public static void run(Settings settings, PrintStream out) {
    if (settings.blasThreads() > 0) {
      Nd4j.factory().blas().setMaxThreads(settings.blasThreads());
    }
    int defaultBlasThreads = Nd4j.factory().blas().getMaxThreads();
    out.printf("threads: OpenBLAS %d, ND4J %d; OMP_NUM_THREADS=%s OPENBLAS_NUM_THREADS=%s "
        + "OMP_WAIT_POLICY=%s; %d cores; load average %.2f%n", Nd4j.factory().blas().getMaxThreads(),
        Nd4j.getEnvironment().maxThreads(), System.getenv("OMP_NUM_THREADS"),
        System.getenv("OPENBLAS_NUM_THREADS"), System.getenv("OMP_WAIT_POLICY"),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.println("| n | units | batch | candidate | samples/s | GFLOP/s | of sgemm | sgemm GFLOP/s |");
    out.println("|---|---|---|---|---|---|---|---|");
    for (int n : settings.qubits()) {
      for (int batch : settings.batches()) {
        measure(settings, n, batch, defaultBlasThreads, out);
      }
    }
    out.printf("load average at the end %.2f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void measure(Settings settings, int n, int batch, int defaultBlasThreads,
      PrintStream out) {
    List<TrainingCandidate> candidates = new ArrayList<>();
    for (TrainingCandidate c : TrainingCandidate.all(n, settings.units(), batch)) {
      if (settings.candidates().isEmpty()
          || settings.candidates().stream().anyMatch(c.name::startsWith)) {
        candidates.add(c);
      } else {
        c.close(); // made but not measured: its threads would stay
      }
    }
    SplittableRandom random = new SplittableRandom(n * 1000L + batch);
    long[][] batches = new long[16][batch];
    for (long[] b : batches) {
      for (int i = 0; i < batch; i++) {
        b[i] = random.nextLong() >>> (64 - n);
      }
    }
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream())); // SameDiff's set-up chatter
    try {
      for (TrainingCandidate c : candidates) {
        blasThreads(c, defaultBlasThreads);
        c.step(batches[0]); // warm up: first-call set-up and JIT
        c.step(batches[1]);
      }
    } finally {
      System.setOut(stdout);
    }
    double[] gemm = new double[settings.rounds()];
    double[][] rates = new double[candidates.size()][settings.rounds()];
    for (int r = 0; r < settings.rounds(); r++) {
      Nd4j.factory().blas().setMaxThreads(defaultBlasThreads);
      gemm[r] = sgemmRate(settings.seconds() / 3);
      for (int k = 0; k < candidates.size(); k++) {
        blasThreads(candidates.get(k), defaultBlasThreads);
        rates[k][r] = samplesPerSecond(candidates.get(k), batches, settings.seconds());
      }
    }
    Nd4j.factory().blas().setMaxThreads(defaultBlasThreads);
    double gemmRate = median(gemm);
    for (int k = 0; k < candidates.size(); k++) {
      TrainingCandidate c = candidates.get(k);
      double rate = median(rates[k]);
      double gflops = rate * c.shape.trainingFlopsPerSample() / 1e9;
      out.printf("| %d | %d | %d | %s | %,.0f | %.1f | %.0f%% | %.0f |%n", n, settings.units(),
          batch, c.name, rate, gflops, 100 * gflops / gemmRate, gemmRate);
      c.close();
    }
  }

  /** Sets OpenBLAS's threads for candidate c (switching costs milliseconds: done here only). */
  private static void blasThreads(TrainingCandidate c, int defaultThreads) {
    int wanted = c.blasThreads > 0 ? c.blasThreads : defaultThreads;
    if (Nd4j.factory().blas().getMaxThreads() != wanted) {
      Nd4j.factory().blas().setMaxThreads(wanted);
    }
  }

  private static double samplesPerSecond(TrainingCandidate c, long[][] batches, double seconds) {
    long start = System.nanoTime();
    long samples = 0;
    int i = 0;
    do {
      long[] b = batches[i++ % batches.length];
      c.step(b);
      samples += b.length;
    } while (System.nanoTime() - start < seconds * 1e9);
    return samples / ((System.nanoTime() - start) / 1e9);
  }

  /** ND4J's single-precision GEMM rate on 2048 x 2048 matrices, GFLOP/s. */
  static double sgemmRate(double seconds) {
    INDArray a = Nd4j.rand(DataType.FLOAT, GEMM_SIZE, GEMM_SIZE);
    INDArray b = Nd4j.rand(DataType.FLOAT, GEMM_SIZE, GEMM_SIZE);
    INDArray c = Nd4j.create(DataType.FLOAT, GEMM_SIZE, GEMM_SIZE);
    Nd4j.gemm(a, b, c, false, false, 1, 0);
    long start = System.nanoTime();
    int count = 0;
    do {
      Nd4j.gemm(a, b, c, false, false, 1, 0);
      count++;
    } while (System.nanoTime() - start < seconds * 1e9);
    return count * 2.0 * GEMM_SIZE * GEMM_SIZE * GEMM_SIZE / (System.nanoTime() - start);
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }
}
