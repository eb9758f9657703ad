package org.qsl.learners.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.qsl.learners.SizeKnob;

class LstmSizeKnobTest {

  @Test
  void theRegisteredKnobSetsTheHiddenUnits() {
    SizeKnob knob = SizeKnob.of("lstm");
    LstmLearner learner = assertInstanceOf(LstmLearner.class, knob.create(6, 8, 2, 3));
    assertEquals(new LstmConfig(1, 8, 2, 64, 1e-2, Optimiser.ADAM, StartToken.CHANNEL, 3),
        learner.config());
    // 4H (2 inputs + bias + H recurrent) + H + 1 output weights, H = 8
    assertEquals(4 * 8 * (2 + 1 + 8) + 8 + 1, learner.parameterCount());
    assertEquals(2, knob.grid().get(0));
    assertThrows(IllegalArgumentException.class, () -> knob.create(6, 0, 2, 3));
  }
}
