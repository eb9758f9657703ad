package org.qsl.learners.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qsl.circuits.samples.SampleSet;

class DiversityCheckTest {

  @Test
  void expectedDistinctIsWorkedByHand() {
    // values 1 (x2) and 2, 3 (x1 each) out of 4: 1 - (1/2)^2 + 2 (1 - (3/4)^2) = 0.75 + 0.875
    SampleSet training = SampleSet.of(2, 1, 2, 1, 3);
    assertEquals(0.75 + 2 * 0.4375, DiversityCheck.expectedDistinct(training, 2), 1e-12);
    assertEquals(1, DiversityCheck.expectedDistinct(SampleSet.of(2, 3, 3, 3), 5), 1e-12);
  }

  @Test
  void aCollapsedModelIsFlaggedAndADiverseOneIsNot() {
    long[] all = new long[256];
    for (int i = 0; i < 256; i++) {
      all[i] = i;
    }
    SampleSet training = SampleSet.of(8, all);
    // 10,000 draws from 256 equally likely strings: 256 (1 - (255/256)^10000) = 256 - 1e-15
    long[] diverse = new long[10_000];
    long[] collapsed = new long[10_000];
    for (int i = 0; i < diverse.length; i++) {
      diverse[i] = i % 256;
      collapsed[i] = i % 100;
    }
    DiversityCheck ok = DiversityCheck.of(SampleSet.of(8, diverse), training);
    assertEquals(256, ok.distinct());
    assertEquals(256, ok.expected(), 1e-9);
    assertFalse(ok.collapsed());
    DiversityCheck bad = DiversityCheck.of(SampleSet.of(8, collapsed), training);
    assertTrue(bad.collapsed());
    assertEquals("mode collapse: 100 distinct bitstrings in 10000 model samples, 256 expected"
        + " from the training data", bad.message());
  }
}
