package org.qsl.circuits.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;

class CpuSimulatorTest {

  /** Builders for every kernel kind this JVM offers. */
  static List<CpuSimulator.Builder> kernels() {
    List<CpuSimulator.Builder> b = new ArrayList<>();
    b.add(CpuSimulator.builder().vectorized(false));
    if (CpuSimulator.vectorApiAvailable()) {
      b.add(CpuSimulator.builder().vectorized(true));
    }
    return b;
  }

  @ParameterizedTest
  @CsvSource({"COMPLEX64, 1e-5", "COMPLEX128, 2e-6"})
  void reproducesThePublishedTwelveQubitDistribution(Precision precision, double bound)
      throws Exception {
    Circuit c = Sycamore12.circuit();
    double[] p = Sycamore12.distribution();
    for (CpuSimulator.Builder b : kernels()) {
      for (int k = 1; k <= 5; k++) {
        CpuSimulator sim = b.precision(precision).fusion(k).build();
        double tvd = Sycamore12.totalVariation(sim.run(c), p);
        assertTrue(tvd <= bound, precision + " k=" + k + " vectorized=" + sim.vectorized()
            + ": TVD " + tvd);
      }
    }
  }

  @Test
  void usesTheVectorApiWhenItsModuleIsPresent() {
    assertTrue(CpuSimulator.vectorApiAvailable(), "surefire runs with the module");
    assertTrue(CpuSimulator.create().vectorized());
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void agreesWithTheDenseReferenceForEveryFusionSize(Precision precision) {
    double bound = precision == Precision.COMPLEX64 ? 1e-5 : 1e-12;
    // up to 12 qubits a state is one chunk; 13 and 15 go through chunks and several stages
    int[] sizes = {1, 2, 3, 5, 8, 11, 13, 15};
    for (int i = 0; i < sizes.length; i++) {
      int n = sizes[i];
      Circuit c = TestCircuits.everyGate(n, 12 * n, 100 + i);
      StateVector expected = new DenseSimulator().run(c);
      for (CpuSimulator.Builder b : kernels()) {
        for (int k = 1; k <= GateFuser.MAX_QUBITS; k++) {
          CpuSimulator sim = b.precision(precision).fusion(k).threads(2).build();
          double diff = TestCircuits.maxDifference(sim.run(c), expected);
          assertTrue(diff <= bound,
              "n=" + n + " k=" + k + " vectorized=" + sim.vectorized() + ": max diff " + diff);
        }
      }
    }
  }

  @Test
  void agreesWithStrangeOnFiftyRandomCircuits() {
    StrangeSimulator strange = new StrangeSimulator();
    CpuSimulator cpu = CpuSimulator.create();
    for (int i = 0; i < 54; i++) {
      int n = 2 + i % 9;
      Circuit c = TestCircuits.everyGate(n, 6 * n + 30, 1000 + i); // each type at n >= 3
      double f = cpu.run(c).fidelity(strange.run(c));
      assertTrue(f >= 1 - 1e-5, "circuit " + i + " on " + n + " qubits: fidelity " + f);
    }
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void threadCountDoesNotChangeAnyBit(Precision precision) {
    Circuit c = TestCircuits.everyGate(14, 120, 7); // four chunks, several stages
    for (CpuSimulator.Builder b : kernels()) {
      for (int k : new int[] {2, 4}) {
        b.precision(precision).fusion(k);
        CpuStateVector one = b.threads(1).build().run(c);
        for (int t : new int[] {2, 3}) {
          CpuStateVector many = b.threads(t).build().run(c);
          for (long j = 0; j < one.dimension(); j++) {
            if (one.re(j) != many.re(j) || one.im(j) != many.im(j)) {
              throw new AssertionError(precision + " k=" + k + " threads=" + t
                  + ": amplitude " + j + " differs");
            }
          }
        }
      }
    }
  }

  @Test
  void storageChunkSizeDoesNotChangeAnyBit() {
    Circuit c = TestCircuits.everyGate(15, 150, 8);
    CpuSimulator sim = CpuSimulator.builder().precision(Precision.COMPLEX128).build();
    CpuStateVector whole = sim.run(c);
    CpuStateVector chunked = CpuStateVector.zeros(15, Precision.COMPLEX128, 5);
    sim.apply(c, chunked);
    assertEquals(0, TestCircuits.maxDifference(whole, chunked));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void chunksWorkedOnInPlaceMatchGatheredOnesAndTheReference(Precision precision) {
    // n = 16: gates on the two top qubits need two high bits and the others (storage bits
    // 0..9) fit the extended low bits, so every stage of the simulator's plan has at most four
    // runs: worked on in place when the state is one array (one-qubit gates on storage bits 7..9
    // in complex64, 6..8 in complex128, take the staggered kernel), gathered when it is stored
    // in 2^5-amplitude arrays
    int n = 16;
    SplittableRandom r = new SplittableRandom(16);
    Gate[] ones = {Gates.H, Gates.SQRT_X, Gates.SQRT_W, Gates.T};
    int[] qubits = {0, 1, 6, 7, 8, 9, 10, 13, 15};
    Circuit.Builder b = Circuit.builder(n);
    for (int i = 0; i < 60; i++) {
      int a = qubits[r.nextInt(qubits.length)];
      b.add(ones[r.nextInt(ones.length)], a);
      if (i % 3 == 0) {
        b.add(Gates.SYCAMORE, a, a == 0 ? 1 : 0);
      }
    }
    Circuit c = b.build();
    StateVector expected = new DenseSimulator().run(c);
    for (int k = 1; k <= 2; k++) {
      for (Stage stage : CpuSimulator.plan(n, new GateFuser(k).fuse(c), precision)) {
        assertTrue(stage.runs.length <= CpuSimulator.IN_PLACE_RUNS, stage.runs.length + " runs");
      }
      for (CpuSimulator.Builder kind : kernels()) {
        CpuSimulator sim = kind.precision(precision).fusion(k).threads(2).build();
        CpuStateVector inPlace = sim.run(c);
        CpuStateVector gathered = CpuStateVector.zeros(n, precision, 5);
        sim.apply(c, gathered);
        assertEquals(0, TestCircuits.maxDifference(inPlace, gathered), "bitwise, k=" + k);
        double bound = precision == Precision.COMPLEX64 ? 1e-5 : 1e-12;
        assertTrue(TestCircuits.maxDifference(inPlace, expected) <= bound, "k=" + k);
      }
    }
  }

  @Test
  void keepsTheNormAtTwentyQubitsDepthTwenty() {
    Circuit c = new SycamoreGenerator(Grid.rectangle(4, 5)).generate(20, 3);
    StateVector s = CpuSimulator.create().run(c);
    assertEquals(1, s.norm(), 1e-5);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void aCircuitFollowedByItsInverseReturnsToZero(Precision precision) {
    Circuit c = TestCircuits.everyGate(13, 100, 11);
    CpuSimulator sim = CpuSimulator.builder().precision(precision).build();
    CpuStateVector s = sim.run(c);
    sim.apply(c.inverse(), s);
    double bound = precision == Precision.COMPLEX64 ? 1e-5 : 1e-12;
    assertEquals(1, s.probability(0), bound);
    assertEquals(1, s.norm(), bound);
  }

  @Test
  void runsFromAGivenState() {
    Circuit first = TestCircuits.everyGate(6, 40, 1);
    Circuit second = TestCircuits.everyGate(6, 40, 2);
    CpuSimulator sim = CpuSimulator.builder().precision(Precision.COMPLEX128).build();
    StateVector s = sim.run(second, new DenseSimulator().run(first));
    assertTrue(TestCircuits.maxDifference(s, new DenseSimulator().run(first.then(second)))
        < 1e-12);
    assertThrows(IllegalArgumentException.class, () -> sim.run(second, sim.run(
        TestCircuits.everyGate(5, 10, 3))));
  }

  @Test
  void refusesAStateThatCannotFitBeforeAllocating() {
    long max = Runtime.getRuntime().maxMemory();
    int n = 64 - Long.numberOfLeadingZeros(max); // 2^n * 8 bytes > max
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CpuSimulator.create().run(Circuit.builder(n).build()));
    String expected = "a " + n + "-qubit complex64 state needs " + (8L << n) + " bytes";
    assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    assertTrue(e.getMessage().contains("free of") && !e.getMessage().contains("\n"));
  }

  @Test
  void reportsProgressPerStageAndCountsPasses() {
    List<long[]> seen = new ArrayList<>();
    Circuit c = new SycamoreGenerator(Grid.rectangle(4, 4)).generate(8, 5);
    CpuSimulator sim = CpuSimulator.builder()
        .progress((done, total) -> seen.add(new long[] {done, total})).build();
    sim.run(c);
    assertEquals(sim.passes(c), seen.size());
    assertTrue(seen.size() > 1);
    for (int i = 0; i < seen.size(); i++) {
      assertArrayEquals(new long[] {i + 1, seen.size()}, seen.get(i));
    }
  }
}
