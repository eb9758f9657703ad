package org.qsl.learners.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LstmModelTest {
  private static final long[] STRINGS = {0b10110, 0b00001, 0b11111};

  private static LstmModel model() {
    return new LstmModel(5, 1, 8, StartToken.CHANNEL, Optimiser.ADAM, 0.05, 4,
        new SplittableRandom(3));
  }

  /** A step down the gradient of -sum of the logits raises every logit of the batch. */
  @Test
  void descendsTheGivenLogitGradient() {
    LstmModel model = model();
    double[] before = model.logits(STRINGS);
    double[] down = new double[before.length];
    Arrays.fill(down, -1);
    model.descend(down, 0, 1);
    double[] after = model.logits(STRINGS);
    double rise = 0;
    for (int i = 0; i < before.length; i++) {
      rise += after[i] - before[i];
    }
    assertTrue(rise > 0, "sum of the logits rose by " + rise);
  }

  @Test
  void snapshotPutsParametersAndOptimiserBack() {
    LstmModel model = model();
    double[] gradient = new double[STRINGS.length * 5];
    gradient[3] = 1;
    Runnable restore = model.snapshot();
    model.logits(STRINGS);
    model.descend(gradient, 0, 1);
    model.logits(STRINGS);
    model.descend(gradient, 1, 1);
    double[] twoSteps = model.logits(STRINGS);

    restore.run();
    model.logits(STRINGS);
    model.descend(gradient, 0, 1);
    model.logits(STRINGS);
    model.descend(gradient, 1, 1);
    // with Adam's moments restored too, the same two steps land on the same parameters
    assertArrayEquals(twoSteps, model.logits(STRINGS), 0);
  }

  @Test
  void descendNeedsALogitsPass() {
    LstmModel model = model();
    assertThrows(IllegalStateException.class, () -> model.descend(new double[15], 0, 1));
    model.logits(STRINGS);
    model.descend(new double[15], 0, 1);
    assertThrows(IllegalStateException.class, () -> model.descend(new double[15], 1, 1));
  }
}
