package org.qsl.learners.argan;

import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.qsl.learners.ModelArrays;
import org.qsl.learners.adversarial.Adam;
import org.qsl.learners.adversarial.AdversarialLoss;
import org.qsl.learners.adversarial.AdversarialTraining;
import org.qsl.learners.adversarial.Mlp;
import org.qsl.learners.autoregressive.PrefixBatch;
import org.qsl.learners.autoregressive.SequenceGenerator;

/**
 * An autoregressive generator with one small network per conditional: the logit of
 * P(bit t = 1 | bits 0 .. t-1) is an {@link Mlp} (one hidden layer of leaky ReLUs) of those bits
 * as 0/1 values; bit 0's network gets a constant 1. About n^2 H / 2 parameters for H hidden units.
 */
final class MlpConditionals implements SequenceGenerator {
  private static final String PARAMETERS = "generator";
  /** Prefixes per batch of the walks. */
  private static final int MAX_BATCH = 4096;

  private final int qubits;
  private final Mlp[] networks;
  private final Adam adam;
  private final double[][] gradients;

  /**
   * Networks of {@code units} hidden units for {@code qubits}-bit strings, Glorot-initialised from
   * {@code random}, trained by Adam at {@code learningRate}.
   */
  MlpConditionals(int qubits, int units, double learningRate, SplittableRandom random) {
    this.qubits = qubits;
    networks = new Mlp[qubits];
    double[][] parameters = new double[4 * qubits][];
    gradients = new double[4 * qubits][];
    for (int t = 0; t < qubits; t++) {
      networks[t] = new Mlp(Math.max(t, 1), units, 1);
      networks[t].initialise(random.split());
      System.arraycopy(networks[t].parameters(), 0, parameters, 4 * t, 4);
      System.arraycopy(networks[t].gradients(), 0, gradients, 4 * t, 4);
    }
    adam = new Adam(parameters, learningRate, AdversarialTraining.BETA1, AdversarialTraining.BETA2);
  }

  @Override
  public long parameterCount() {
    long count = 0;
    for (Mlp network : networks) {
      count += network.parameterCount();
    }
    return count;
  }

  @Override
  public PrefixBatch root() {
    return new Prefixes(0, new long[] {0});
  }

  @Override
  public int maxBatch() {
    return MAX_BATCH;
  }

  /** The input rows of network t for {@code prefixes} (bits 0 .. t-1 of each, as 0/1). */
  private static double[] inputs(long[] prefixes, int t, int shift) {
    int width = Math.max(t, 1);
    double[] rows = new double[prefixes.length * width];
    for (int i = 0; i < prefixes.length; i++) {
      for (int s = 0; s < t; s++) {
        rows[i * width + s] = (prefixes[i] >>> (shift + t - 1 - s)) & 1;
      }
      if (t == 0) {
        rows[i] = 1;
      }
    }
    return rows;
  }

  @Override
  public double[] logits(long[] strings) {
    int batch = strings.length;
    double[] logits = new double[batch * qubits];
    for (int t = 0; t < qubits; t++) {
      double[] z = networks[t].forward(inputs(strings, t, qubits - t));
      for (int i = 0; i < batch; i++) {
        logits[i * qubits + t] = z[i];
      }
    }
    return logits;
  }

  @Override
  public void descend(double[] logitGradient, int iteration, double rateFactor) {
    int batch = logitGradient.length / qubits;
    for (int t = 0; t < qubits; t++) {
      double[] column = new double[batch];
      for (int i = 0; i < batch; i++) {
        column[i] = logitGradient[i * qubits + t];
      }
      networks[t].zeroGradients();
      networks[t].addGradients(column);
    }
    adam.step(gradients, iteration, rateFactor);
  }

  @Override
  public void save(Map<String, INDArray> arrays) {
    adam.save(arrays, PARAMETERS);
  }

  @Override
  public void load(ModelArrays arrays) {
    adam.load(arrays, PARAMETERS);
  }

  @Override
  public Runnable snapshot() {
    return adam.snapshot();
  }

  /** Prefixes of length k as integers (their bits, first bit most significant). */
  private final class Prefixes implements PrefixBatch {
    private final int length;
    private final long[] prefixes;
    private final double[] probabilityOfOne;

    Prefixes(int length, long[] prefixes) {
      this.length = length;
      this.prefixes = prefixes;
      double[] z = networks[length].forward(inputs(prefixes, length, 0));
      probabilityOfOne = new double[z.length];
      for (int i = 0; i < z.length; i++) {
        probabilityOfOne[i] = AdversarialLoss.sigmoid(z[i]);
      }
    }

    @Override
    public int size() {
      return prefixes.length;
    }

    @Override
    public double[] probabilityOfOne() {
      return probabilityOfOne.clone();
    }

    @Override
    public PrefixBatch extend(int[] parents, int[] bits) {
      if (length + 1 >= qubits) {
        throw new IllegalStateException("prefixes of " + length + " bits have no next bit to give");
      }
      long[] children = new long[parents.length];
      for (int j = 0; j < parents.length; j++) {
        children[j] = prefixes[parents[j]] << 1 | bits[j];
      }
      return new Prefixes(length + 1, children);
    }
  }
}
