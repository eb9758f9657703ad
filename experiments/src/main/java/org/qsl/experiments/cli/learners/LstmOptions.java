package org.qsl.experiments.cli.learners;

import org.qsl.learners.Learner;
import org.qsl.learners.lstm.LstmConfig;
import org.qsl.learners.lstm.LstmLearner;
import org.qsl.learners.lstm.Optimiser;
import org.qsl.learners.lstm.StartToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Options of the LSTM; the defaults are the paper's reference code's. */
@Command(name = LstmLearner.NAME)
public final class LstmOptions implements LearnerOptions {
  private static final LstmConfig D = LstmConfig.DEFAULTS;

  @Option(names = "--layers", description = "stacked LSTM layers (default: ${DEFAULT-VALUE})")
  int layers = D.layers();

  @Option(names = "--units", description = "hidden units per layer (default: ${DEFAULT-VALUE})")
  int units = D.units();

  @Option(names = "--epochs", description = "passes over the data (default: ${DEFAULT-VALUE})")
  int epochs = D.epochs();

  @Option(names = {"--batch-size", "--batch"},
      description = "samples per step (default: ${DEFAULT-VALUE})")
  int batchSize = D.batchSize();

  @Option(names = {"--learning-rate", "--lr"},
      description = "the optimiser's learning rate (default: ${DEFAULT-VALUE})")
  double learningRate = D.learningRate();

  @Option(names = "--optimiser",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Optimiser optimiser = D.optimiser();

  @Option(names = "--start-token",
      description = "CHANNEL: a start flag input distinct from a 0 bit; ZERO: the reference "
          + "code's 0.0, the same as a 0 bit (default: ${DEFAULT-VALUE})")
  StartToken startToken = D.startToken();

  @Override
  public String learner() {
    return LstmLearner.NAME;
  }

  @Override
  public Learner create(int qubits, long seed) {
    return new LstmLearner(qubits, new LstmConfig(layers, units, epochs, batchSize, learningRate,
        optimiser, startToken, seed));
  }
}
