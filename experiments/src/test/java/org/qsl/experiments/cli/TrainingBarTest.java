package org.qsl.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.qsl.learners.TrainingProgress;

class TrainingBarTest {

  @Test
  void warningsGetALineOfTheirOwn() {
    StringWriter text = new StringWriter();
    try (TrainingBar bar = new TrainingBar(new PrintWriter(text, true))) {
      bar.onWarning("before any step");
      bar.onStep(new TrainingProgress(1, 1, 1, 10, 0.5, 100));
      bar.onWarning("gan epoch 1: mode collapse");
    }
    // tests run without a console, so the bar prints nothing for a run this short
    assertEquals(String.format("warning: before any step%nwarning: gan epoch 1: mode collapse%n"),
        text.toString());
  }
}
