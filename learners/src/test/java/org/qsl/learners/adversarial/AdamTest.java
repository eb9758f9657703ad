package org.qsl.learners.adversarial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;

/** {@link Adam} against ND4J's implementation on the same gradients. */
class AdamTest {

  @Test
  void matchesNd4jAdam() {
    SplittableRandom random = new SplittableRandom(4);
    double[][] ours = {{0.5, -1, 2}, {0.25, 3}};
    INDArray theirs = Nd4j.createFromArray(0.5, -1, 2, 0.25, 3);
    org.nd4j.linalg.learning.config.Adam config =
        new org.nd4j.linalg.learning.config.Adam(0.01, 0.5, 0.9, Adam.EPSILON);
    INDArray state = Nd4j.zeros(theirs.dataType(), 1, config.stateSize(5));
    GradientUpdater<?> nd4j = config.instantiate(state, true);
    Adam adam = new Adam(ours, 0.01, 0.5, 0.9);
    for (int t = 0; t < 20; t++) {
      double[][] g = new double[2][];
      g[0] = new double[] {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
      g[1] = new double[] {random.nextGaussian(), random.nextGaussian()};
      INDArray update = Tensors.flatten(g);
      nd4j.applyUpdater(update, t, 0);
      theirs.subi(update);
      adam.step(g, t, 1);
    }
    // ND4J adds epsilon before the bias correction of the second moment (Kingma and Ba's
    // "efficient" form), which moves each step by about rate * epsilon / sqrt(v) ~ 1e-10 here
    assertArrayEquals(theirs.toDoubleVector(), Tensors.flatten(ours).toDoubleVector(), 1e-8);
  }
}
