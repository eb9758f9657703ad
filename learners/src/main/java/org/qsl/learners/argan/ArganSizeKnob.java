package org.qsl.learners.argan;

import java.util.List;
import org.qsl.learners.Learner;
import org.qsl.learners.SizeKnob;

/**
 * The AR-GAN's size knob for learnability scans: the generator's hidden units (the network that
 * is counted and sampled), the discriminator and the rest at their defaults.
 */
public final class ArganSizeKnob implements SizeKnob {
  @Override
  public String learner() {
    return ArganLearner.NAME;
  }

  @Override
  public String name() {
    return "generator hidden units";
  }

  /** 2, 4, 8, ..., 512. */
  @Override
  public List<Integer> grid() {
    return POWERS_OF_TWO;
  }

  @Override
  public Learner create(int qubits, int size, int epochs, long seed) {
    ArganConfig d = ArganConfig.DEFAULTS;
    return new ArganLearner(qubits, new ArganConfig(epochs, d.batchSize(), seed, d.generator(),
        size, d.pretrainEpochs(), d.estimator(), d.training()));
  }
}
