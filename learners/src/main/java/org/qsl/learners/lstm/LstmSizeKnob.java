package org.qsl.learners.lstm;

import java.util.List;
import org.qsl.learners.Learner;
import org.qsl.learners.SizeKnob;

/**
 * The LSTM's size knob for learnability scans: the hidden units of its one layer (the paper's
 * scans vary them), the other settings at their defaults except the learning rate.
 *
 * <p>Scans train with small budgets, for which the reference's 1e-3 barely leaves the uniform
 * distribution: on a 10-qubit Sycamore target, 10,000 samples and 10 epochs gave normalised
 * linear XEB 0.035 (32 units) and 0.32 (128 units, at 3e-3) against 0.51 and 0.70 at 1e-2, and
 * 0.64 at 3e-2 (128 units).
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
    return POWERS_OF_TWO;
  }

  /** Adam's learning rate in scans. */
  static final double SCAN_LEARNING_RATE = 1e-2;

  @Override
  public Learner create(int qubits, int size, int epochs, long seed) {
    LstmConfig d = LstmConfig.DEFAULTS;
    return new LstmLearner(qubits, new LstmConfig(d.layers(), size, epochs, d.batchSize(),
        SCAN_LEARNING_RATE, d.optimiser(), d.startToken(), seed));
  }
}
