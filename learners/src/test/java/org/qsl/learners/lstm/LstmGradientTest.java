package org.qsl.learners.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The hand-written backward pass against central differences in double precision, parameter by
 * parameter, as DL4J's GradientCheckUtil does; and the single-precision fused cell against the
 * double-precision one.
 */
class LstmGradientTest {
  private static final int QUBITS = 3;
  private static final long[] BATCH = {0b101, 0b000, 0b011};

  /** Small random parameters with non-trivial biases, so that every gate matters. */
  private static INDArray randomParameters(LstmShape shape, DataType type, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] p = new double[(int) shape.parameterCount()];
    for (int i = 0; i < p.length; i++) {
      p[i] = random.nextGaussian() * 0.6;
    }
    return Nd4j.createFromArray(p).castTo(type);
  }

  private static LstmNetwork doubleNetwork(LstmShape shape, INDArray parameters) {
    return new LstmNetwork(shape, parameters, BATCH.length, Team.shared(),
        (units, steps, maxBatch) -> new Nd4jCell(DataType.DOUBLE, units, steps, maxBatch));
  }

  /** The mean cross-entropy of BATCH; with {@code backward}, fills the network's gradient. */
  private static double loss(LstmNetwork network, boolean backward) {
    double[] logits = network.forward(BATCH);
    double[] logitGradient = new double[logits.length];
    double loss = BitCrossEntropy.mean(BATCH, QUBITS, logits, logitGradient);
    if (backward) {
      network.backward(logitGradient);
    }
    return loss;
  }

  @ParameterizedTest
  @EnumSource(StartToken.class)
  void backwardPassMatchesCentralDifferences(StartToken start) {
    LstmShape shape = new LstmShape(QUBITS, 2, 3, start);
    INDArray theta = randomParameters(shape, DataType.DOUBLE, 7);
    LstmNetwork network = doubleNetwork(shape, theta);
    loss(network, true);
    double[] analytic = network.gradient().toDoubleVector();
    double eps = 1e-6;
    double largest = 0;
    for (int i = 0; i < analytic.length; i++) {
      double saved = theta.getDouble(i);
      theta.putScalar(i, saved + eps);
      double plus = loss(network, false);
      theta.putScalar(i, saved - eps);
      double minus = loss(network, false);
      theta.putScalar(i, saved);
      double numeric = (plus - minus) / (2 * eps);
      // The loss is O(1) in double: rounding contributes ~1e-16 / eps = 1e-10 to a central
      // difference and truncation eps^2 |f'''| ~ 1e-12, so 1e-8 absolute plus 1e-6 relative has
      // a 100x margin, while a missing or wrong term is off by the size of the gradient itself.
      assertEquals(numeric, analytic[i], 1e-8 + 1e-6 * Math.abs(numeric), "parameter " + i);
      largest = Math.max(largest, Math.abs(analytic[i]));
    }
    assertTrue(largest > 1e-2, "the check is not vacuous: largest derivative " + largest);
  }

  @Test
  void fusedSinglePrecisionCellAgreesWithTheDoublePrecisionCell() {
    LstmShape shape = new LstmShape(QUBITS, 2, 16, StartToken.CHANNEL);
    INDArray theta = randomParameters(shape, DataType.DOUBLE, 3);
    LstmNetwork exact = doubleNetwork(shape, theta);
    LstmNetwork fused = new LstmNetwork(shape, theta.castTo(DataType.FLOAT), BATCH.length,
        Team.shared(), FusedCell::new);
    double exactLoss = loss(exact, true);
    double fusedLoss = loss(fused, true);
    // float carries 24 bits (6e-8 relative) and the rational activations 3e-7 absolute; through
    // a few dozen sums and products per parameter that stays below 1e-5 of the largest value.
    assertEquals(exactLoss, fusedLoss, 1e-5 * exactLoss);
    double[] a = exact.gradient().toDoubleVector();
    double[] b = fused.gradient().toDoubleVector();
    double scale = 0;
    for (double v : a) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < a.length; i++) {
      assertEquals(a[i], b[i], 1e-5 * scale, "parameter " + i);
    }
  }
}
