package org.qsl.experiments.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.qsl.experiments.Budget;
import org.qsl.experiments.CircuitFamily;
import org.qsl.experiments.Configuration;
import org.qsl.learners.SizeKnob;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code qsl scan}, {@code qsl complexity} and {@code qsl demo} share: circuits,
 * replicates, learners, training budget and the run folder. The field values are the defaults;
 * a command may start from others (the demo does).
 */
final class ScanOptions {
  @Option(names = "--circuits", paramLabel = "FAMILY",
      description = "sycamore:CYCLES[:PATTERN] or brickwork:CYCLES (default: ${DEFAULT-VALUE})")
  String circuits;

  @Option(names = "--circuit-file", paramLabel = "FILE",
      description = "train on these circuit files (qsim, or OpenQASM 2.0 if *.qasm) instead;"
          + " repeatable")
  List<Path> circuitFiles = new ArrayList<>();

  @Option(names = "--instances", paramLabel = "K",
      description = "circuit instances per n (default: ${DEFAULT-VALUE})")
  int instances = 1;

  @Option(names = "--seeds", paramLabel = "K",
      description = "training seeds per circuit (default: ${DEFAULT-VALUE})")
  int seeds = 1;

  @Option(names = "--learners", split = ",", paramLabel = "NAME",
      description = "learners to train (default: every learner with a size knob)")
  List<String> learners;

  @Option(names = "--train-samples", paramLabel = "M",
      description = "training samples per model (default: ${DEFAULT-VALUE})")
  int trainSamples;

  @Option(names = "--epochs", paramLabel = "E",
      description = "epochs per model (default: ${DEFAULT-VALUE})")
  int epochs;

  @Option(names = "--test-samples", paramLabel = "M",
      description = "fresh model samples scored per model (default: ${DEFAULT-VALUE})")
  int testSamples;

  @Option(names = "--out", paramLabel = "DIR",
      description = "run folder; the same command resumes in it (default:"
          + " qsl-runs/<kind>-<hash of the settings>)")
  Path out;

  @Mixin
  BackendOption backend = new BackendOption();

  @Option(names = "--limit", paramLabel = "K",
      description = "compute at most K configurations in this run, then stop (resume later)")
  int limit = Integer.MAX_VALUE;

  ScanOptions(String circuits, int trainSamples, int epochs, int testSamples) {
    this.circuits = circuits;
    this.trainSamples = trainSamples;
    this.epochs = epochs;
    this.testSamples = testSamples;
  }

  /** The options of a full scan: Sycamore circuits of 14 cycles, 10^4 samples, 20 epochs. */
  static ScanOptions defaults() {
    return new ScanOptions("sycamore:14", 10_000, 20, 10_000);
  }

  CircuitFamily family() {
    return circuitFiles.isEmpty() ? CircuitFamily.parse(circuits)
        : new CircuitFamily.Files(circuitFiles);
  }

  Budget budget() {
    requirePositive("--train-samples", trainSamples);
    requirePositive("--epochs", epochs);
    requirePositive("--test-samples", testSamples);
    requirePositive("--instances", instances);
    requirePositive("--seeds", seeds);
    requirePositive("--limit", limit);
    return new Budget(trainSamples, epochs, testSamples);
  }

  private static void requirePositive(String option, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(option + " must be at least 1, got " + value);
    }
  }

  /** The chosen learners' knobs, in the order given (all, by name, by default). */
  List<SizeKnob> knobs() {
    if (learners == null) {
      List<SizeKnob> all = SizeKnob.all();
      if (all.isEmpty()) {
        throw new IllegalArgumentException("this build has no learner with a size knob");
      }
      return all;
    }
    return learners.stream().map(SizeKnob::of).toList();
  }

  /** {@code --out}, or qsl-runs/KIND-HASH, HASH identifying the plan (so a rerun resumes). */
  Path folder(String kind, List<Configuration> plan) {
    if (out != null) {
      return out;
    }
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (Configuration c : plan) {
      sha.update((c.key() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 8);
    return Path.of("qsl-runs", kind + "-" + hash);
  }

  /**
   * Reads qubit counts: {@code 4..8}, {@code 4,6,8} or a mix such as {@code 4..8,10,12},
   * sorted and without repeats.
   */
  static List<Integer> qubits(String spec) {
    TreeSet<Integer> all = new TreeSet<>();
    for (String part : spec.split(",")) {
      String[] ends = part.trim().split("\\.\\.", -1);
      try {
        int from = Integer.parseInt(ends[0].trim());
        int to = ends.length == 2 ? Integer.parseInt(ends[1].trim()) : from;
        if (ends.length > 2 || from < 1 || to < from) {
          throw new NumberFormatException();
        }
        for (int n = from; n <= to; n++) {
          all.add(n);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--qubits: '" + part + "' is not a qubit count or a"
            + " range such as 4..8");
      }
    }
    return List.copyOf(all);
  }

  /** Reads sizes such as {@code 2,4,8}. */
  static List<Integer> sizes(String learner, String spec) {
    List<Integer> sizes = new ArrayList<>();
    for (String s : spec.split(",")) {
      try {
        sizes.add(Integer.parseInt(s.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--sizes " + learner + "=" + spec + ": '" + s
            + "' is not a whole number");
      }
    }
    return sizes;
  }

  /** {@code given} with every key a chosen learner (else the one-line error names them). */
  static <V> Map<String, V> forLearners(Map<String, V> given, List<SizeKnob> knobs,
      String option) {
    Map<String, V> copy = new LinkedHashMap<>(given);
    for (SizeKnob k : knobs) {
      copy.remove(k.learner());
    }
    if (!copy.isEmpty()) {
      throw new IllegalArgumentException(option + " names " + copy.keySet()
          + ", which is not among the learners " + knobs.stream().map(SizeKnob::learner)
              .toList());
    }
    return given;
  }
}
