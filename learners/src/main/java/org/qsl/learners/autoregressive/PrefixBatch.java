package org.qsl.learners.autoregressive;

/**
 * A batch of bit prefixes of one length k, held in whatever form the model needs to extend them
 * cheaply (for an LSTM: the hidden and cell state after reading the prefix). The walks of
 * {@link PrefixWalks} evaluate each prefix once and extend it, so a model never re-reads a prefix.
 */
public interface PrefixBatch {

  /** Number of prefixes in the batch. */
  int size();

  /** For each prefix i, the model's probability that bit k (the next one) is 1. */
  double[] probabilityOfOne();

  /**
   * The batch of prefixes of length k + 1 whose j-th prefix is prefix {@code parents[j]} of this
   * batch followed by bit {@code bits[j]} (0 or 1). Parents may repeat or be left out.
   */
  PrefixBatch extend(int[] parents, int[] bits);
}
