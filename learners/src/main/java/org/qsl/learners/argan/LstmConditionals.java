package org.qsl.learners.argan;

import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.qsl.learners.ModelArrays;
import org.qsl.learners.autoregressive.PrefixBatch;
import org.qsl.learners.lstm.LstmModel;
import org.qsl.learners.lstm.Optimiser;
import org.qsl.learners.lstm.StartToken;

/**
 * The LSTM learner's network ({@link LstmModel}: one layer, the start token as a separate input,
 * the LSTM learner's Adam with beta1 0.9) as the AR-GAN's generator.
 */
final class LstmConditionals implements SequenceGenerator {
  private final LstmModel network;

  /**
   * A generator of {@code units} hidden units for {@code qubits}-bit strings, trained in batches of
   * up to {@code maxBatch} by Adam at {@code learningRate}, initialised from {@code random}.
   */
  LstmConditionals(int qubits, int units, int maxBatch, double learningRate,
      SplittableRandom random) {
    network = new LstmModel(qubits, 1, units, StartToken.CHANNEL, Optimiser.ADAM, learningRate,
        maxBatch, random);
  }

  @Override
  public long parameterCount() {
    return network.parameterCount();
  }

  @Override
  public PrefixBatch root() {
    return network.root();
  }

  @Override
  public int maxBatch() {
    return network.maxBatch();
  }

  @Override
  public double[] logits(long[] strings) {
    return network.logits(strings);
  }

  @Override
  public void descend(double[] logitGradient, int iteration, double rateFactor) {
    network.descend(logitGradient, iteration, rateFactor);
  }

  @Override
  public void save(Map<String, INDArray> arrays) {
    network.save(arrays);
  }

  @Override
  public void load(ModelArrays arrays) {
    network.load(arrays);
  }

  @Override
  public Runnable snapshot() {
    return network.snapshot();
  }
}
