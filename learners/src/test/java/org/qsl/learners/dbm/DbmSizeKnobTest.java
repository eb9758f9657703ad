package org.qsl.learners.dbm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsl.learners.SizeKnob;

class DbmSizeKnobTest {

  @Test
  void bothLearnersAreRegistered() {
    List<String> names = SizeKnob.all().stream().map(SizeKnob::learner).toList();
    assertTrue(names.containsAll(List.of("dbm", "rbm")), names.toString());
  }

  @Test
  void aDbmOfSizeHasThatFirstLayerTheDefaultSecondAndAFifthOfTheEpochsPerPretrainedLayer() {
    DbmLearner dbm = (DbmLearner) SizeKnob.of("dbm").create(10, 32, 50, 7);
    DbmConfig expected = DbmConfig.dbmDefaults().with(c -> {
      c.hidden1 = 32;
      c.epochs = 50;
      c.pretrainEpochs = 10;
      c.seed = 7;
    });
    assertEquals(expected, dbm.config());
    assertEquals("dbm", dbm.name());
    assertInstanceOf(DbmLearner.Exact.class, dbm);
    // Weights v-h1 and h1-h2 plus one bias per unit.
    assertEquals(10 * 32 + 32 * 8 + 10 + 32 + 8, dbm.parameterCount());
  }

  @Test
  void anRbmOfSizeHasOneHiddenLayer() {
    DbmLearner rbm = (DbmLearner) SizeKnob.of("rbm").create(12, 16, 20, 3);
    assertEquals("rbm", rbm.name());
    assertEquals(0, rbm.config().hidden2());
    assertEquals(4, rbm.config().pretrainEpochs());
    assertEquals(12 * 16 + 12 + 16, rbm.parameterCount());
    assertThrows(IllegalArgumentException.class, () -> SizeKnob.of("rbm").create(12, 0, 20, 3));
  }
}
