package org.qsl.circuits.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsl.circuits.Circuit;

class Nd4jSimulatorTest {

  @ParameterizedTest
  @CsvSource({"COMPLEX64, 1e-5", "COMPLEX128, 2e-6"})
  void reproducesThePublishedTwelveQubitDistribution(Precision precision, double bound)
      throws Exception {
    Circuit c = Sycamore12.circuit();
    double[] p = Sycamore12.distribution();
    for (int k = 1; k <= GateFuser.MAX_QUBITS; k++) {
      Nd4jSimulator sim = Nd4jSimulator.builder().precision(precision).fusion(k).build();
      double tvd = Sycamore12.totalVariation(sim.run(c), p);
      assertTrue(tvd <= bound, precision + " k=" + k + ": TVD " + tvd);
    }
  }

  @Test
  void agreesWithTheCpuSimulatorOnSeededRandomCircuitsUpToSixteenQubits() {
    CpuSimulator cpu = CpuSimulator.builder().precision(Precision.COMPLEX128).build();
    int[] sizes = {1, 2, 3, 4, 6, 8, 10, 12, 14, 16};
    for (int i = 0; i < sizes.length; i++) {
      int n = sizes[i];
      Circuit c = TestCircuits.everyGate(n, 10 * n + 20, 300 + i);
      StateVector expected = cpu.run(c);
      // every fusion size up to 10 qubits; beyond, the smallest, a middle one and the default
      int[] fusions = n <= 10 ? new int[] {1, 2, 3, 4, 5, 6}
          : new int[] {1, 3, Nd4jSimulator.DEFAULT_FUSION};
      for (int k : fusions) {
        double f = Nd4jSimulator.builder().fusion(k).build().run(c).fidelity(expected);
        assertTrue(f >= 1 - 1e-5, "n=" + n + " k=" + k + ": fidelity " + f);
      }
    }
  }

  @Test
  void matchesTheCpuSimulatorToRoundingInDoublePrecision() {
    Circuit c = TestCircuits.everyGate(11, 150, 5);
    StateVector expected = CpuSimulator.builder().precision(Precision.COMPLEX128).build().run(c);
    CpuStateVector s = Nd4jSimulator.builder().precision(Precision.COMPLEX128).fusion(3).build()
        .run(c);
    assertEquals(Precision.COMPLEX128, s.precision());
    assertTrue(TestCircuits.maxDifference(s, expected) < 1e-12);
  }

  @Test
  void reportsProgressOncePerStep() {
    Circuit c = TestCircuits.everyGate(7, 60, 9);
    List<long[]> calls = new ArrayList<>();
    Nd4jSimulator sim = Nd4jSimulator.builder().fusion(2)
        .progress((done, total) -> calls.add(new long[] {done, total})).build();
    sim.run(c);
    int steps = sim.plan(c).steps().size();
    assertEquals(steps, calls.size());
    assertEquals(steps, calls.get(steps - 1)[0]);
    assertEquals(steps, calls.get(0)[1]);
  }

  @Test
  void refusesWorkingStatesBeyondTheOffHeapLimitBeforeAllocating() {
    // JavaCPP's limit defaults to the maximum heap: two states of 2^n complex64 amplitudes
    // exceed it for 2^n * 16 bytes > max heap
    long max = Runtime.getRuntime().maxMemory();
    int n = 64 - Long.numberOfLeadingZeros(max) - 3;
    Circuit c = Circuit.builder(n).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Nd4jSimulator.create().run(c));
    assertTrue(e.getMessage().contains(Long.toString(2 * Precision.COMPLEX64.stateBytes(n))),
        e.getMessage());
  }

  @Test
  void aBackendThatDoesNotStartIsReportedInOneLine() {
    Throwable failure = new ExceptionInInitializerError(new RuntimeException("backend",
        new UnsatisfiedLinkError("libcuda.so.1: cannot open shared object file:\n"
            + "No such file or directory")));
    String cuda = Nd4jSimulator.backendFailure(failure, true);
    assertFalse(cuda.contains("\n"), cuda);
    assertTrue(cuda.contains("no usable NVIDIA GPU or driver"), cuda);
    assertTrue(cuda.contains("UnsatisfiedLinkError: libcuda.so.1: cannot open shared object"
        + " file: No such file or directory"), cuda);
    String cpu = Nd4jSimulator.backendFailure(failure, false);
    assertTrue(cpu.startsWith("the ND4J backend did not start (UnsatisfiedLinkError"), cpu);
  }
}
