package org.qsl.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.learners.TrainingListener;

class ResultLogTest {
  @TempDir
  Path folder;

  private static ResultRow row(int size) {
    Configuration c = new Configuration(6, "sycamore:14", 0, "natural", "lstm", size, 1000, 3,
        500, 0);
    return new SyntheticRunner().run(c, TrainingListener.NONE);
  }

  private List<String> lines(String file) throws IOException {
    return Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8);
  }

  @Test
  void rowsSurviveTheRoundTripAndTheCsvHasOneLinePerRow() throws IOException {
    try (ResultLog log = ResultLog.open(folder)) {
      log.append(row(2));
      log.append(row(3));
    }
    List<String> appended = lines(ResultLog.TABLE);
    try (ResultLog log = ResultLog.open(folder)) {
      assertEquals(List.of(new ResultLog.Entry(1, row(2)), new ResultLog.Entry(2, row(3))),
          log.entries());
      assertEquals(List.of(), log.problems());
    }
    List<String> csv = lines(ResultLog.TABLE);
    assertEquals(appended, csv, "the appended CSV is the one rewritten from the record");
    assertEquals(3, csv.size());
    List<String> header = List.of(csv.get(0).split(","));
    List<String> second = List.of(csv.get(2).split(","));
    assertEquals("3", second.get(header.indexOf("size")));
    assertEquals(String.valueOf(SyntheticRunner.parameters(3)),
        second.get(header.indexOf("parameters")));
    assertEquals("", second.get(header.indexOf("exact_normalised_xeb")), "odd sizes: no exact");
    assertEquals("test", second.get(header.indexOf("qsl")));
    assertEquals(String.valueOf(1.0 / 3), second.get(header.indexOf("final_loss")));
  }

  @Test
  void anIncompleteLastLineIsReportedMovedAsideAndCutOff() throws IOException {
    try (ResultLog log = ResultLog.open(folder)) {
      log.append(row(2));
      log.append(row(3));
    }
    String whole = Files.readString(folder.resolve(ResultLog.ROWS));
    String third = whole.lines().findFirst().orElseThrow().replace("\"size\":2", "\"size\":4");
    Files.writeString(folder.resolve(ResultLog.ROWS), third.substring(0, 40),
        StandardOpenOption.APPEND);

    try (ResultLog log = ResultLog.open(folder)) {
      assertEquals(2, log.entries().size());
      assertEquals(1, log.problems().size());
      String problem = log.problems().get(0).toString();
      assertTrue(problem.startsWith(folder.resolve(ResultLog.ROWS) + ":3: incomplete last row"),
          problem);
      assertEquals(whole, Files.readString(folder.resolve(ResultLog.ROWS)));
      assertEquals(List.of(third.substring(0, 40)), lines(ResultLog.TRUNCATED));
      log.append(row(4));
      assertEquals(3, log.entries().get(2).line());
    }
    try (ResultLog log = ResultLog.open(folder)) {
      assertEquals(3, log.entries().size());
      assertEquals(List.of(), log.problems());
    }
  }

  @Test
  void malformedLinesAreReportedWithLineAndColumnAndKept() throws IOException {
    try (ResultLog log = ResultLog.open(folder)) {
      log.append(row(2));
    }
    String good = Files.readString(folder.resolve(ResultLog.ROWS));
    String missing = good.replace("\"parameters\":" + SyntheticRunner.parameters(2) + ",", "");
    Files.writeString(folder.resolve(ResultLog.ROWS), good + "{\"qubits\": x}\n" + missing
        + "\n" + good);
    try (ResultLog log = ResultLog.open(folder)) {
      assertEquals(List.of(1, 5), log.entries().stream().map(ResultLog.Entry::line).toList());
      assertEquals(2, log.problems().size());
      assertTrue(log.problems().get(0).toString().startsWith(
          folder.resolve(ResultLog.ROWS) + ":2: column 12: not a result row"),
          log.problems().get(0).toString());
      assertTrue(log.problems().get(1).toString().contains(":3: column "),
          log.problems().get(1).toString());
      assertTrue(log.problems().get(1).toString().contains("parameters"),
          log.problems().get(1).toString());
    }
    assertEquals(5, lines(ResultLog.ROWS).size(), "nothing is dropped from the file");
  }

  @Test
  void oneScanAtATimePerFolder() {
    try (ResultLog log = ResultLog.open(folder)) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ResultLog.open(folder));
      assertTrue(e.getMessage().contains("another scan is writing to"), e.getMessage());
    }
    ResultLog.open(folder).close();
  }
}
