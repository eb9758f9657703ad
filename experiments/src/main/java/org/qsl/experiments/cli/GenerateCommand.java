package org.qsl.experiments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qsl.circuits.samples.SampleFiles;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.Learner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qsl generate}: draws samples from a model file. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Draws samples from a trained model and writes them to a sample file.")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, paramLabel = "MODEL",
      description = "a model file written by qsl train")
  Path model;

  @Option(names = {"-m", "--count"}, required = true, paramLabel = "M",
      description = "number of samples")
  int count;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
      description = "the samples (.npy for NumPy, anything else text)")
  Path out;

  @Mixin
  SampleFormatOption format;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED",
      description = "seed of the sampling (default: ${DEFAULT-VALUE})")
  long seed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (count < 0) {
      throw new IllegalArgumentException("--count must be >= 0, got " + count);
    }
    SampleFiles.Format f = format.formatFor(out);
    Learner learner = Learner.load(model);
    SampleSet samples = learner.sample(count, seed);
    SampleFiles.write(samples, out, f);
    spec.commandLine().getOut().printf("%s: %d samples of %d qubits from the %s model %s%n",
        out, samples.size(), samples.qubits(), learner.name(), model);
    return 0;
  }
}
