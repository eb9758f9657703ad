package org.qsl.learners.lstm;

import java.util.List;
import org.qsl.learners.Learner;
import org.qsl.learners.SizeKnob;

/**
 * The LSTM's size knob for learnability scans: the hidden units of its one layer (the paper's
 * scans vary them), the other settings at their defaults.
 */
public final class LstmSizeKnob implements SizeKnob {
  @Override
  public String learner() {
    return LstmLearner.NAME;
  }

  @Override
  public String name() {
    return "hidden units";
  }

  /** 2, 4, 8, ..., 512. */
  @Override
  public List<Integer> grid() {
    return List.of(2, 4, 8, 16, 32, 64, 128, 256, 512);
  }

  @Override
  public Learner create(int qubits, int size, int epochs, long seed) {
    LstmConfig d = LstmConfig.DEFAULTS;
    return new LstmLearner(qubits, new LstmConfig(d.layers(), size, epochs, d.batchSize(),
        d.learningRate(), d.optimiser(), d.startToken(), seed));
  }
}
