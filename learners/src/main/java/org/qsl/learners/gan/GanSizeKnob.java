package org.qsl.learners.gan;

import java.util.Collections;
import java.util.List;
import org.qsl.learners.Learner;
import org.qsl.learners.SizeKnob;

/**
 * The GAN's size knob for learnability scans: the width of every hidden layer of the generator
 * (the network that is counted and sampled), the discriminator and the rest at their defaults.
 */
public final class GanSizeKnob implements SizeKnob {
  @Override
  public String learner() {
    return GanLearner.NAME;
  }

  @Override
  public String name() {
    return "generator layer width";
  }

  /** 2, 4, 8, ..., 512. */
  @Override
  public List<Integer> grid() {
    return POWERS_OF_TWO;
  }

  @Override
  public Learner create(int qubits, int size, int epochs, long seed) {
    GanConfig d = GanConfig.DEFAULTS;
    return new GanLearner(qubits, new GanConfig(epochs, d.batchSize(), seed, d.noiseDimension(),
        Collections.nCopies(d.generatorLayers().size(), size), d.estimator(), d.training()));
  }
}
