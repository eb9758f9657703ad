package org.qsl.learners.autoregressive;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.qsl.learners.ModelArrays;

/**
 * An autoregressive network over n bits that gives the conditionals for batches of prefixes
 * (sampling, exact likelihoods) and, for training, the teacher-forced logits of whole strings and
 * the update down a gradient with respect to them. The AR-GAN's generator is one: every way of
 * training it (by maximum likelihood, REINFORCE or straight-through Gumbel) is a gradient with
 * respect to those logits, so the network needs nothing else.
 */
public interface SequenceGenerator {

  /** Number of parameters. */
  long parameterCount();

  /** The batch holding the single empty prefix (see {@link PrefixBatch}). */
  PrefixBatch root();

  /** The most prefixes {@link #root()}'s batches should hold at once. */
  int maxBatch();

  /**
   * The logit of P(bit t = 1 | bits before t) for every bit t of every string (qubit 0 most
   * significant), row-major, n per string; the pass is kept for {@link #descend}.
   */
  double[] logits(long[] strings);

  /**
   * One optimiser step down {@code logitGradient} (the loss gradient with respect to the logits of
   * the last {@link #logits} call, same layout).
   *
   * @param iteration 0-based count of earlier steps (bias corrections)
   * @param rateFactor factor on the learning rate (its schedule)
   */
  void descend(double[] logitGradient, int iteration, double rateFactor);

  /** Puts the parameters and optimiser state into {@code arrays}. */
  void save(Map<String, INDArray> arrays);

  /** Restores, in place, what {@link #save} wrote. */
  void load(ModelArrays arrays);

  /** An action that puts the parameters and optimiser state back as they are now. */
  Runnable snapshot();
}
