package org.qsl.learners.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LstmTrainerTest {

  /** With plain SGD at rate 1 a step subtracts the gradient: compare shards with no sharding. */
  @Test
  void shardsAverageToTheGradientOfTheWholeBatch() {
    LstmShape shape = new LstmShape(6, 2, 8, StartToken.CHANNEL);
    INDArray start = Nd4j.zeros(DataType.FLOAT, shape.parameterCount());
    new LstmParameters(shape, start).initialise(new SplittableRandom(2));
    SplittableRandom random = new SplittableRandom(3);
    long[] batch = new long[7]; // 4 + 3: unequal parts
    for (int i = 0; i < batch.length; i++) {
      batch[i] = random.nextLong(1 << 6);
    }
    INDArray whole = start.dup();
    INDArray split = start.dup();
    double lossWhole = new LstmTrainer(shape, whole, Optimiser.SGD.create(whole.length(), 1),
        batch.length, 1, FusedCell::new).step(batch, l -> l, 0, 0);
    double lossSplit = new LstmTrainer(shape, split, Optimiser.SGD.create(split.length(), 1),
        batch.length, 3, FusedCell::new).step(batch, l -> l, 0, 0);
    // the same float sums in another grouping: agreement to float rounding of O(1) values
    assertEquals(lossWhole, lossSplit, 1e-5);
    assertArrayEquals(whole.toFloatVector(), split.toFloatVector(), 1e-6f);
  }
}
