package org.qsl.circuits.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TargetTest {
  /** The n = 3 example of the Javadoc. */
  private static final double[] P3 = {.05, .30, .10, .20, .01, .15, .12, .07};

  private static double[] apply(String spec, double[] p) {
    return Target.parse(spec, 1).apply(Distribution.of(p)).toArray();
  }

  @Test
  void javadocExamplesOnThreeQubits() {
    assertArrayEquals(P3, apply("natural", P3), 1e-15);
    assertArrayEquals(new double[] {.01, .05, .07, .10, .12, .15, .20, .30},
        apply("sorted", P3), 1e-15);
    assertArrayEquals(new double[] {.01, .12, .05, .07, .15, .20, .10, .30},
        apply("subset-weight:2", P3), 1e-15);
    assertArrayEquals(new double[] {.01, .10, .12, .30, .05, .07, .15, .20},
        apply("subset-parity:2", P3), 1e-15);
    assertArrayEquals(new double[] {.05, .01, .15, .07, .10, .12, .20, .30},
        apply("shuffled", P3), 1e-15);
  }

  /**
   * n = 4, probabilities 16/136, 15/136, ..., 1/136 so that rank r (ascending) holds (r + 1) / 136.
   * The rank orders below were worked by hand from the reference code's count_set_bits (ones
   * among the k lowest bits of the rank) and Python's stable sort, e.g. k = 2: weight 0 = ranks
   * 0 4 8 12, weight 1 = 1 2 5 6 9 10 13 14, weight 2 = 3 7 11 15.
   */
  @Test
  void subsetWeightReproducesTheReferenceOrderingOnFourQubits() {
    double[] p = new double[16];
    for (int j = 0; j < 16; j++) {
      p[j] = 16 - j;
    }
    int[][] ranks = {
      {0, 2, 4, 6, 8, 10, 12, 14, 1, 3, 5, 7, 9, 11, 13, 15},
      {0, 4, 8, 12, 1, 2, 5, 6, 9, 10, 13, 14, 3, 7, 11, 15},
      {0, 8, 1, 2, 4, 9, 10, 12, 3, 5, 6, 11, 13, 14, 7, 15},
      {0, 1, 2, 4, 8, 3, 5, 6, 9, 10, 12, 7, 11, 13, 14, 15},
    };
    for (int k = 1; k <= 4; k++) {
      double[] expected = Arrays.stream(ranks[k - 1]).mapToDouble(r -> (r + 1) / 136.0).toArray();
      assertArrayEquals(expected, apply("subset-weight:" + k, p), 1e-15, "k = " + k);
    }
  }

  @Test
  void subsetParityOfOneBitEqualsSubsetWeightOfOneBit() {
    assertArrayEquals(apply("subset-weight:1", P3), apply("subset-parity:1", P3));
  }

  @Test
  void randomSubsetParityGroupsRanksByTheParityOfTheChosenBits() {
    double[] p = new double[64];
    for (int j = 0; j < 64; j++) {
      p[j] = 64 - j; // rank r holds (r + 1) / sum
    }
    Target.SubsetParity t = (Target.SubsetParity) Target.parse("subset-parity:3:random", 7);
    long mask = t.mask(6);
    assertEquals(3, Long.bitCount(mask));
    assertEquals(mask, ((Target.SubsetParity) Target.parse("subset-parity:3:random", 7)).mask(6));
    double[] target = t.apply(Distribution.of(p)).toArray();
    double sum = 64 * 65 / 2.0;
    int previous = -1;
    for (int j = 0; j < 64; j++) {
      int rank = (int) Math.round(target[j] * sum) - 1;
      assertEquals(j < 32 ? 0 : 1, Long.bitCount(rank & mask) % 2, "position " + j);
      if (j != 32) {
        assertEquals(true, rank > previous, "stable: ranks ascend within a group");
      }
      previous = rank;
    }
  }

  @Test
  void everyTargetIsAPermutation() {
    double[] sortedP = P3.clone();
    Arrays.sort(sortedP);
    for (String spec : new String[] {"natural", "shuffled", "sorted", "subset-weight:3",
        "subset-parity:3", "subset-parity:2:random"}) {
      double[] t = apply(spec, P3);
      Arrays.sort(t);
      assertArrayEquals(sortedP, t, 1e-15, spec);
    }
  }

  @Test
  void shuffledDependsOnTheSeed() {
    Distribution p = Distribution.of(P3);
    assertNotEquals(Arrays.toString(new Target.Shuffled(1).apply(p).toArray()),
        Arrays.toString(new Target.Shuffled(2).apply(p).toArray()));
  }

  @Test
  void chunkedStorageGivesTheSameTargets() {
    double[] p = new double[1 << 10];
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    for (int j = 0; j < p.length; j++) {
      p[j] = r.nextDouble();
    }
    Distribution whole = Distribution.of(p);
    Distribution chunked = Distribution.load(10, Precision.DOUBLE, 4,
        (from, out, off, len) -> System.arraycopy(p, (int) from, out, off, len), true,
        org.qsl.circuits.ProgressListener.NONE);
    for (String spec : new String[] {"sorted", "shuffled", "subset-weight:4", "subset-parity:5"}) {
      Target t = Target.parse(spec, 5);
      assertArrayEquals(t.apply(whole).toArray(), t.apply(chunked).toArray(), spec);
    }
  }

  @Test
  void badSpecsAreRefusedWithTheAcceptedForms() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Target.parse("parity:2", 0));
    assertEquals("unknown target 'parity:2'; expected natural, shuffled, sorted, "
        + "subset-weight:K, subset-parity:K or subset-parity:K:random", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Target.parse("subset-weight:0", 0));
    assertThrows(IllegalArgumentException.class, () -> Target.parse("subset-weight:x", 0));
    assertThrows(IllegalArgumentException.class,
        () -> Target.parse("subset-weight:4", 0).apply(Distribution.of(P3)));
  }

  @Test
  void specRoundTrips() {
    for (String spec : new String[] {"natural", "shuffled", "sorted", "subset-weight:3",
        "subset-parity:2", "subset-parity:2:random"}) {
      assertEquals(spec, Target.parse(spec, 9).spec());
    }
  }
}
