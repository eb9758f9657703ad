package org.qsl.learners.adversarial;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.ModelArrays;
import org.qsl.learners.Step;

/**
 * The discriminator (critic) of both GANs: an {@link Mlp} from n bit values to one score, trained
 * with Adam on an {@link AdversarialLoss}, and the generator's loss and its gradient with respect
 * to what the discriminator saw. Bit values come as rows of n doubles, qubit 0 first; real samples
 * are 0/1, fake ones may be relaxed into [0, 1].
 */
public final class Discriminator {
  private static final String PARAMETERS = "discriminator";

  private final int qubits;
  private final Mlp network;
  private final Adam adam;
  private final AdversarialLoss loss;
  private final double penaltyWeight;

  /**
   * An untrained discriminator.
   *
   * @param qubits bits per sample n
   * @param hidden widths of the hidden layers
   * @param loss the adversarial loss
   * @param penaltyWeight weight of the gradient penalty (used by {@link
   *     AdversarialLoss#WASSERSTEIN_GP} only)
   * @param learningRate Adam's step size
   * @param beta1 Adam's first-moment decay
   * @param beta2 Adam's second-moment decay
   */
  public Discriminator(int qubits, List<Integer> hidden, AdversarialLoss loss,
      double penaltyWeight, double learningRate, double beta1, double beta2) {
    this.qubits = qubits;
    this.network = new Mlp(widths(qubits, hidden, 1));
    this.adam = new Adam(network.parameters(), learningRate, beta1, beta2);
    this.loss = loss;
    this.penaltyWeight = penaltyWeight;
  }

  /** {@code in}, the hidden widths, {@code out}: the widths of an {@link Mlp}. */
  public static int[] widths(int in, List<Integer> hidden, int out) {
    int[] widths = new int[hidden.size() + 2];
    widths[0] = in;
    for (int i = 0; i < hidden.size(); i++) {
      widths[i + 1] = hidden.get(i);
    }
    widths[widths.length - 1] = out;
    return widths;
  }

  /** Glorot-uniform initialisation (see {@link Mlp#initialise}). */
  public void initialise(SplittableRandom random) {
    network.initialise(random);
  }

  /** Number of parameters. */
  public long parameterCount() {
    return network.parameterCount();
  }

  /** The samples as rows of n bit values 0/1, qubit 0 first. */
  public static double[] rows(SampleSet samples) {
    int n = samples.qubits();
    double[] rows = new double[samples.size() * n];
    for (int i = 0; i < samples.size(); i++) {
      long x = samples.get(i);
      for (int q = 0; q < n; q++) {
        rows[i * n + q] = (x >>> (n - 1 - q)) & 1;
      }
    }
    return rows;
  }

  /**
   * One Adam step on the discriminator's loss for {@code real} against {@code fake} rows (plus the
   * gradient penalty on random interpolates, for WGAN-GP). The loss is checked with
   * {@code step.check} before the parameters change.
   *
   * @param iteration 0-based count of the discriminator's earlier steps
   * @return the loss, penalty included
   */
  public double train(double[] real, double[] fake, Step step, SplittableRandom random,
      int iteration, double rateFactor) {
    int b = real.length / qubits;
    int f = fake.length / qubits;
    double[] both = new double[real.length + fake.length];
    System.arraycopy(real, 0, both, 0, real.length);
    System.arraycopy(fake, 0, both, real.length, fake.length);
    double[] scores = network.forward(both);
    double[] realScores = java.util.Arrays.copyOfRange(scores, 0, b);
    double[] fakeScores = java.util.Arrays.copyOfRange(scores, b, b + f);
    double[] realGradient = new double[b];
    double[] fakeGradient = new double[f];
    double value = loss.discriminator(realScores, fakeScores, realGradient, fakeGradient);
    double[] gradient = new double[b + f];
    System.arraycopy(realGradient, 0, gradient, 0, b);
    System.arraycopy(fakeGradient, 0, gradient, b, f);
    network.zeroGradients();
    network.addGradients(gradient);
    if (loss == AdversarialLoss.WASSERSTEIN_GP) {
      value += network.gradientPenalty(interpolates(real, fake, random), penaltyWeight);
    }
    step.check(value);
    adam.step(network.gradients(), iteration, rateFactor);
    return value;
  }

  /** Points on the segments between real row i and fake row i, at uniform random positions. */
  private double[] interpolates(double[] real, double[] fake, SplittableRandom random) {
    int rows = Math.min(real.length, fake.length) / qubits;
    double[] points = new double[rows * qubits];
    for (int r = 0; r < rows; r++) {
      double t = random.nextDouble();
      for (int q = 0; q < qubits; q++) {
        int i = r * qubits + q;
        points[i] = t * real[i] + (1 - t) * fake[i];
      }
    }
    return points;
  }

  /**
   * The generator's loss on {@code fake} rows, with its gradient with respect to the values in
   * {@code valueGradient} (same shape as {@code fake}); the discriminator is not changed.
   */
  public double generatorLoss(double[] fake, double[] valueGradient) {
    double[] scores = network.forward(fake);
    double[] scoreGradient = new double[scores.length];
    double value = loss.generator(scores, scoreGradient);
    System.arraycopy(network.inputGradient(scoreGradient), 0, valueGradient, 0, fake.length);
    return value;
  }

  /** The generator's per-sample rewards (see {@link AdversarialLoss#reward}) for {@code fake} rows. */
  public double[] rewards(double[] fake) {
    double[] scores = network.forward(fake);
    double[] rewards = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      rewards[i] = loss.reward(scores[i]);
    }
    return rewards;
  }

  /** Puts the parameters and Adam's state into {@code arrays}. */
  public void saveArrays(Map<String, INDArray> arrays) {
    adam.save(arrays, PARAMETERS);
  }

  /** Restores what {@link #saveArrays} wrote. */
  public void loadArrays(ModelArrays arrays) {
    adam.load(arrays, PARAMETERS);
  }

  /** An action that puts the parameters and optimiser state back as they are now. */
  public Runnable snapshot() {
    return adam.snapshot();
  }
}
