package org.qsl.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.qsl.circuits.samples.SampleFiles;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.experiments.cli.learners.LearnerOptions;
import org.qsl.learners.Checkpoints;
import org.qsl.learners.Learner;
import org.qsl.learners.Provenance;
import org.qsl.learners.TrainingDivergedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code qsl train}: trains a learner on a sample file and writes the model file. The options after
 * the common ones belong to the learner named by {@code --learner} (see {@link LearnerOptions});
 * {@code --help} lists them for every learner.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Trains a learner on a sample file and writes one model file.")
final class TrainCommand implements Callable<Integer> {
  private static final String LEARNERS_SECTION = "learnerOptions";

  @Option(names = "--learner", required = true, paramLabel = "NAME",
      description = "the learner (see below)")
  String learner;

  @Option(names = {"-s", "--samples"}, required = true, paramLabel = "FILE",
      description = "training samples (text or .npy)")
  Path samples;

  @Option(names = "--qubits", defaultValue = "0", paramLabel = "N",
      description = "bits per sample; needed only for a .npy vector of integers")
  int qubits;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "MODEL",
      description = "the model file to write")
  Path out;

  @Option(names = "--checkpoints", paramLabel = "DIR",
      description = "write a checkpoint after every epoch, and resume from the one there")
  Path checkpoints;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED",
      description = "master seed of initialisation and training (default: ${DEFAULT-VALUE})")
  long seed;

  @Unmatched
  List<String> learnerArgs = new ArrayList<>();

  private CommandSpec spec;

  /** Receives the command's spec and adds the learners' options to its usage help. */
  @Spec
  void spec(CommandSpec spec) {
    this.spec = spec;
    UsageMessageSpec usage = spec.usageMessage();
    usage.sectionMap().put(LEARNERS_SECTION, help -> learnerHelp());
    List<String> keys = new ArrayList<>(usage.sectionKeys());
    keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), LEARNERS_SECTION);
    usage.sectionKeys(keys);
  }

  private static String learnerHelp() {
    StringBuilder s = new StringBuilder("%nLearners and their options:%n");
    for (LearnerOptions options : LearnerOptions.all()) {
      s.append("  --learner ").append(options.learner()).append("%n")
          .append(new CommandLine(options).getHelp().optionList());
    }
    return String.format(s.toString());
  }

  @Override
  public Integer call() {
    LearnerOptions options = LearnerOptions.of(learner);
    try {
      new CommandLine(options).parseArgs(learnerArgs.toArray(new String[0]));
    } catch (ParameterException e) {
      throw new IllegalArgumentException("learner " + learner + ": " + e.getMessage()
          + " (" + spec.qualifiedName() + " --help lists every learner's options)");
    }
    SampleSet train = SampleFiles.read(samples, qubits);
    Learner model = options.create(train.qubits(), seed);
    Checkpoints checkpointing =
        checkpoints == null ? Checkpoints.NONE : Checkpoints.in(checkpoints);
    PrintWriter err = spec.commandLine().getErr();
    double loss;
    try (TrainingBar bar = new TrainingBar(err)) {
      model.fit(train, bar, checkpointing);
      loss = bar.lastEpochLoss();
    } catch (TrainingDivergedException e) {
      err.println(spec.qualifiedName() + ": " + e.getMessage()
          + checkpointing.file().map(f -> "; the last finished epoch is in " + f).orElse(""));
      return 1;
    }
    model.save(out);
    Provenance p = model.provenance().orElseThrow();
    String lossNote = Double.isNaN(loss) ? ""
        : String.format(Locale.ROOT, ", last epoch's mean loss %.5f", loss);
    spec.commandLine().getOut().printf(Locale.ROOT, "%s: %s model, %d parameters, %d epochs on"
        + " %d samples in %.1f s%s%n", out, learner, model.parameterCount(), p.epochs(),
        p.data().samples(), p.trainingSeconds(), lossNote);
    return 0;
  }
}
