package org.qsl.learners.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

class HeapAdamTest {
  private static final int SIZE = 1000;

  @Test
  void followsNd4jsAdamStepForStep() {
    Nd4j.getRandom().setSeed(12);
    INDArray ours = Nd4j.rand(DataType.FLOAT, SIZE).subi(0.5);
    INDArray theirs = ours.dup();
    ParameterOptimiser heap = new HeapAdam(SIZE, 0.01);
    ParameterOptimiser nd4j = new Nd4jOptimiser(new Adam(0.01), SIZE);
    for (int iteration = 0; iteration < 20; iteration++) {
      INDArray gradient = Nd4j.randn(DataType.FLOAT, SIZE).muli(iteration % 3 == 0 ? 1e-3 : 1);
      heap.update(ours, gradient.dup(), iteration, 1);
      nd4j.update(theirs, gradient.dup(), iteration, 1);
    }
    // parameters of size ~0.5 (float ulp 6e-8) take 20 steps of ~0.01; the two implementations
    // round the step size and the division differently, a few ulps per step: < 1e-6 in all
    assertArrayEquals(theirs.toFloatVector(), ours.toFloatVector(), 1e-6f);
    assertArrayEquals(nd4j.state().toFloatVector(), heap.state().toFloatVector(), 1e-6f);
  }

  @Test
  void restoredStateContinuesIdentically() {
    Nd4j.getRandom().setSeed(5);
    INDArray start = Nd4j.rand(DataType.FLOAT, SIZE);
    INDArray gradient = Nd4j.randn(DataType.FLOAT, SIZE);
    HeapAdam a = new HeapAdam(SIZE, 0.1);
    INDArray p = start.dup();
    a.update(p, gradient.dup(), 0, 1);
    HeapAdam b = new HeapAdam(SIZE, 0.1);
    b.restore(a.state());
    INDArray q = p.dup();
    a.update(p, gradient.dup(), 1, 1);
    b.update(q, gradient.dup(), 1, 1);
    assertEquals(p, q);
  }

  /** A rate factor f on a step equals a learning rate f times as large, for every optimiser. */
  @ParameterizedTest
  @EnumSource(Optimiser.class)
  void rateFactorScalesTheLearningRate(Optimiser optimiser) {
    Nd4j.getRandom().setSeed(9);
    INDArray start = Nd4j.rand(DataType.FLOAT, SIZE);
    INDArray gradient = Nd4j.randn(DataType.FLOAT, SIZE);
    ParameterOptimiser scaled = optimiser.create(SIZE, 0.01);
    ParameterOptimiser smaller = optimiser.create(SIZE, 0.0025);
    INDArray p = start.dup();
    INDArray q = start.dup();
    for (int iteration = 0; iteration < 3; iteration++) {
      scaled.update(p, gradient.dup(), iteration, 0.25);
      smaller.update(q, gradient.dup(), iteration, 1);
    }
    // the same steps, rounded in another order: a few float ulps of values ~1
    assertArrayEquals(q.toFloatVector(), p.toFloatVector(), 1e-6f);
    assertTrue(Math.abs(p.getFloat(0) - start.getFloat(0)) > 1e-3, "the parameters moved");
  }
}
