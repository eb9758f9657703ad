package org.qsl.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

  @Test
  void closingDoesNotRepeatALineThatShowedTheFinalState() {
    StringWriter text = new StringWriter();
    ConsoleProgress p = ConsoleProgress.plain("writing", 3, new PrintWriter(text), 0);
    p.progress(1, 3);
    p.close();
    List<String> lines = text.toString().lines().toList();
    assertEquals(1, lines.size(), text.toString());
    assertTrue(lines.get(0).matches("writing: 33% \\(1/3\\), \\d+ s, ETA \\d+ s"), lines.get(0));
  }

  @Test
  void offATerminalShortStepsPrintNothing() {
    StringWriter text = new StringWriter();
    try (ConsoleProgress p = ConsoleProgress.plain("reading", 10, new PrintWriter(text),
        Long.MAX_VALUE)) {
      p.progress(5, 10);
      p.progress(10, 10);
    }
    assertEquals("", text.toString());
  }

  @Test
  void offATerminalLongStepsPrintPlainLinesAndALastOne() {
    StringWriter text = new StringWriter();
    try (ConsoleProgress p = ConsoleProgress.plain("sampling", 4, new PrintWriter(text), 0)) {
      p.progress(1, 4);
      p.progress(1, 4); // no progress, no line
      p.stepBy(1);
      p.message("loss 0.25");
      p.stepTo(4);
    }
    List<String> lines = text.toString().lines().toList();
    assertEquals(3, lines.size(), text.toString());
    assertTrue(lines.get(0).matches("sampling: 25% \\(1/4\\), \\d+ s, ETA \\d+ s"), lines.get(0));
    assertTrue(lines.get(1).startsWith("sampling: 50% (2/4), "), lines.get(1));
    assertTrue(lines.get(2).matches("sampling: 100% \\(4/4\\), \\d+ s loss 0.25"), lines.get(2));
  }
}
