package org.qsl.circuits.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CpuStateVectorTest {

  /** A state and the values of its amplitudes. */
  record Sample(CpuStateVector state, double[] re, double[] im) {}

  /** A random (unnormalised) state of 10 qubits in chunks of 16 amplitudes. */
  static Sample randomState(Precision precision, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] re = new double[1024];
    double[] im = new double[1024];
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
    return new Sample(s, re, im);
  }

  @ParameterizedTest
  @EnumSource(Precision.class)
  void bulkProbabilitiesCrossChunks(Precision precision) {
    Sample sample = randomState(precision, 1);
    CpuStateVector s = sample.state();
    double[] re = sample.re();
    double[] im = sample.im();
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
    Sample sa = randomState(precision, 2);
    Sample sb = randomState(precision, 3);
    CpuStateVector a = sa.state();
    CpuStateVector b = sb.state();
    double[] ar = sa.re();
    double[] ai = sa.im();
    double[] br = sb.re();
    double[] bi = sb.im();
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
    Sample sample = randomState(precision, 4);
    CpuStateVector s = sample.state();
    CpuStateVector copy = CpuStateVector.copyOf(s, Precision.COMPLEX128);
    for (int j = 0; j < 1024; j++) {
      assertEquals(sample.re()[j], copy.re(j));
      assertEquals(sample.im()[j], copy.im(j));
    }
    s.reset();
    assertEquals(1, s.re(0));
    assertEquals(1, s.norm());
  }
}
