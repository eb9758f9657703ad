package org.qsl.experiments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.metrics.KullbackLeibler;
import org.qsl.circuits.metrics.Scorecard;
import org.qsl.circuits.samples.SampleFiles;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.ExactLikelihood;
import org.qsl.learners.Learner;
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

  @Option(names = {"-s", "--samples"}, paramLabel = "FILE",
      description = "the samples to score (text or .npy); with --model, drawn from the model "
          + "when not given")
  Path samples;

  @Option(names = "--model", paramLabel = "MODEL",
      description = "a model file (qsl train): exact XEB and KL from its distribution when it has "
          + "exact likelihoods (n <= " + ExactLikelihood.MAX_DISTRIBUTION_QUBITS + "), and the "
          + "samples to score unless --samples is given")
  Path model;

  @Option(names = {"-m", "--count"}, paramLabel = "M",
      description = "with --model and no --samples: samples to draw (default: as many as the "
          + "model was trained on)")
  Integer count;

  @Option(names = "--seed", defaultValue = "0",
      description = "with --model and no --samples: the sampling seed (default ${DEFAULT-VALUE})")
  long seed;

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
    if (samples == null && model == null) {
      throw new IllegalArgumentException("give the samples to score (--samples), a model"
          + " (--model), or both");
    }
    if (model != null && modelProbabilities != null) {
      throw new IllegalArgumentException(
          "--model and --model-probabilities both give the model's distribution; give one");
    }
    var err = spec.commandLine().getErr();
    Learner learner = model == null ? null : Learner.load(model);
    Distribution p = ProbabilityIo.read(probabilities, err);
    if (learner != null && learner.qubits() != p.qubits()) {
      throw new IllegalArgumentException("the model " + model + " has " + learner.qubits()
          + " qubits but the probabilities " + probabilities + " have " + p.qubits());
    }
    SampleSet scored = samples != null ? SampleFiles.read(samples, p.qubits())
        : learner.sample(count != null ? count : trainingSize(learner), seed);
    SampleSet train = training == null ? null : SampleFiles.read(training, p.qubits());
    Distribution q = modelProbabilities != null ? ProbabilityIo.read(modelProbabilities, err)
        : exactDistribution(learner);
    Scorecard card = Scorecard.of(p, scored, train, q, smoothing);
    String what = samples != null ? samples.getFileName().toString()
        : scored.size() + " samples of " + model.getFileName() + " (seed " + seed + ")";
    var out = spec.commandLine().getOut();
    out.print(json ? ScorecardReport.json(card) : ScorecardReport.table(card,
        what + " against " + probabilities.getFileName()));
    out.flush();
    return 0;
  }

  /** The model's full distribution if it gives exact likelihoods at this size, else null. */
  private static Distribution exactDistribution(Learner learner) {
    if (learner instanceof ExactLikelihood exact
        && learner.qubits() <= ExactLikelihood.MAX_DISTRIBUTION_QUBITS) {
      return Distribution.of(exact.distribution());
    }
    return null;
  }

  private int trainingSize(Learner learner) {
    return learner.provenance().map(p -> p.data().samples()).orElseThrow(() ->
        new IllegalArgumentException("the model " + model + " is untrained; give --count"));
  }
}
