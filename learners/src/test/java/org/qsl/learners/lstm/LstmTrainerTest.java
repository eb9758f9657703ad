package org.qsl.learners.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LstmTrainerTest {

  private static INDArray train(LstmShape shape, DataType type, int parties,
      LstmNetwork.CellFactory cells) {
    INDArray parameters = Nd4j.zeros(DataType.FLOAT, shape.parameterCount());
    new LstmParameters(shape, parameters).initialise(new SplittableRandom(2));
    parameters = parameters.castTo(type);
    LstmNetwork network = new LstmNetwork(shape, parameters, 9, new Team(parties), cells);
    SplittableRandom random = new SplittableRandom(3);
    INDArray trajectory = Nd4j.zeros(type, 3, shape.parameterCount());
    for (int step = 0; step < 3; step++) {
      long[] batch = new long[step == 1 ? 5 : 9];
      for (int i = 0; i < batch.length; i++) {
        batch[i] = random.nextLong(1L << shape.qubits());
      }
      network.forward(batch);
      network.backward();
      parameters.subi(network.gradient()); // plain gradient steps keep every bit of the gradient
      trajectory.putRow(step, parameters);
    }
    return trajectory;
  }

  /**
   * Splitting the hidden units among parties computes the same numbers, up to the rounding of
   * BLAS, which sums products of other shapes in other orders. Units 10 over 3 parties: ranges of
   * 3, 3 and 4.
   */
  @ParameterizedTest
  @EnumSource(names = {"FLOAT", "DOUBLE"})
  void partiesGiveTheSameTraining(DataType type) {
    LstmShape shape = new LstmShape(6, 2, 10, StartToken.CHANNEL);
    LstmNetwork.CellFactory cells = type == DataType.FLOAT ? FusedCell::new
        : (u, s, m) -> new Nd4jCell(DataType.DOUBLE, u, s, m);
    double[] one = train(shape, type, 1, cells).data().asDouble();
    // parameters are below 1 after three steps: a few ulps of 1 (float 6e-8, double 1e-16)
    double ulps = type == DataType.FLOAT ? 2e-7 : 5e-16;
    for (int parties : new int[] {2, 3}) {
      assertArrayEquals(one, train(shape, type, parties, cells).data().asDouble(), ulps,
          parties + " parties");
    }
  }
}
