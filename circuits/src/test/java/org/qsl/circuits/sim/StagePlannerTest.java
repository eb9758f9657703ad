package org.qsl.circuits.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gates;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;

class StagePlannerTest {

  @Test
  void keepsEveryGateOnceInTheOrderOfEachQubit() {
    int n = 20;
    for (int seed = 0; seed < 3; seed++) {
      List<FusedGate> gates = new GateFuser(2).fuse(TestCircuits.everyGate(n, 300, seed));
      List<Stage> stages = StagePlanner.plan(n, gates, 10, 16);
      List<FusedGate> flat = new ArrayList<>();
      for (Stage s : stages) {
        flat.addAll(s.gates);
      }
      assertEquals(gates.size(), flat.size());
      for (int q = 0; q < n; q++) {
        assertEquals(onQubit(gates, q), onQubit(flat, q), "qubit " + q);
      }
    }
  }

  @Test
  void eachStageActsOnlyWithinItsChunks() {
    int n = 24;
    Circuit c = new SycamoreGenerator(Grid.rectangle(4, 6)).generate(20, 1);
    for (Stage s : StagePlanner.plan(n, new GateFuser(3).fuse(c), 10, 16)) {
      assertTrue(s.highBits.length <= 6);
      assertEquals(n, s.bits() + s.outerBits.length);
      for (FusedGate g : s.gates) {
        for (int t : s.targets(g)) {
          assertTrue(t >= 0 && t < s.bits(), "buffer bit " + t);
        }
      }
    }
  }

  @Test
  void bitsAStageLeavesFreeExtendItsContiguousRuns() {
    // one gate on the bottom qubit: the chunk is 16 contiguous bits, not the 10 low ones
    Stage low = StagePlanner.plan(20, new GateFuser(1).fuse(
        Circuit.builder(20).add(Gates.H, 19).build()), 10, 16).get(0);
    assertEquals(16, low.lowBits);
    assertEquals(0, low.highBits.length); // one contiguous range of storage
    // one gate on the top qubit (storage bit 19): runs of 2^15 amplitudes, 2 of them
    Stage top = StagePlanner.plan(20, new GateFuser(1).fuse(
        Circuit.builder(20).add(Gates.H, 0).build()), 10, 16).get(0);
    assertEquals(15, top.lowBits);
    assertArrayEquals(new int[] {19}, top.highBits);
    assertEquals(16, top.bits());
    assertEquals(20, top.span());
  }

  @Test
  void aStateThatFitsTheChunkIsOneStage() {
    List<FusedGate> gates = new GateFuser(2).fuse(TestCircuits.everyGate(8, 100, 4));
    List<Stage> stages = StagePlanner.plan(8, gates, 8, 8);
    assertEquals(1, stages.size());
    assertEquals(1, stages.get(0).chunks());
  }

  @Test
  void blocksFewerPassesThanGates() {
    Circuit c = new SycamoreGenerator(Grid.rectangle(4, 6)).generate(20, 1);
    List<FusedGate> gates = new GateFuser(2).fuse(c);
    int stages = StagePlanner.plan(24, gates, 10, 16).size();
    // measured 20 stages for 190 fused gates: about ten gates per pass over the state
    assertTrue(stages * 5 < gates.size(), stages + " stages for " + gates.size() + " gates");
  }

  private static List<FusedGate> onQubit(List<FusedGate> gates, int q) {
    List<FusedGate> out = new ArrayList<>();
    for (FusedGate g : gates) {
      if (g.actsOn(q)) {
        out.add(g);
      }
    }
    return out;
  }
}
