package org.qsl.learners.lstm;

/** How the LSTM's first step is told that no bit precedes it. */
public enum StartToken {
  /**
   * Two inputs per step: the previous bit, and a start flag that is 1 at the first step (where the
   * bit input is 0) and 0 after. The start is then distinct from a 0 bit, for 4H more parameters.
   */
  CHANNEL(2),
  /**
   * The paper's reference code: one input, the previous bit, and 0.0 at the first step, the same
   * value as a 0 bit (the step is told apart only through the zero initial state).
   */
  ZERO(1);

  private final int inputs;

  StartToken(int inputs) {
    this.inputs = inputs;
  }

  /** Number of input features per step. */
  public int inputs() {
    return inputs;
  }

  /** Writes the features of a step into {@code out} from {@code at}: {@code previous} is -1 at the start. */
  void encode(int previous, double[] out, int at) {
    out[at] = previous == 1 ? 1 : 0;
    if (this == CHANNEL) {
      out[at + 1] = previous < 0 ? 1 : 0;
    }
  }
}
