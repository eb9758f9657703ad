package org.qsl.experiments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.Sampler;
import org.qsl.circuits.dist.Target;
import org.qsl.circuits.samples.SampleFiles;
import org.qsl.circuits.samples.SampleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qsl sample}: probabilities file -> sample-set file, from a target, with noise. */
@Command(name = "sample", mixinStandardHelpOptions = true,
    description = "Draws exact i.i.d. samples from a probabilities file (or a target made from it),"
        + " optionally depolarised with fidelity F.")
final class SampleCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-p", "--probabilities"}, required = true, paramLabel = "FILE",
      description = "2^n probabilities: text, one per line, or raw float32 (.bin, .f32)")
  Path probabilities;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
      description = "the samples (.npy for NumPy, anything else text)")
  Path out;

  @Option(names = {"-m", "--count"}, defaultValue = "100000", paramLabel = "M",
      description = "number of samples (default ${DEFAULT-VALUE})")
  int count;

  @Option(names = "--seed", defaultValue = "0",
      description = "seed of the samples and of random targets (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--target", defaultValue = "natural", paramLabel = "TARGET",
      description = "natural, shuffled, sorted, subset-weight:K, subset-parity:K or "
          + "subset-parity:K:random (default ${DEFAULT-VALUE})")
  String target;

  @Option(names = "--target-out", paramLabel = "FILE",
      description = "also write the target's probabilities (to score against it later)")
  Path targetOut;

  @Option(names = {"-F", "--fidelity"}, defaultValue = "1",
      description = "each sample from the target with probability F, else uniform "
          + "(default ${DEFAULT-VALUE}; 0.37 mimics the 12-qubit Sycamore data)")
  double fidelity;

  @Mixin
  SampleFormatOption format;

  @Option(names = "--threads", paramLabel = "T",
      description = "threads (default: all processors; the samples do not depend on it)")
  Integer threads;

  @Override
  public Integer call() {
    Target t = Target.parse(target, seed);
    SampleFiles.Format f = format.formatFor(out);
    var err = spec.commandLine().getErr();
    Distribution p = ProbabilityIo.read(probabilities, err);
    Distribution targetDistribution = t.apply(p);
    if (targetOut != null) {
      ProbabilityIo.write(targetDistribution, targetOut, err);
    }
    Sampler sampler = threads == null ? new Sampler(targetDistribution)
        : new Sampler(targetDistribution, threads);
    SampleSet samples;
    try (ConsoleProgress progress = ConsoleProgress.start("sampling", -1, err)) {
      samples = sampler.sample(count, fidelity, seed, progress);
    }
    SampleFiles.write(samples, out, f);
    spec.commandLine().getOut().printf("%d samples of %d qubits (target %s, fidelity %s, seed %d)"
        + " written to %s%n", count, p.qubits(), t.spec(), fidelity, seed, out);
    return 0;
  }
}
