package org.qsl.circuits.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CpuStateVectorTest {

  /** A random (unnormalised) state of 10 qubits in chunks of 16 amplitudes, and its values. */
  static CpuStateVector randomState(Precision precision, double[] re, double[] im, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    CpuStateVector s = CpuStateVector.zeros(10, precision, 4);
    for (int j = 0; j < re.length; j++) {
      re[j] = r.nextDouble(-1, 1);
      im[j] = r.nextDouble(-1, 1);
      if (precision == Precision.COMPLEX64) {
        re[j] = (float) re[j];
        im[j] = (float) im[j];
      }
      s.setAmplitude(j, re[j], im[j]);
    }
    return s;
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void bulkProbabilitiesCrossChunks(Precision precision) {
    double[] re = new double[1024];
    double[] im = new double[1024];
    CpuStateVector s = randomState(precision, re, im, 1);
    double[] out = new double[1030];
    s.probabilities(5, out, 3, 1000);
    for (int i = 0; i < 1000; i++) {
      assertEquals(re[5 + i] * re[5 + i] + im[5 + i] * im[5 + i], out[3 + i], 1e-15);
      assertEquals(s.probability(5 + i), out[3 + i], 1e-15);
    }
    assertThrows(IndexOutOfBoundsException.class, () -> s.probabilities(1000, out, 0, 25));
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void normAndFidelityAreTheSumsOverAmplitudes(Precision precision) {
    double[] ar = new double[1024];
    double[] ai = new double[1024];
    double[] br = new double[1024];
    double[] bi = new double[1024];
    CpuStateVector a = randomState(precision, ar, ai, 2);
    CpuStateVector b = randomState(precision, br, bi, 3);
    double norm = 0;
    double re = 0;
    double im = 0;
    for (int j = 0; j < 1024; j++) {
      norm += ar[j] * ar[j] + ai[j] * ai[j];
      re += ar[j] * br[j] + ai[j] * bi[j];
      im += ar[j] * bi[j] - ai[j] * br[j];
    }
    assertEquals(norm, a.norm(), 1e-12 * norm);
    assertEquals(re * re + im * im, a.fidelity(b), 1e-12 * (re * re + im * im));
    // through the generic path of another StateVector implementation
    double[] interleaved = new double[2048];
    for (int j = 0; j < 1024; j++) {
      interleaved[2 * j] = br[j];
      interleaved[2 * j + 1] = bi[j];
    }
    assertEquals(a.fidelity(b), a.fidelity(new ArrayStateVector(10, interleaved)), 1e-12);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void resetAndCopyGiveTheExpectedAmplitudes(Precision precision) {
    double[] re = new double[1024];
    double[] im = new double[1024];
    CpuStateVector s = randomState(precision, re, im, 4);
    CpuStateVector copy = CpuStateVector.copyOf(s, Precision.COMPLEX128);
    for (int j = 0; j < 1024; j++) {
      assertEquals(re[j], copy.re(j));
      assertEquals(im[j], copy.im(j));
    }
    s.reset();
    assertEquals(1, s.re(0));
    assertEquals(1, s.norm());
  }
}
