package org.qsl.learners.product;

import org.qsl.learners.LearnerType;

/** Registers the {@link ProductLearner} under "product". */
public final class ProductLearnerType extends LearnerType {
  /** Called by {@link java.util.ServiceLoader}. */
  public ProductLearnerType() {
    super(ProductLearner.NAME, ProductConfig.class, ProductLearner::new);
  }
}
