package org.qsl.learners.argan;

import java.util.SplittableRandom;

/** The network of the AR-GAN's generator. */
public enum GeneratorNetwork {
  /** The LSTM learner's autoregressive LSTM, one layer ({@link LstmConditionals}). */
  LSTM {
    @Override
    SequenceGenerator create(int qubits, int units, int maxBatch, double learningRate,
        SplittableRandom random) {
      return new LstmConditionals(qubits, units, maxBatch, learningRate, random);
    }
  },
  /** One MLP per conditional, one hidden layer ({@link MlpConditionals}). */
  MLP {
    @Override
    SequenceGenerator create(int qubits, int units, int maxBatch, double learningRate,
        SplittableRandom random) {
      return new MlpConditionals(qubits, units, learningRate, random);
    }
  };

  /**
   * An untrained generator of {@code units} hidden units for {@code qubits}-bit strings, trained
   * in batches of up to {@code maxBatch} by Adam at {@code learningRate}, initialised from
   * {@code random}.
   */
  abstract SequenceGenerator create(int qubits, int units, int maxBatch, double learningRate,
      SplittableRandom random);
}
