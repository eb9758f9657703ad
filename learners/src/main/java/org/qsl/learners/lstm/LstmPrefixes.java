package org.qsl.learners.lstm;

import org.qsl.learners.autoregressive.PrefixBatch;

/**
 * A batch of prefixes of one length as the LSTM holds them: each layer's hidden and cell state
 * after reading the prefix, and the probability that the next bit is 1.
 */
final class LstmPrefixes implements PrefixBatch {
  private final LstmInference inference;
  /** Per layer, rows of H (one row per prefix). */
  final float[][] hidden;
  final float[][] cell;
  private final double[] probabilityOfOne;

  LstmPrefixes(LstmInference inference, float[][] hidden, float[][] cell, double[] probabilityOfOne) {
    this.inference = inference;
    this.hidden = hidden;
    this.cell = cell;
    this.probabilityOfOne = probabilityOfOne;
  }

  @Override
  public int size() {
    return probabilityOfOne.length;
  }

  @Override
  public double[] probabilityOfOne() {
    return probabilityOfOne.clone();
  }

  @Override
  public LstmPrefixes extend(int[] parents, int[] bits) {
    return inference.extend(this, parents, bits);
  }
}
