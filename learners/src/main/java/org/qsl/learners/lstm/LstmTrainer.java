package org.qsl.learners.lstm;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.DoubleUnaryOperator;
import org.nd4j.linalg.api.blas.Blas;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The training step of an LSTM: forward pass, loss check, backward pass, parameter update.
 *
 * <p>A batch can be split into parts ("shards") that run their forward and backward passes in
 * parallel, each with single-threaded BLAS, and whose gradients are averaged. At the batch sizes
 * of the reference model this uses two cores better than multi-threaded BLAS does (see the
 * README). The learner fixes the number of shards rather than taking the core count, so that the
 * trained model does not depend on the machine.
 */
final class LstmTrainer {
  /** The learner's number of shards. */
  static final int SHARDS = 2;

  private final LstmShape shape;
  private final INDArray parameters;
  private final ParameterOptimiser optimiser;
  private final LstmNetwork[] shards;
  private final float[] sum;
  private final float[] part;

  /**
   * @param parameters the flat parameters (FLOAT), updated in place by {@link #step}
   * @param optimiser the optimiser, whose state {@link #step} updates
   * @param maxBatch the largest batch {@link #step} will get
   * @param shards parts a batch is split into, run in parallel
   */
  LstmTrainer(LstmShape shape, INDArray parameters, ParameterOptimiser optimiser, int maxBatch,
      int shards, LstmNetwork.CellFactory cells) {
    this.shape = shape;
    this.parameters = parameters;
    this.optimiser = optimiser;
    this.shards = new LstmNetwork[Math.max(1, Math.min(shards, maxBatch))];
    for (int s = 0; s < this.shards.length; s++) {
      this.shards[s] = new LstmNetwork(shape, parameters,
          (maxBatch + this.shards.length - 1) / this.shards.length, cells);
    }
    sum = new float[Math.toIntExact(shape.parameterCount())];
    part = new float[sum.length];
  }

  /**
   * One optimisation step on {@code batch}.
   *
   * @param check gets the loss per sample (nats) before any parameter changes and returns it, or
   *     throws to stop training
   * @param iteration the optimiser's step counter (bias correction)
   * @param epoch 0-based epoch, for the optimiser's schedule
   * @return the loss per sample, in nats
   */
  double step(long[] batch, DoubleUnaryOperator check, int iteration, int epoch) {
    int k = Math.min(shards.length, batch.length);
    double[] losses = new double[k];
    Blas blas = Nd4j.factory().blas();
    int blasThreads = blas.getMaxThreads();
    if (k > 1) {
      blas.setMaxThreads(1);
    }
    try {
      CompletableFuture<?>[] others = new CompletableFuture<?>[k - 1];
      for (int s = 1; s < k; s++) {
        int shard = s;
        others[s - 1] = CompletableFuture.runAsync(
            () -> losses[shard] = pass(shard, k, batch), ForkJoinPool.commonPool());
      }
      losses[0] = pass(0, k, batch);
      CompletableFuture.allOf(others).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      blas.setMaxThreads(blasThreads);
    }
    double loss = 0;
    for (int s = 0; s < k; s++) {
      loss += losses[s] * size(s, k, batch.length);
    }
    loss = check.applyAsDouble(loss / batch.length * shape.qubits());
    optimiser.update(parameters, averageGradient(k, batch.length), iteration, epoch);
    return loss;
  }

  /** Samples of the batch in part s of k: the first (length mod k) parts have one more. */
  private static int size(int s, int k, int length) {
    return length / k + (s < length % k ? 1 : 0);
  }

  private static int start(int s, int k, int length) {
    return s * (length / k) + Math.min(s, length % k);
  }

  /** Forward and backward pass of part s; returns its mean loss per bit. */
  private double pass(int s, int k, long[] batch) {
    int from = start(s, k, batch.length);
    long[] mine = java.util.Arrays.copyOfRange(batch, from, from + size(s, k, batch.length));
    double loss = shards[s].forward(mine);
    shards[s].backward();
    return loss;
  }

  /** The parts' gradients weighted by their sizes, into part 0's gradient array. */
  private INDArray averageGradient(int k, int length) {
    INDArray out = shards[0].gradient();
    if (k == 1) {
      return out;
    }
    java.util.Arrays.fill(sum, 0f);
    for (int s = 0; s < k; s++) {
      shards[s].gradient().data().asNioFloat().get(0, part);
      float w = (float) size(s, k, length) / length;
      for (int i = 0; i < sum.length; i++) {
        sum[i] += w * part[i];
      }
    }
    out.data().asNioFloat().put(0, sum);
    return out;
  }
}
