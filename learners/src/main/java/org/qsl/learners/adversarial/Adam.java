package org.qsl.learners.adversarial;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.qsl.learners.ModelArrays;

/**
 * Adam (Kingma and Ba 2015) over a set of parameter arrays, updating them in place; the moment
 * estimates can be saved and restored so that a resumed run continues exactly. The update is
 * ND4J's and PyTorch's: m = b1 m + (1 - b1) g, v = b2 v + (1 - b2) g^2,
 * theta -= rate (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + epsilon). It also keeps its parameters
 * and moments in model files ({@link #save}) and snapshots them for a divergence rollback.
 */
public final class Adam {
  /** Epsilon of the denominator, ND4J's and PyTorch's default. */
  public static final double EPSILON = 1e-8;

  private final double[][] parameters;
  private final double rate;
  private final double beta1;
  private final double beta2;
  private final double[][] first;
  private final double[][] second;

  /** Adam for {@code parameters} with step size {@code rate} and decay rates beta1, beta2. */
  public Adam(double[][] parameters, double rate, double beta1, double beta2) {
    this.parameters = parameters;
    this.rate = rate;
    this.beta1 = beta1;
    this.beta2 = beta2;
    first = new double[parameters.length][];
    second = new double[parameters.length][];
    for (int i = 0; i < parameters.length; i++) {
      first[i] = new double[parameters[i].length];
      second[i] = new double[parameters[i].length];
    }
  }

  /**
   * One step down {@code gradients} with the step size scaled by {@code rateFactor} (a schedule).
   *
   * @param iteration 0-based count of earlier steps (for the bias correction)
   */
  public void step(double[][] gradients, int iteration, double rateFactor) {
    double rate = this.rate * rateFactor;
    double c1 = 1 - Math.pow(beta1, iteration + 1.0);
    double c2 = 1 - Math.pow(beta2, iteration + 1.0);
    for (int a = 0; a < parameters.length; a++) {
      double[] p = parameters[a];
      double[] g = gradients[a];
      double[] m = first[a];
      double[] v = second[a];
      for (int i = 0; i < p.length; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
        p[i] -= rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
      }
    }
  }

  /** The moment estimates, first then second, each shaped like the parameters (live arrays). */
  private double[][] state() {
    double[][] state = new double[2 * parameters.length][];
    System.arraycopy(first, 0, state, 0, first.length);
    System.arraycopy(second, 0, state, first.length, second.length);
    return state;
  }

  /** Puts the parameters under {@code name} and the moments under {@code name + "_adam"}. */
  public void save(Map<String, INDArray> arrays, String name) {
    arrays.put(name, Tensors.flatten(parameters));
    arrays.put(name + "_adam", Tensors.flatten(state()));
  }

  /** Restores, in place, what {@link #save} wrote under {@code name}. */
  public void load(ModelArrays arrays, String name) {
    long count = Tensors.size(parameters);
    Tensors.unflatten(arrays.get(name, count), parameters);
    Tensors.unflatten(arrays.get(name + "_adam", 2 * count), state());
  }

  /** An action that puts the parameters and moments back as they are now. */
  public Runnable snapshot() {
    double[][] before = Tensors.copy(parameters, first, second);
    return () -> Tensors.restore(before, parameters, first, second);
  }
}
