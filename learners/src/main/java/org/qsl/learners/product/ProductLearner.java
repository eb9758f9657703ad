package org.qsl.learners.product;

import java.util.Arrays;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.EpochLearner;
import org.qsl.learners.ModelArrays;
import org.qsl.learners.Step;
import org.qsl.learners.autoregressive.Autoregressive;
import org.qsl.learners.autoregressive.PrefixBatch;

/**
 * The product-distribution baseline: every bit is an independent Bernoulli variable,
 * P(bit q = 1) = sigmoid(theta_q), n parameters. It is trained like the neural learners (Adam on
 * the mean negative log-likelihood, in minibatches and epochs) so that it measures what
 * correlations between bits are worth, and it exercises the training framework end to end. As a
 * (trivially) autoregressive model it has exact likelihoods.
 */
public final class ProductLearner extends EpochLearner<ProductConfig> implements Autoregressive {
  /** The registered name. */
  public static final String NAME = "product";

  private static final String LOGITS = "logits";
  private static final String ADAM = "adam";

  /** theta_q, double precision, starting at 0 (every bit fair). */
  private final INDArray logits;
  /** Adam's first and second moments, a [1, 2n] view owned by {@link #adam}. */
  private final INDArray adamState;
  private final GradientUpdater<?> adam;

  /** An untrained model of {@code qubits} fair bits. */
  public ProductLearner(int qubits, ProductConfig config) {
    super(NAME, qubits, config);
    logits = Nd4j.zeros(DataType.DOUBLE, qubits);
    Adam optimiser = new Adam(config.learningRate());
    adamState = Nd4j.zeros(DataType.DOUBLE, 1, optimiser.stateSize(qubits));
    adam = optimiser.instantiate(adamState, true);
  }

  /** The parameters theta_q: P(bit q = 1) = sigmoid(theta_q). */
  public double[] logits() {
    return logits.toDoubleVector();
  }

  /** P(bit q = 1) for every qubit q. */
  public double[] marginals() {
    double[] p = logits();
    for (int q = 0; q < p.length; q++) {
      p[q] = sigmoid(p[q]);
    }
    return p;
  }

  @Override
  protected double trainStep(SampleSet batch, Step step) {
    int n = qubits();
    int[] ones = new int[n];
    for (int i = 0; i < batch.size(); i++) {
      for (int q = 0; q < n; q++) {
        ones[q] += batch.bit(i, q);
      }
    }
    double[] gradient = new double[n];
    double loss = step.check(loss(logits.toDoubleVector(), ones, batch.size(), gradient));
    INDArray update = Nd4j.createFromArray(gradient);
    adam.applyUpdater(update, step.iteration(), step.epoch() - 1);
    logits.subi(update);
    return loss;
  }

  /**
   * The mean over a batch of b samples, c_q of them with bit q set, of -sum_q log P(x_q); its
   * gradient d/d theta_q = sigmoid(theta_q) - c_q / b goes to {@code gradient}.
   */
  static double loss(double[] theta, int[] ones, int b, double[] gradient) {
    double loss = 0;
    for (int q = 0; q < theta.length; q++) {
      // -log sigmoid(t) = softplus(-t), -log(1 - sigmoid(t)) = softplus(t)
      loss += ones[q] * softplus(-theta[q]) + (b - ones[q]) * softplus(theta[q]);
      gradient[q] = sigmoid(theta[q]) - (double) ones[q] / b;
    }
    return loss / b;
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  private static double softplus(double x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  }

  @Override
  protected void saveArrays(Map<String, INDArray> arrays) {
    arrays.put(LOGITS, logits);
    arrays.put(ADAM, adamState);
  }

  @Override
  protected void loadArrays(ModelArrays arrays) {
    logits.assign(arrays.get(LOGITS, qubits()));
    adamState.assign(arrays.get(ADAM, adamState.shape()));
  }

  @Override
  public long parameterCount() {
    return qubits();
  }

  @Override
  public SampleSet sample(int count, long seed) {
    return ancestralSample(count, seed);
  }

  @Override
  public PrefixBatch root() {
    return new Level(0, 1, marginals());
  }

  /** Prefixes of length k: the next bit is 1 with probability p[k] whatever the prefix. */
  private record Level(int k, int size, double[] p) implements PrefixBatch {
    @Override
    public double[] probabilityOfOne() {
      double[] out = new double[size];
      Arrays.fill(out, p[k]);
      return out;
    }

    @Override
    public PrefixBatch extend(int[] parents, int[] bits) {
      return new Level(k + 1, parents.length, p);
    }
  }
}
