package org.qsl.experiments.cli.learners;

import org.qsl.learners.Learner;
import org.qsl.learners.product.ProductConfig;
import org.qsl.learners.product.ProductLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Options of the product-distribution baseline. */
@Command(name = ProductLearner.NAME)
public final class ProductOptions implements LearnerOptions {
  @Option(names = "--epochs", description = "passes over the data (default: ${DEFAULT-VALUE})")
  int epochs = ProductConfig.DEFAULTS.epochs();

  @Option(names = "--batch-size", description = "samples per step (default: ${DEFAULT-VALUE})")
  int batchSize = ProductConfig.DEFAULTS.batchSize();

  @Option(names = "--learning-rate",
      description = "Adam's learning rate (default: ${DEFAULT-VALUE})")
  double learningRate = ProductConfig.DEFAULTS.learningRate();

  @Override
  public String learner() {
    return ProductLearner.NAME;
  }

  @Override
  public Learner create(int qubits, long seed) {
    return new ProductLearner(qubits, new ProductConfig(epochs, batchSize, learningRate, seed));
  }
}
