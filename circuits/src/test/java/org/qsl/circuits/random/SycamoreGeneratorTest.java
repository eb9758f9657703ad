package org.qsl.circuits.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Operation;
import org.qsl.circuits.sim.Sycamore12;

class SycamoreGeneratorTest {

  /** Coupler sets of the 3x4 grid written out by hand from the picture in CouplerSet. */
  private static final List<List<String>> SETS_3X4 = List.of(
      List.of("1-2", "5-6", "9-10"),
      List.of("0-1", "2-3", "4-5", "6-7", "8-9", "10-11"),
      List.of("4-8", "5-9", "6-10", "7-11"),
      List.of("0-4", "1-5", "2-6", "3-7"));

  @Test
  void patternAbcdReproducesTheSharedCircuitsCouplersCycleByCycle() {
    // the fSim pairs of n12_m14_s0_pEFGH, grouped by cycle (between single-qubit layers)
    List<List<String>> shared = new ArrayList<>();
    List<String> cycle = null;
    for (Operation op : Sycamore12.circuit().operations()) {
      boolean sqrt = Cycles.SQRT_GATES.contains(op.gate());
      if (sqrt && cycle != null && !cycle.isEmpty()) {
        shared.add(cycle);
        cycle = null;
      } else if (op.gate() instanceof Gate.FSim) {
        cycle = cycle == null ? new ArrayList<>() : cycle;
        cycle.add(op.qubit(0) + "-" + op.qubit(1));
      }
    }
    assertEquals(14, shared.size());
    for (String pattern : List.of("ABCD", "EFGH")) {
      Cycles generated = Cycles.of(
          new SycamoreGenerator(Grid.rectangle(3, 4)).withPattern(pattern).generate(14, 0));
      assertEquals(14, generated.cycles());
      for (int k = 0; k < 14; k++) {
        assertEquals(shared.get(k), generated.pairs(k), pattern + " cycle " + k);
      }
    }
  }

  @Test
  void theSharedCircuitObeysTheNoRepeatRuleToo() {
    // Google's circuit, stripped of its rz phases, has our layer structure: an independent check
    // of the rule as we read it
    Circuit c = Sycamore12.circuit();
    Circuit.Builder stripped = Circuit.builder(12);
    c.operations().stream().filter(op -> !(op.gate() instanceof Gate.Rz)).forEach(stripped::add);
    assertEquals(14, Cycles.of(stripped.build()).cycles());
  }

  @Test
  void everyCycleUsesTheCouplerSetOfItsPatternLetter() {
    String pattern = "ABCDCDAB";
    Cycles c = Cycles.of(new SycamoreGenerator(Grid.rectangle(3, 4)).generate(20, 3));
    assertEquals(20, c.cycles());
    for (int k = 0; k < 20; k++) {
      int set = pattern.charAt(k % pattern.length()) - 'A';
      assertEquals(SETS_3X4.get(set), c.pairs(k), "cycle " + k);
      for (Operation op : c.twoQubitLayers().get(k)) {
        assertEquals(Gates.SYCAMORE, op.gate());
      }
    }
    assertEquals(21, c.singleLayers().size());
  }

  @Test
  void couplerSetsOfALargerGridAreDisjointAndCoverEveryNeighbourOnce() {
    Grid g = Grid.rectangle(5, 6);
    Set<String> all = new HashSet<>();
    int total = 0;
    for (CouplerSet s : CouplerSet.values()) {
      Set<Integer> used = new HashSet<>();
      for (int[] p : g.couplers(s)) {
        assertTrue(used.add(p[0]) && used.add(p[1]), s + " reuses a qubit");
        int d = p[1] - p[0];
        assertEquals(s.vertical() ? 6 : 1, d, s + " pair " + p[0] + "-" + p[1]);
        all.add(p[0] + "-" + p[1]);
        total++;
      }
    }
    // a 5x6 grid has 5*5 horizontal and 4*6 vertical neighbour pairs
    assertEquals(49, total);
    assertEquals(49, all.size());
  }

