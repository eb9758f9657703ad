package org.qsl.learners.lstm;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adam with the arithmetic of ND4J's {@code adam_updater} op (bias correction folded into the step
 * size, epsilon added to sqrt(v)), as one vectorised Java loop over heap arrays. ND4J's op took 13x
 * longer for the 263k parameters of the reference model (measured), a quarter of a training step.
 * The moments stay on the heap; parameters and gradient are copied in and out in bulk.
 */
final class HeapAdam implements ParameterOptimiser {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-8;

  private final double learningRate;
  private final float[] m;
  private final float[] v;
  private final float[] parameters;
  private final float[] gradient;

  HeapAdam(long size, double learningRate) {
    this.learningRate = learningRate;
    int n = Math.toIntExact(size);
    m = new float[n];
    v = new float[n];
    parameters = new float[n];
    gradient = new float[n];
  }

  @Override
  public void update(INDArray theta, INDArray g, int iteration, double rateFactor) {
    double stepSize = rateFactor * learningRate * Math.sqrt(1 - Math.pow(BETA2, iteration + 1))
        / (1 - Math.pow(BETA1, iteration + 1));
    theta.data().asNioFloat().get(0, parameters);
    g.data().asNioFloat().get(0, gradient);
    update(parameters, gradient, m, v, (float) stepSize);
    theta.data().asNioFloat().put(0, parameters);
  }

  private static void update(float[] p, float[] g, float[] m, float[] v, float stepSize) {
    float b1 = (float) BETA1;
    float b2 = (float) BETA2;
    float c1 = (float) (1 - BETA1);
    float c2 = (float) (1 - BETA2);
    float eps = (float) EPSILON;
    for (int i = 0; i < p.length; i++) {
      float gi = g[i];
      float mi = b1 * m[i] + gi * c1;
      float vi = b2 * v[i] + gi * gi * c2;
      m[i] = mi;
      v[i] = vi;
      p[i] -= mi * stepSize / ((float) Math.sqrt(vi) + eps);
    }
  }

  /** [1, 2n]: the first moments, then the second, as ND4J's Adam lays out its state. */
  @Override
  public INDArray state() {
    float[] s = new float[2 * m.length];
    System.arraycopy(m, 0, s, 0, m.length);
    System.arraycopy(v, 0, s, m.length, v.length);
    return Nd4j.createFromArray(s).reshape(1, s.length);
  }

  @Override
  public void restore(INDArray state) {
    float[] s = state.castTo(DataType.FLOAT).toFloatVector();
    if (s.length != 2 * m.length) {
      throw new IllegalArgumentException("Adam state of " + s.length + ", expected " + 2 * m.length);
    }
    System.arraycopy(s, 0, m, 0, m.length);
    System.arraycopy(s, m.length, v, 0, v.length);
  }
}
