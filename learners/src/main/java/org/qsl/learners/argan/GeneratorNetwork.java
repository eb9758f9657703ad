package org.qsl.learners.argan;

import java.util.SplittableRandom;
import org.qsl.learners.autoregressive.SequenceGenerator;
import org.qsl.learners.lstm.LstmModel;
import org.qsl.learners.lstm.Optimiser;
import org.qsl.learners.lstm.StartToken;

/** The network of the AR-GAN's generator. */
public enum GeneratorNetwork {
  /**
   * The LSTM learner's network ({@link LstmModel}): one layer, the start token as a separate
   * input, the LSTM learner's Adam with beta1 0.9.
   */
  LSTM {
    @Override
    SequenceGenerator create(int qubits, int units, int maxBatch, double learningRate,
        SplittableRandom random) {
      return new LstmModel(qubits, 1, units, StartToken.CHANNEL, Optimiser.ADAM, learningRate,
          maxBatch, random);
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