  @Test
  void subsetOfSitesNumbersQubitsInSiteOrderAndDropsMissingCouplers() {
    // sites 0 1 2 / 4 5 of a 2x3 grid minus site 3: qubits 0 1 2 / - 3 4
    Grid g = Grid.sites(2, 3, 0, 1, 2, 4, 5);
    assertEquals(5, g.qubits());
    assertEquals(-1, g.qubit(1, 0));
    assertEquals(3, g.qubit(1, 1));
    assertEquals(List.of("1-2", "3-4"), pairs(g, CouplerSet.A));
    assertEquals(List.of("0-1"), pairs(g, CouplerSet.B)); // sites 3-4 lost site 3
    assertEquals(List.of(), pairs(g, CouplerSet.C));
    assertEquals(List.of("1-3", "2-4"), pairs(g, CouplerSet.D)); // site 0-3 is gone
    Cycles c = Cycles.of(new SycamoreGenerator(g).withPattern("DB").generate(2, 1));
    assertEquals(List.of("1-3", "2-4"), c.pairs(0));
  }

  @Test
  void sameSeedSameCircuitAndOtherSeedsDiffer() {
    SycamoreGenerator gen = new SycamoreGenerator(Grid.rectangle(3, 4));
    assertEquals(gen.generate(14, 42), gen.generate(14, 42));
    Set<Circuit> distinct = new HashSet<>();
    for (long seed = 0; seed < 10; seed++) {
      distinct.add(gen.generate(14, seed));
    }
    assertEquals(10, distinct.size());
  }

  @Test
  void singleQubitGatesAreDrawnUniformly() {
    // first layer: 1/3 each; later layers: 1/2 for each of the two gates other than the last.
    // Counts are binomial; 5 standard deviations make a false failure rarer than 1e-6.
    int n = 30 * 30;
    int cycles = 20;
    Cycles c = Cycles.of(new SycamoreGenerator(Grid.rectangle(30, 30)).generate(cycles, 9));
    int[] first = new int[3];
    int[][] next = new int[3][3];
    for (int q = 0; q < n; q++) {
      first[Cycles.SQRT_GATES.indexOf(c.singleLayers().get(0).get(q).gate())]++;
      for (int k = 1; k <= cycles; k++) {
        int from = Cycles.SQRT_GATES.indexOf(c.singleLayers().get(k - 1).get(q).gate());
        int to = Cycles.SQRT_GATES.indexOf(c.singleLayers().get(k).get(q).gate());
        next[from][to]++;
      }
    }
    for (int g = 0; g < 3; g++) {
      assertEquals(n / 3.0, first[g], 5 * Math.sqrt(n * (1 / 3.0) * (2 / 3.0)), "first " + g);
      int leaving = next[g][(g + 1) % 3] + next[g][(g + 2) % 3];
      assertEquals(leaving / 2.0, next[g][(g + 1) % 3], 5 * Math.sqrt(leaving * 0.25),
          "from " + g);
    }
  }

  @Test
  void twoQubitGateIsSelectable() {
    Gate cz = Gates.CZ;
    Gate fsim = new Gate.FSim(0.3, 0.9);
    for (Gate g : List.of(cz, fsim)) {
      Circuit c = new SycamoreGenerator(Grid.rectangle(2, 2)).withTwoQubitGate(g).generate(4, 5);
      assertTrue(c.operations().stream().filter(op -> op.arity() == 2)
          .allMatch(op -> op.gate().equals(g)));
      // on 2x2, A and C are empty and B and D have two couplers: cycles A B C D give 4 gates
      assertEquals(4, c.multiQubitGateCount());
    }
    assertThrows(IllegalArgumentException.class,
        () -> new SycamoreGenerator(Grid.rectangle(2, 2)).withTwoQubitGate(Gates.H));
  }

  @Test
  void badPatternsAreRefusedWithTheirPosition() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SycamoreGenerator(Grid.rectangle(2, 2)).withPattern("ABXD"));
    assertEquals("coupler pattern 'ABXD': character 'X' at position 3 is not a coupler set;"
        + " expected letters A-D (or E-H)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CouplerSet.pattern(""));
    assertThrows(IllegalArgumentException.class, () -> CouplerSet.pattern("abcd"));
    assertEquals(CouplerSet.pattern("ABCD"), CouplerSet.pattern("EFGH"));
  }

  private static List<String> pairs(Grid g, CouplerSet s) {
    List<String> out = new ArrayList<>();
    for (int[] p : g.couplers(s)) {
      out.add(p[0] + "-" + p[1]);
    }
    return out;
  }
}
