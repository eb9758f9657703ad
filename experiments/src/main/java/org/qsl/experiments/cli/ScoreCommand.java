package org.qsl.experiments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.metrics.KullbackLeibler;
import org.qsl.circuits.metrics.Scorecard;
import org.qsl.circuits.samples.SampleFiles;
import org.qsl.circuits.samples.SampleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qsl score}: samples + probabilities -> scorecard, as a table or JSON. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Scores samples against a target distribution: linear and logistic XEB with "
        + "standard errors, smoothed KL, chi-square, and the theoretical values to normalise by.")
final class ScoreCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-s", "--samples"}, required = true, paramLabel = "FILE",
      description = "the samples to score (text or .npy)")
  Path samples;

  @Option(names = {"-p", "--probabilities"}, required = true, paramLabel = "FILE",
      description = "the target's 2^n probabilities: text, or raw float32 (.bin, .f32)")
  Path probabilities;

  @Option(names = "--training", paramLabel = "FILE",
      description = "the training set: its scores are the theoretical values to normalise by "
          + "(default: the ideal N sum p^2 - 1)")
  Path training;

  @Option(names = "--model-probabilities", paramLabel = "FILE",
      description = "the model's full distribution, for exact XEB and KL")
  Path modelProbabilities;

  @Option(names = "--smoothing", defaultValue = "" + KullbackLeibler.DEFAULT_SMOOTHING,
      paramLabel = "ALPHA",
      description = "KL pseudo-count per bitstring (default ${DEFAULT-VALUE})")
  double smoothing;

  @Option(names = "--json", description = "print JSON instead of a table")
  boolean json;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    Distribution p = ProbabilityIo.read(probabilities, err);
    SampleSet model = SampleFiles.read(samples, p.qubits());
    SampleSet train = training == null ? null : SampleFiles.read(training, p.qubits());
    Distribution q =
        modelProbabilities == null ? null : ProbabilityIo.read(modelProbabilities, err);
    Scorecard card = Scorecard.of(p, model, train, q, smoothing);
    var out = spec.commandLine().getOut();
    out.print(json ? ScorecardReport.json(card) : ScorecardReport.table(card,
        samples.getFileName() + " against " + probabilities.getFileName()));
    out.flush();
    return 0;
  }
}
