package org.qsl.circuits.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.ProgressListener;
import org.qsl.circuits.sim.ArrayStateVector;

class DistributionTest {

  @Test
  void normalisesAndKeepsTheValues() {
    Distribution p = Distribution.of(1, 2, 3, 4);
    assertEquals(2, p.qubits());
    assertEquals(4, p.dimension());
    assertEquals(Precision.DOUBLE, p.precision());
    assertArrayEquals(new double[] {.1, .2, .3, .4}, p.toArray(), 1e-16);
  }

  @Test
  void refusesWhatIsNotADistribution() {
    assertEquals("a distribution needs 2^n probabilities (n >= 1), got 3",
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(1, 2, 3))
            .getMessage());
    assertEquals("probability 1 is -0.5; expected a finite number >= 0",
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(1, -0.5))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> Distribution.of(1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Distribution.of(0, 0));
  }

  @Test
  void entropyAndCollisionProbabilityOfHandWorkedCases() {
    // H(1/2, 1/4, 1/8, 1/8) = 1/2 + 2/4 + 3/8 + 3/8 = 1.75 bits
    Distribution p = Distribution.of(.5, .25, .125, .125);
    assertEquals(1.75, p.entropy(), 1e-15);
    assertEquals(.25 + .0625 + 2 * .015625, p.collisionProbability(), 1e-16);
    // uniform over 2^16: n bits, sum p^2 = 1/N; several blocks
    double[] uniform = new double[1 << 16];
    java.util.Arrays.fill(uniform, 1);
    Distribution u = Distribution.of(uniform);
    assertEquals(16, u.entropy(), 1e-9);
    assertEquals(1.0 / (1 << 16), u.collisionProbability(), 1e-18);
  }

  @Test
  void marginalsOfAHandWorkedCase() {
    // bitstrings 00, 01, 10, 11 (qubit 0 first)
    Distribution p = Distribution.of(.1, .2, .3, .4);
    assertArrayEquals(new double[] {.3, .7}, p.marginal(0).toArray(), 1e-15);
    assertArrayEquals(new double[] {.4, .6}, p.marginal(1).toArray(), 1e-15);
    // qubit 1 first: index 0b(b1 b0): 00 -> 00, 01 -> 10, 10 -> 01, 11 -> 11
    assertArrayEquals(new double[] {.1, .3, .2, .4}, p.marginal(1, 0).toArray(), 1e-15);
    assertThrows(IllegalArgumentException.class, () -> p.marginal(0, 0));
    assertThrows(IllegalArgumentException.class, () -> p.marginal(2));
  }

  @Test
  void marginalOfAProductDistributionIsItsFactor() {
    // qubits independent with P(qubit q = 1) = a_q: the marginal of a subset is the product
    double[] a = {.1, .5, .8, .3, .6, .9, .2, .7, .4, .35, .65, .15, .55, .45, .25, .75, .05};
    int n = a.length; // 17 qubits: 8 blocks of 2^14
    double[] p = new double[1 << n];
    for (int x = 0; x < p.length; x++) {
      double v = 1;
      for (int q = 0; q < n; q++) {
        v *= ((x >>> (n - 1 - q)) & 1) == 1 ? a[q] : 1 - a[q];
      }
      p[x] = v;
    }
    double[] m = Distribution.of(p).marginal(16, 2, 9).toArray();
    for (int y = 0; y < 8; y++) {
      double expected = ((y >> 2 & 1) == 1 ? a[16] : 1 - a[16])
          * ((y >> 1 & 1) == 1 ? a[2] : 1 - a[2]) * ((y & 1) == 1 ? a[9] : 1 - a[9]);
      assertEquals(expected, m[y], 1e-13);
    }
  }

  @Test
  void topOutcomesMostLikelyFirstTiesByIndex() {
    Distribution p = Distribution.of(.125, .25, .125, .25, .0625, .0625, .0625, .0625);
    assertEquals(List.of(new Distribution.Outcome(1, .25), new Distribution.Outcome(3, .25),
        new Distribution.Outcome(0, .125)), p.top(3));
    assertEquals(8, p.top(20).size());
    assertEquals(List.of(), p.top(0));
  }

  @Test
  void fromStateReadsTheProbabilitiesOfTheAmplitudes() {
    // (0.6, 0.8i) on one qubit and (1/2)(1, i, -1, -i) on two
    Distribution one = Distribution.fromState(new ArrayStateVector(1, new double[] {.6, 0, 0, .8}));
    assertArrayEquals(new double[] {.36, .64}, one.toArray(), 1e-15);
    Distribution two = Distribution.fromState(new ArrayStateVector(2,
        new double[] {.5, 0, 0, .5, -.5, 0, 0, -.5}), Precision.FLOAT, ProgressListener.NONE);
    assertEquals(Precision.FLOAT, two.precision());
    assertArrayEquals(new double[] {.25, .25, .25, .25}, two.toArray(), 0);
  }

  @Test
  void floatAndChunkedStorageAgreeWithDouble() {
    SplittableRandom r = new SplittableRandom(11);
    double[] p = new double[1 << 15];
    for (int j = 0; j < p.length; j++) {
      p[j] = -Math.log(r.nextDouble());
    }
    Distribution d = Distribution.of(p);
    Distribution f = Distribution.of(Precision.FLOAT, p);
    Distribution chunked = Distribution.load(15, Precision.FLOAT, 5,
        (from, out, off, len) -> System.arraycopy(p, (int) from, out, off, len), true,
        ProgressListener.NONE);
    assertArrayEquals(f.toArray(), chunked.toArray());
    // float keeps ~7 digits of each probability; sums over 2^15 terms stay within 1e-6
    assertEquals(d.entropy(), f.entropy(), 1e-6 * d.entropy());
    assertEquals(d.collisionProbability(), chunked.collisionProbability(),
        1e-6 * d.collisionProbability());
    assertEquals(d.top(5).stream().map(Distribution.Outcome::bitstring).toList(),
        chunked.top(5).stream().map(Distribution.Outcome::bitstring).toList());
  }

  @Test
  void relativeEntropyAndExpectations() {
    Distribution p = Distribution.of(.5, .25, .125, .125);
    Distribution u = Distribution.of(1, 1, 1, 1);
    assertEquals(0, p.relativeEntropy(p), 1e-16);
    // KL(p || uniform) = n ln 2 - H(p) in nats
    assertEquals(2 * Math.log(2) - 1.75 * Math.log(2), p.relativeEntropy(u), 1e-15);
    assertEquals(.25, p.expectedProbability(u), 1e-16);
    assertEquals(Math.log(.5) * .5 + Math.log(.25) * .25 + Math.log(.125) * .25,
        p.expectedLogProbability(p), 1e-15);
    Distribution zero = Distribution.of(1, 0, 0, 0);
    assertEquals(Double.POSITIVE_INFINITY, p.relativeEntropy(zero));
    assertEquals(Double.NEGATIVE_INFINITY, zero.expectedLogProbability(p));
  }

  @Test
  void refusesWhatTheHeapCannotHold() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Store.allocate(1L << 40, Precision.FLOAT, Store.MAX_CHUNK_BITS));
    assertEquals(true, e.getMessage().startsWith(
        "a FLOAT distribution of 1099511627776 probabilities needs 4398046511104 bytes but the "
            + "heap has "), e.getMessage());
  }
}
