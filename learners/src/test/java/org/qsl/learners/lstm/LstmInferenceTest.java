package org.qsl.learners.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LstmInferenceTest {

  /** Step-by-step inference and the training pass compute the same likelihoods. */
  @ParameterizedTest
  @CsvSource({"CHANNEL,8", "ZERO,8", "CHANNEL,150"}) // 150 units: three chunks
  void stepwiseLikelihoodEqualsTheTrainingPass(StartToken start, int units) {
    LstmShape shape = new LstmShape(5, 2, units, start);
    INDArray theta = Nd4j.zeros(DataType.FLOAT, shape.parameterCount());
    new LstmParameters(shape, theta).initialise(new SplittableRandom(4));
    theta.muli(3); // larger weights than at initialisation, so that the bits depend on each other
    LstmNetwork network = new LstmNetwork(shape, theta, 1, Team.shared(), FusedCell::new);
    LstmInference inference = new LstmInference(shape, theta, Team.shared());
    int n = shape.qubits();
    for (long x = 0; x < 1 << n; x++) {
      long[] string = {x};
      double expected = -n * BitCrossEntropy.mean(string, n, network.forward(string),
          new double[n]);
      LstmPrefixes prefix = inference.root();
      double logp = 0;
      for (int k = 0; k < n; k++) {
        int bit = (int) (x >>> (n - 1 - k)) & 1;
        double p = prefix.probabilityOfOne()[0];
        logp += Math.log(bit == 1 ? p : 1 - p);
        prefix = prefix.extend(new int[] {0}, new int[] {bit});
      }
      // both sum n float-precision log-probabilities of size ~1: agreement to 1e-5
      assertEquals(expected, logp, 1e-5, "bitstring " + x);
    }
  }
}
