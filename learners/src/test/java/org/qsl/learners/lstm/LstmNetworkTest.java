package org.qsl.learners.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LstmNetworkTest {

  private static INDArray train(LstmShape shape, DataType type, int threads,
      LstmNetwork.CellFactory cells) {
    INDArray parameters = Nd4j.zeros(DataType.FLOAT, shape.parameterCount());
    new LstmParameters(shape, parameters).initialise(new SplittableRandom(2));
    parameters = parameters.castTo(type);
    Team.singleThreadedBlas();
    try (Team team = new Team(threads)) {
      return train(shape, parameters, new LstmNetwork(shape, parameters, 9, team, cells));
    }
  }

  /** Three plain gradient steps (which keep every bit of the gradient); the parameters after each. */
  private static INDArray train(LstmShape shape, INDArray parameters, LstmNetwork network) {
    DataType type = parameters.dataType();
    SplittableRandom random = new SplittableRandom(3);
    INDArray trajectory = Nd4j.zeros(type, 3, shape.parameterCount());
    for (int step = 0; step < 3; step++) {
      long[] batch = new long[step == 1 ? 5 : 9];
      for (int i = 0; i < batch.length; i++) {
        batch[i] = random.nextLong(1L << shape.qubits());
      }
      double[] logits = network.forward(batch);
      double[] logitGradient = new double[logits.length];
      BitCrossEntropy.mean(batch, shape.qubits(), logits, logitGradient);
      network.backward(logitGradient);
      parameters.subi(network.gradient());
      trajectory.putRow(step, parameters);
    }
    return trajectory;
  }

  /**
   * A chunk of hidden units computes the same numbers whichever thread runs it: training is bit for
   * bit the same with any number of threads. 150 units: chunks of 64, 64 and 22.
   */
  @ParameterizedTest
  @EnumSource(names = {"FLOAT", "DOUBLE"})
  void threadsGiveBitwiseTheSameTraining(DataType type) {
    LstmShape shape = new LstmShape(6, 2, 150, StartToken.CHANNEL);
    LstmNetwork.CellFactory cells = type == DataType.FLOAT ? FusedCell::new
        : (u, s, m) -> new Nd4jCell(DataType.DOUBLE, u, s, m);
    double[] one = train(shape, type, 1, cells).data().asDouble();
    for (int threads : new int[] {2, 3}) {
      assertArrayEquals(one, train(shape, type, threads, cells).data().asDouble(), 0,
          threads + " threads");
    }
  }
}
