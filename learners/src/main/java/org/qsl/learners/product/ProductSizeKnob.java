package org.qsl.learners.product;

import java.util.List;
import org.qsl.learners.Learner;
import org.qsl.learners.SizeKnob;

/**
 * The product baseline has no size to turn (always n parameters): its grid is the single size 1,
 * so a scan trains it once per configuration, as the floor the other learners are read against.
 */
public final class ProductSizeKnob implements SizeKnob {
  @Override
  public String learner() {
    return ProductLearner.NAME;
  }

  @Override
  public String name() {
    return "none (n parameters)";
  }

  @Override
  public List<Integer> grid() {
    return List.of(1);
  }

  /** @throws IllegalArgumentException unless {@code size} is 1 */
  @Override
  public Learner create(int qubits, int size, int epochs, long seed) {
    if (size != 1) {
      throw new IllegalArgumentException("the product learner has no size knob; its only size is"
          + " 1, got " + size);
    }
    ProductConfig d = ProductConfig.DEFAULTS;
    return new ProductLearner(qubits, new ProductConfig(epochs, d.batchSize(), d.learningRate(),
        seed));
  }
}
