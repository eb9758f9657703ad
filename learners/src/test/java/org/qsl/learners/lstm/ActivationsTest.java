package org.qsl.learners.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivationsTest {

  /** Every float in [-20, 20] spaced 2^-12 apart, the extremes and the special values. */
  @Test
  void rationalApproximationsAreWithinFourTenMillionthsOfTheExactFunctions() {
    double worstTanh = 0;
    double worstSigmoid = 0;
    for (int k = -20 * 4096; k <= 20 * 4096; k++) {
      float x = k / 4096f;
      worstTanh = Math.max(worstTanh, Math.abs(Activations.tanh(x) - Math.tanh(x)));
      worstSigmoid = Math.max(worstSigmoid,
          Math.abs(Activations.sigmoid(x) - 1 / (1 + Math.exp(-x))));
    }
    assertTrue(worstTanh < 4e-7, "tanh error " + worstTanh);
    assertTrue(worstSigmoid < 4e-7, "sigmoid error " + worstSigmoid);
    assertEquals(1f, Activations.tanh(Float.MAX_VALUE));
    assertEquals(-1f, Activations.tanh(-Float.POSITIVE_INFINITY));
    assertEquals(0f, Activations.sigmoid(-1e30f));
    assertEquals(1f, Activations.sigmoid(1e30f));
    assertEquals(0f, Activations.tanh(0f));
    assertEquals(0.5f, Activations.sigmoid(0f));
    assertTrue(Float.isNaN(Activations.tanh(Float.NaN)), "NaN propagates");
    assertTrue(Float.isNaN(Activations.sigmoid(Float.NaN)), "NaN propagates");
  }
}
