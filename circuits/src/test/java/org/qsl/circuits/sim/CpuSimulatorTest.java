package org.qsl.circuits.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.io.QsimFormat;

class CpuSimulatorTest {

  static Path resource(String name) throws Exception {
    return Path.of(CpuSimulatorTest.class.getResource("/reference/" + name).toURI());
  }

  /** The published distribution of the 12-qubit circuit, normalised (it sums to 1.0000024). */
  static double[] q12c0() throws Exception {
    double[] p = Files.readAllLines(resource("q12c0.txt")).stream()
        .mapToDouble(Double::parseDouble).toArray();
    double sum = 0;
    for (double x : p) {
      sum += x;
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  static double totalVariation(StateVector s, double[] p) {
    double[] q = new double[p.length];
    s.probabilities(0, q, 0, q.length);
    double tvd = 0;
    for (int i = 0; i < p.length; i++) {
      tvd += Math.abs(p[i] - q[i]);
    }
    return tvd / 2;
  }

  /** Simulators with every kernel kind this JVM offers. */
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
    Circuit c = QsimFormat.read(resource("n12_m14_s0_pEFGH.qsim"));
    double[] p = q12c0();
    for (CpuSimulator.Builder b : kernels()) {
      for (int k = 1; k <= 5; k++) {
        StateVector s = b.precision(precision).fusion(k).build().run(c);
        double tvd = totalVariation(s, p);
        assertTrue(tvd <= bound, precision + " k=" + k + ": TVD " + tvd);
      }
    }
  }

  @Test
  void vectorApiIsOnWhenTheModuleIsPresent() {
    assertEquals(CpuSimulator.vectorApiAvailable(), CpuSimulator.create().vectorized());
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void agreesWithTheNaiveSimulatorForEveryFusionSize(Precision precision) {
    double bound = precision == Precision.COMPLEX64 ? 1e-5 : 1e-12;
    // n <= 12 runs in one piece; n = 13 and 15 go through chunks and stages
    int[] sizes = {1, 2, 3, 5, 8, 13, 15};
    for (int i = 0; i < sizes.length; i++) {
      int n = sizes[i];
      Circuit c = TestCircuits.everyGate(n, 12 * n, 100 + i);
      double[] expected = NaiveSimulator.run(c);
      for (CpuSimulator.Builder b : kernels()) {
        for (int k = 1; k <= GateFuser.MAX_QUBITS; k++) {
          CpuSimulator sim = b.precision(precision).fusion(k).threads(2).build();
          StateVector s = sim.run(c);
          double diff = NaiveSimulator.maxDifference(s, expected);
          assertTrue(diff <= bound,
              "n=" + n + " k=" + k + " vectorized=" + sim.vectorized() + ": max diff " + diff);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void threadCountDoesNotChangeAnyBit(Precision precision) {
    Circuit c = TestCircuits.everyGate(16, 200, 7);
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
  void keepsTheNormAtTwentyQubitsDepthTwenty() {
    Circuit c = TestCircuits.sycamoreLike(4, 5, 20, 3);
    assertEquals(20, c.qubits());
    StateVector s = CpuSimulator.create().run(c);
    assertEquals(1, s.norm(), 1e-5);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void aCircuitFollowedByItsInverseReturnsToZero(Precision precision) {
    Circuit c = TestCircuits.everyGate(14, 150, 11);
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
    StateVector s = sim.run(second, sim.run(first));
    double[] expected = NaiveSimulator.apply(second, NaiveSimulator.run(first));
    assertTrue(NaiveSimulator.maxDifference(s, expected) < 1e-12);
  }

  @Test
  void refusesAStateThatCannotFitBeforeAllocating() {
    long max = Runtime.getRuntime().maxMemory();
    int n = 64 - Long.numberOfLeadingZeros(max); // 2^n * 8 bytes > max
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CpuSimulator.create().run(Circuit.builder(n).build()));
    String expected = "a " + n + "-qubit complex64 state needs " + (8L << n) + " bytes";
    assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    assertTrue(e.getMessage().contains(" bytes (") && !e.getMessage().contains("\n"));
  }

  @Test
  void reportsProgressPerStage() {
    List<int[]> seen = new ArrayList<>();
    CpuSimulator.builder().progress((done, total) -> seen.add(new int[] {done, total})).build()
        .run(TestCircuits.sycamoreLike(4, 4, 8, 5));
    assertTrue(seen.size() > 1);
    for (int i = 0; i < seen.size(); i++) {
      assertArrayEquals(new int[] {i + 1, seen.size()}, seen.get(i));
    }
  }
}
