package org.qsl.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnabilityScanTest {
  @TempDir
  Path dir;

  /** 3 n x 2 instances x 2 seeds x (2 learners x 5 sizes) = 120 configurations. */
  private static LearnabilityScan scan(int epochs) {
    return scan(epochs, true);
  }

  private static LearnabilityScan scan(int epochs, boolean fullGrid) {
    Map<String, List<Integer>> sizes = new LinkedHashMap<>();
    sizes.put("lstm", List.of(1, 2, 4, 8, 16));
    sizes.put("gan", List.of(1, 2, 4, 8, 16));
    return new LearnabilityScan(new LearnabilityScan.Settings(List.of(4, 6, 8),
        new CircuitFamily.Brickwork(5), 2, 2, "natural", sizes, new Budget(100, epochs, 50),
        Criterion.DEFAULT, fullGrid));
  }

  @Test
  void planRunsEveryCombinationByNThenModelThenReplicate() {
    List<Configuration> plan = scan(2).plan();
    assertEquals(120, plan.size());
    assertEquals(new Configuration(4, "brickwork:5", 0, "natural", "lstm", 1, 100, 2, 50, 0),
        plan.get(0));
    assertEquals(new Configuration(4, "brickwork:5", 0, "natural", "lstm", 1, 100, 2, 50, 1),
        plan.get(1));
    assertEquals(new Configuration(4, "brickwork:5", 1, "natural", "lstm", 1, 100, 2, 50, 0),
        plan.get(2));
    assertEquals(new Configuration(4, "brickwork:5", 0, "natural", "lstm", 2, 100, 2, 50, 0),
        plan.get(4));
    assertEquals(new Configuration(8, "brickwork:5", 1, "natural", "gan", 16, 100, 2, 50, 1),
        plan.get(119));
  }

  @Test
  void aGridStopsAfterTheFirstSizeEveryReplicatePasses() {
    SyntheticRunner runner = new SyntheticRunner();
    LearnabilityResult stopped = scan(1, false).run(dir.resolve("stopped"), runner,
        ScanListener.NONE, Integer.MAX_VALUE);
    LearnabilityResult full = scan(1).run(dir.resolve("full"), new SyntheticRunner(),
        ScanListener.NONE, Integer.MAX_VALUE);
    assertTrue(stopped.complete());
    // XEB = 1 - exp(-P / 2^(n/2)) + 0.01 (instance - seed), P = 12, 32, 96, ... for sizes
    // 1, 2, 4, ...: every replicate passes 0.9 at size 1 for n = 4 (worst 0.945 - 0.01), at
    // size 2 for n = 6 (0.982 - 0.01) and n = 8 (0.865 fails at size 2, 0.9975 passes at 4).
    List<Integer> last = List.of(1, 2, 4);
    for (int i = 0; i < 3; i++) {
      int n = 4 + 2 * i;
      int max = runner.computed.stream().filter(c -> c.qubits() == n)
          .mapToInt(Configuration::size).max().orElseThrow();
      assertEquals(last.get(i), max, "n = " + n);
    }
    assertEquals(2 * 4 * (1 + 2 + 3), runner.computed.size());
    assertEquals(full.requirements(), stopped.requirements());
  }

  @Test
  void aKilledScanResumesWithTheRemainingConfigurationsAndEndsWithTheSameTable() {
    LearnabilityScan scan = scan(2);
    SyntheticRunner whole = new SyntheticRunner();
    LearnabilityResult uninterrupted = scan.run(dir.resolve("whole"), whole, ScanListener.NONE,
        Integer.MAX_VALUE);
    assertEquals(120, whole.computed.size());
    assertTrue(uninterrupted.complete());

    Path folder = dir.resolve("killed");
    int k = 37;
    SyntheticRunner dying = new SyntheticRunner(k);
    assertThrows(IllegalStateException.class,
        () -> scan.run(folder, dying, ScanListener.NONE, Integer.MAX_VALUE));
    assertEquals(k, dying.computed.size());

    SyntheticRunner resumed = new SyntheticRunner();
    LearnabilityResult after = scan.run(folder, resumed, ScanListener.NONE, Integer.MAX_VALUE);
    assertEquals(scan.plan().subList(k, 120), resumed.computed, "only the remaining ones");
    assertEquals(uninterrupted.rows(), after.rows());
    assertEquals(uninterrupted.requirements(), after.requirements());
    assertEquals(uninterrupted.fits(), after.fits());
    assertEquals(SummaryTable.learnability(uninterrupted), SummaryTable.learnability(after));

    SyntheticRunner again = new SyntheticRunner();
    scan.run(folder, again, ScanListener.NONE, Integer.MAX_VALUE);
    assertEquals(List.of(), again.computed, "a finished scan computes nothing");
  }

  @Test
  void aLimitStopsAfterThatManyAndTheRestFollowsLater() {
    LearnabilityScan scan = scan(2);
    LearnabilityResult first = scan.run(dir, new SyntheticRunner(), ScanListener.NONE, 50);
    assertFalse(first.complete());
    assertEquals(50, first.rows().size());
    SyntheticRunner rest = new SyntheticRunner();
    assertTrue(scan.run(dir, rest, ScanListener.NONE, Integer.MAX_VALUE).complete());
    assertEquals(70, rest.computed.size());
  }

  @Test
  void rowsOfAnotherScanAreReportedWithTheirLineAndLeftOut() throws IOException {
    scan(2).run(dir, new SyntheticRunner(), ScanListener.NONE, 3);
    List<ResultLog.Problem> problems = new ArrayList<>();
    ScanListener listener = new ScanListener() {
      @Override
      public void problem(ResultLog.Problem problem) {
        problems.add(problem);
      }
    };
    LearnabilityResult other = scan(3).run(dir, new SyntheticRunner(), listener, 2);
    assertEquals(3, problems.size());
    for (int line = 1; line <= 3; line++) {
      String p = problems.get(line - 1).toString();
      assertTrue(p.startsWith(dir.resolve(ResultLog.ROWS) + ":" + line + ": a row of another"
          + " scan (qubits=4 circuit=brickwork:5"), p);
      assertTrue(p.contains(" epochs=2 "), p);
    }
    assertEquals(2, other.rows().size());
    assertEquals(5, Files.readAllLines(dir.resolve(ResultLog.ROWS)).size());
  }

  @Test
  void requirementsAndFitsFollowTheKnownLaw() {
    LearnabilityResult r = scan(1).run(dir, new SyntheticRunner(), ScanListener.NONE,
        Integer.MAX_VALUE);
    // XEB = 1 - exp(-P / 2^(n/2)) (+- 0.01 per replicate, mean 0): P(0.9) = 2^(n/2) ln 10,
    // i.e. 9.2, 18.4, 36.8 for n = 4, 6, 8. The grid has P = 12, 32, 96, 320, 1088, so n = 4
    // passes at the first size (at most 12) and n = 6, 8 cross between 12..32 and 32..96.
    Requirement n4 = r.requirements().get(0);
    assertEquals(Requirement.Bound.AT_MOST, n4.bound());
    assertEquals(12, n4.parameters());
    Requirement n6 = r.requirements().get(1);
    assertEquals(Requirement.Bound.CROSSED, n6.bound());
    double t = (0.9 - SyntheticRunner.xeb(6, 12, 0, 0)) / (SyntheticRunner.xeb(6, 32, 0, 0)
        - SyntheticRunner.xeb(6, 12, 0, 0));
    assertEquals(Math.exp(Math.log(12) + t * Math.log(32.0 / 12)), n6.parameters(), 1e-9);
    assertEquals(4, n6.replicates());
    assertEquals(List.of(), List.copyOf(r.fits().keySet()), "two crossings are too few to fit");
  }
}
