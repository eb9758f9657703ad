package org.qsl.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.qsl.circuits.samples.SampleSet;

/** The training loop itself, driven by a learner whose every step depends on the random streams. */
class EpochLearnerTest {
  @TempDir Path dir;

  private static final SampleSet DATA = SampleSet.of(4, 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7);

  /**
   * @param nanAt the global 0-based iteration whose loss is NaN, or -1
   */
  record WalkConfig(int epochs, int batchSize, long seed, int nanAt) implements LearnerConfig {}

  /**
   * Its one "parameter" moves by the batch's first sample plus a draw from the step's stream, so
   * it records the order of the batches and every random number used.
   */
  static final class RandomWalk extends EpochLearner<WalkConfig> {
    final double[] position = new double[1];

    RandomWalk(WalkConfig config) {
      super("walk", 4, config);
    }

    @Override
    protected double trainStep(SampleSet batch, Step step) {
      double loss = step.check(step.iteration() == config().nanAt() ? Double.NaN : batch.size());
      position[0] = 0.5 * position[0] + batch.get(0) + step.random().nextDouble();
      return loss;
    }

    @Override
    protected void saveArrays(Map<String, INDArray> arrays) {
      arrays.put("position", Nd4j.createFromArray(position));
    }

    @Override
    protected void loadArrays(ModelArrays arrays) {
      position[0] = arrays.get("position", 1).getDouble(0);
    }

    @Override
    public SampleSet sample(int count, long seed) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long parameterCount() {
      return 1;
    }
  }

  private static double walk(WalkConfig config) {
    RandomWalk learner = new RandomWalk(config);
    learner.fit(DATA, TrainingListener.NONE);
    return learner.position[0];
  }

  @Test
  void aResumedRunDrawsTheSameNumbersAsAnUninterruptedOne() {
    double uninterrupted = walk(new WalkConfig(5, 3, 42, -1));
    Checkpoints checkpoints = Checkpoints.in(dir);
    new RandomWalk(new WalkConfig(2, 3, 42, -1)).fit(DATA, TrainingListener.NONE, checkpoints);
    RandomWalk resumed = new RandomWalk(new WalkConfig(5, 3, 42, -1));
    resumed.fit(DATA, TrainingListener.NONE, checkpoints);
    assertEquals(uninterrupted, resumed.position[0], 0);
    assertNotEquals(uninterrupted, walk(new WalkConfig(5, 3, 43, -1)), "the seed matters");
  }

  @Test
  void aNanStopsBeforeTheUpdateAndKeepsTheLastCheckpoint() {
    // 14 samples in batches of 3: 5 steps per epoch; iteration 7 is epoch 2, step 3
    RandomWalk reference = new RandomWalk(new WalkConfig(2, 3, 7, -1));
    double[] positions = new double[10]; // after each iteration
    reference.fit(DATA, p -> positions[(p.epoch() - 1) * 5 + p.step() - 1] =
        reference.position[0]);

    RandomWalk learner = new RandomWalk(new WalkConfig(2, 3, 7, 7));
    TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
        () -> learner.fit(DATA, TrainingListener.NONE, Checkpoints.in(dir)));
    assertEquals("training diverged: loss is NaN at epoch 2, step 3 (try a smaller learning rate)",
        e.getMessage());
    assertEquals(positions[6], learner.position[0], 0);
    assertEquals(1, learner.epochsDone());
    RandomWalk fromCheckpoint = new RandomWalk(new WalkConfig(1, 3, 7, 7));
    fromCheckpoint.fit(DATA, TrainingListener.NONE, Checkpoints.in(dir));
    assertEquals(positions[4], fromCheckpoint.position[0], 0);
  }
}
