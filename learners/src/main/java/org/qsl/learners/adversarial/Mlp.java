package org.qsl.learners.adversarial;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A fully connected network in double precision: hidden layers with leaky ReLU (slope
 * {@value #LEAK} below zero) and a linear output layer, with hand-written gradients. A batch is a
 * row-major array with one sample per row. The parameters are the arrays of {@link #parameters()},
 * layer by layer the weights (in x out, row-major) and then the biases. Products run on
 * OpenBLAS with one thread (see {@link Gemm#useOneThread()}).
 *
 * <p>Besides the usual backward pass it computes the WGAN-GP gradient penalty and its parameter
 * gradient ("double back-propagation"). With a piecewise linear activation the input gradient of
 * the output is, for the activation pattern of a point, a product of weight matrices and diagonal
 * slope matrices; its derivative with respect to the weights is a backward pass through that
 * linear chain, and the biases only move the pattern (derivative zero almost everywhere).
 */
public final class Mlp {
  /** Slope of the leaky ReLU for negative inputs. */
  public static final double LEAK = 0.2;

  private final int[] widths;
  private final int layers;
  /** [2(l-1)]: weights of layer l, [2(l-1)+1]: its biases. */
  private final double[][] parameters;
  private final double[][] gradients;
  /** Of the last forward pass: [0] the input, [l] the output of layer l (after activation). */
  private final double[][] activations;
  /** Of the last forward pass: [l] the activation slopes (1 or LEAK) of hidden layer l. */
  private final double[][] slopes;
  private int batch;

  /**
   * A network with layer widths {@code widths} (input first, output last), parameters zero.
   *
   * @throws IllegalArgumentException if there are fewer than two widths or one is below 1
   */
  public Mlp(int... widths) {
    parameterCount(widths);
    Gemm.useOneThread();
    this.widths = widths.clone();
    layers = widths.length - 1;
    parameters = new double[2 * layers][];
    gradients = new double[2 * layers][];
    for (int l = 1; l <= layers; l++) {
      parameters[2 * l - 2] = new double[widths[l - 1] * widths[l]];
      parameters[2 * l - 1] = new double[widths[l]];
      gradients[2 * l - 2] = new double[widths[l - 1] * widths[l]];
      gradients[2 * l - 1] = new double[widths[l]];
    }
    activations = new double[layers + 1][];
    slopes = new double[layers][];
  }

  /**
   * Number of parameters of a network with these widths.
   *
   * @throws IllegalArgumentException if there are fewer than two widths or one is below 1
   */
  public static long parameterCount(int... widths) {
    if (widths.length < 2 || Arrays.stream(widths).anyMatch(w -> w < 1)) {
      throw new IllegalArgumentException(
          "an MLP needs at least two layer widths >= 1, got " + Arrays.toString(widths));
    }
    long count = 0;
    for (int l = 1; l < widths.length; l++) {
      count += (widths[l - 1] + 1L) * widths[l];
    }
    return count;
  }

  /** Number of parameters. */
  public long parameterCount() {
    return parameterCount(widths);
  }

  /** The parameter arrays (live: the optimiser updates them in place). */
  public double[][] parameters() {
    return parameters;
  }

  /**
   * The gradient arrays, shaped like {@link #parameters()}; {@link #addGradients} and
   * {@link #backward} add to them.
   */
  public double[][] gradients() {
    return gradients;
  }

  /** Sets the gradient to zero. */
  public void zeroGradients() {
    for (double[] g : gradients) {
      Arrays.fill(g, 0);
    }
  }

  /**
   * Glorot-uniform weights (limit sqrt(6 / (fan_in + fan_out))) and zero biases, Keras' default
   * and the LSTM learner's.
   */
  public void initialise(SplittableRandom random) {
    for (int l = 1; l <= layers; l++) {
      double limit = Math.sqrt(6.0 / (widths[l - 1] + widths[l]));
      double[] w = parameters[2 * l - 2];
      for (int i = 0; i < w.length; i++) {
        w[i] = (2 * random.nextDouble() - 1) * limit;
      }
      Arrays.fill(parameters[2 * l - 1], 0);
    }
  }

  /**
   * The outputs for the rows of {@code input} (batch x in, row-major), batch x out; the input is
   * kept (not copied) for {@link #backward} and must not change until then.
   */
  public double[] forward(double[] input) {
    if (input.length == 0 || input.length % widths[0] != 0) {
      throw new IllegalArgumentException("expected rows of " + widths[0] + " inputs, got "
          + input.length + " values");
    }
    batch = input.length / widths[0];
    activations[0] = input;
    for (int l = 1; l <= layers; l++) {
      int out = widths[l];
      double[] z = new double[batch * out];
      double[] bias = parameters[2 * l - 1];
      for (int r = 0; r < batch; r++) {
        System.arraycopy(bias, 0, z, r * out, out);
      }
      Gemm.product(activations[l - 1], false, parameters[2 * l - 2], false, batch, out,
          widths[l - 1], 1, z);
      if (l < layers) {
        double[] s = new double[z.length];
        for (int i = 0; i < z.length; i++) {
          s[i] = z[i] > 0 ? 1 : LEAK;
          z[i] *= s[i];
        }
        slopes[l] = s;
      }
      activations[l] = z;
    }
    return activations[layers];
  }

  /**
   * The backward pass of the last {@link #forward} for the parameters only: adds the parameter
   * gradient of a loss whose gradient with respect to the outputs is {@code outputGradient}
   * (batch x out) to {@link #gradients()}. Skips the input gradient, the last product of
   * {@link #backward}.
   */
  public void addGradients(double[] outputGradient) {
    backward(outputGradient, true, false);
  }

  /**
   * The backward pass of the last {@link #forward}: adds the parameter gradient of a loss whose
   * gradient with respect to the outputs is {@code outputGradient} (batch x out) to
   * {@link #gradients()}, and returns the loss gradient with respect to the input (batch x in).
   */
  public double[] backward(double[] outputGradient) {
    return backward(outputGradient, true, true);
  }

  /** The loss gradient with respect to the input of the last {@link #forward}; no parameter gradient. */
  public double[] inputGradient(double[] outputGradient) {
    return backward(outputGradient, false, true);
  }

  /** Returns the input gradient if {@code inputGradient}, else null. */
  private double[] backward(double[] outputGradient, boolean parameterGradient,
      boolean inputGradient) {
    if (outputGradient.length != batch * widths[layers]) {
      throw new IllegalArgumentException("expected " + batch * widths[layers]
          + " output gradients, got " + outputGradient.length);
    }
    double[] dz = outputGradient;
    for (int l = layers; l >= 1; l--) {
      int in = widths[l - 1];
      int out = widths[l];
      if (parameterGradient) {
        Gemm.product(activations[l - 1], true, dz, false, in, out, batch, 1, gradients[2 * l - 2]);
        addColumnSums(dz, out, gradients[2 * l - 1]);
      }
      if (l == 1 && !inputGradient) {
        return null;
      }
      double[] da = new double[batch * in];
      Gemm.product(dz, false, parameters[2 * l - 2], true, batch, in, out, 0, da);
      if (l > 1) {
        multiply(da, slopes[l - 1]);
      }
      dz = da;
    }
    return dz;
  }

  /**
   * The WGAN-GP penalty {@code weight} * mean over rows of (|grad_x f(x)| - 1)^2 at the rows of
   * {@code points}, for a network with one output; adds its parameter gradient to
   * {@link #gradients()}. Runs its own forward pass over {@code points}, replacing the kept one.
   */
  public double gradientPenalty(double[] points, double weight) {
    if (widths[layers] != 1) {
      throw new IllegalStateException("the gradient penalty needs a network with one output");
    }
    forward(points);
    // u: d output / d (activations of layer l), from the top down; v[l] = slopes_l * u_l
    int top = widths[layers - 1];
    double[] u = new double[batch * top];
    for (int r = 0; r < batch; r++) {
      System.arraycopy(parameters[2 * layers - 2], 0, u, r * top, top);
    }
    double[][] v = new double[layers][];
    for (int l = layers - 1; l >= 1; l--) {
      multiply(u, slopes[l]);
      v[l] = u;
      u = new double[batch * widths[l - 1]];
      Gemm.product(v[l], false, parameters[2 * l - 2], true, batch, widths[l - 1], widths[l], 0, u);
    }
    // u is now the input gradient g; the penalty's derivative with respect to it is
    // 2 weight (|g| - 1) g / |g| / batch
    int in = widths[0];
    double penalty = 0;
    for (int r = 0; r < batch; r++) {
      double norm = 0;
      for (int c = 0; c < in; c++) {
        norm += u[r * in + c] * u[r * in + c];
      }
      norm = Math.sqrt(norm);
      penalty += weight * (norm - 1) * (norm - 1) / batch;
      double scale = 2 * weight * (norm - 1) / Math.max(norm, 1e-12) / batch;
      for (int c = 0; c < in; c++) {
        u[r * in + c] *= scale;
      }
    }
    double[] du = u;
    for (int l = 1; l < layers; l++) {
      // u_{l-1} = v_l W_l^T, so dW_l += du_{l-1}^T v_l and dv_l = du_{l-1} W_l
      Gemm.product(du, true, v[l], false, widths[l - 1], widths[l], batch, 1, gradients[2 * l - 2]);
      double[] next = new double[batch * widths[l]];
      Gemm.product(du, false, parameters[2 * l - 2], false, batch, widths[l], widths[l - 1], 0,
          next);
      multiply(next, slopes[l]);
      du = next;
    }
    addColumnSums(du, top, gradients[2 * layers - 2]);
    return penalty;
  }

  /** {@code sums[c] += sum over rows r of m[r][c]} for a row-major matrix with {@code cols} columns. */
  private static void addColumnSums(double[] m, int cols, double[] sums) {
    for (int i = 0; i < m.length; i++) {
      sums[i % cols] += m[i];
    }
  }

  private static void multiply(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] *= b[i];
    }
  }
}
