package org.qsl.learners.lstm;

import java.util.function.IntConsumer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training passes of the autoregressive LSTM, as a few large matrix products on preallocated
 * buffers. With teacher forcing every step's input is known, so each layer's input projection for
 * all steps is one product; only the recurrent product is done step by step; and each weight
 * gradient is one product summed over all steps and samples.
 *
 * <p>Sequence buffers hold step t of sample b in row t * batch + b, so a step's rows are one
 * block. Each layer's input and output rows end with a constant 1 that multiplies the bias (the last
 * row of the weight matrices, see {@link LstmShape}); a layer's output buffer is the next layer's
 * input buffer.
 *
 * <p>Parallelism: the hidden units are split among the parties of a {@link Team}. Each party
 * computes the gate columns, cell states and outputs of its units and the matching rows or columns
 * of every product, with single-threaded BLAS, and the parties meet once per step. Unlike a split
 * of the batch, this keeps the batch dimension of every product whole (small products are
 * dominated by packing the weight matrix, which each party then does for its part only), and every
 * number is computed by the same operations whatever the number of parties, so the result does
 * not depend on it (tested).
 */
final class LstmNetwork {

  /** Makes the cell of one layer. */
  interface CellFactory {
    LstmCell create(int units, int steps, int maxBatch);
  }

  private final LstmShape shape;
  private final int maxBatch;
  private final Team team;
  private final LstmParameters parameters;
  private final LstmParameters gradient;
  /** [0]: inputs; [l + 1]: outputs of layer l. Rows of features and a final 1. */
  private final Matrix[] sequences;
  /** [l + 1]: loss gradient with respect to the outputs of layer l (without the 1). */
  private final Matrix[] sequenceGradients;
  /** [l]: layer l's gate pre-activations; after the backward pass, their gradients. */
  private final Matrix[] gates;
  /** Logits in the forward pass, their gradients in the backward pass. */
  private final Matrix logits;
  private final LstmCell[] cells;
  private int batch;
  private double[] logitGradient;

  /**
   * @param parameters the flat parameter array (of the network's data type, FLOAT or DOUBLE),
   *     read at every pass and never written here
   * @param maxBatch the largest batch that will be passed
   * @param team the parties that share the work (at most H)
   */
  LstmNetwork(LstmShape shape, INDArray parameters, int maxBatch, Team team,
      CellFactory cellFactory) {
    if (team.parties() > shape.units()) {
      throw new IllegalArgumentException(team.parties() + " parties for " + shape.units() + " units");
    }
    DataType type = parameters.dataType();
    this.shape = shape;
    this.maxBatch = maxBatch;
    this.team = team;
    this.parameters = new LstmParameters(shape, parameters);
    this.gradient = new LstmParameters(shape, Nd4j.zeros(type, shape.parameterCount()));
    int rows = shape.qubits() * maxBatch;
    int h = shape.units();
    int layers = shape.layers();
    sequences = new Matrix[layers + 1];
    sequenceGradients = new Matrix[layers + 1];
    gates = new Matrix[layers];
    cells = new LstmCell[layers];
    for (int l = 0; l <= layers; l++) {
      int width = l == 0 ? shape.inputs(0) : h;
      sequences[l] = Matrix.zeros(type, rows, width + 1);
      sequences[l].cols(width, 1).fill(1);
      if (l > 0) {
        sequenceGradients[l] = Matrix.zeros(type, rows, h);
      }
    }
    for (int l = 0; l < layers; l++) {
      gates[l] = Matrix.zeros(type, rows, 4 * h);
      cells[l] = cellFactory.create(h, shape.qubits(), maxBatch);
    }
    logits = Matrix.zeros(type, rows, 1);
  }

  /** The gradient of the last {@link #backward()}, laid out like the parameters. */
  INDArray gradient() {
    return gradient.flat();
  }

  /**
   * The forward pass over {@code bitstrings} (n bits each, qubit 0 most significant, at most
   * maxBatch of them).
   *
   * @return the loss: binary cross-entropy averaged over samples and bits, as the reference code
   *     (the negative log-likelihood per sample is n times this)
   */
  double forward(long[] bitstrings) {
    batch = bitstrings.length;
    if (batch < 1 || batch > maxBatch) {
      throw new IllegalArgumentException("batch of " + batch + ", expected 1.." + maxBatch);
    }
    int n = shape.qubits();
    int rows = n * batch;
    writeInputs(bitstrings);
    inParallel(p -> {
      for (int l = 0; l < shape.layers(); l++) {
        forwardLayer(l, from(p), from(p + 1));
      }
    });
    Matrix z = logits.rows(0, rows);
    Blas.gemm(sequences[shape.layers()].rows(0, rows), false, parameters.output(), false, 0, z);
    double[] logit = z.toDoubles();
    logitGradient = new double[rows];
    double loss = 0;
    for (int t = 0; t < n; t++) {
      for (int b = 0; b < batch; b++) {
        int r = t * batch + b;
        int y = bit(bitstrings[b], t);
        double zr = logit[r];
        // -log P(y) = softplus(z) - y z, computed without overflow
        loss += Math.max(zr, 0) + Math.log1p(Math.exp(-Math.abs(zr))) - y * zr;
        logitGradient[r] = (1 / (1 + Math.exp(-zr)) - y) / rows;
      }
    }
    return loss / rows;
  }

  /** First unit of party p (and, for p = parties, the end of the last range). */
  private int from(int p) {
    return p * shape.units() / team.parties();
  }

  /** Runs {@code task} on every party, with single-threaded BLAS if there are several. */
  private void inParallel(IntConsumer task) {
    if (team.parties() == 1) {
      team.run(task);
      return;
    }
    org.nd4j.linalg.api.blas.Blas blas = Nd4j.factory().blas();
    int threads = blas.getMaxThreads();
    blas.setMaxThreads(1);
    try {
      team.run(task);
    } finally {
      blas.setMaxThreads(threads);
    }
  }

  private int bit(long bitstring, int t) {
    return (int) (bitstring >>> (shape.qubits() - 1 - t)) & 1;
  }

  private void writeInputs(long[] bitstrings) {
    int width = shape.inputs(0) + 1;
    double[] x = new double[shape.qubits() * batch * width];
    for (int t = 0; t < shape.qubits(); t++) {
      for (int b = 0; b < batch; b++) {
        int at = (t * batch + b) * width;
        shape.start().encode(t == 0 ? -1 : bit(bitstrings[b], t - 1), x, at);
        x[at + width - 1] = 1;
      }
    }
    sequences[0].rows(0, shape.qubits() * batch).set(x);
  }

  /** The four gate columns of units from .. to - 1: gate k is columns k H + from .. k H + to - 1. */
  private Matrix gate(Matrix m, int k, int from, int to) {
    return m.cols(k * shape.units() + from, to - from);
  }

  /** Layer l's forward pass for units from .. to - 1; the parties meet after every step. */
  private void forwardLayer(int l, int from, int to) {
    int h = shape.units();
    int rows = shape.qubits() * batch;
    Matrix g = gates[l].rows(0, rows);
    Matrix out = sequences[l + 1];
    for (int k = 0; k < 4; k++) {
      Blas.gemm(sequences[l].rows(0, rows), false, gate(parameters.input(l), k, from, to), false,
          0, gate(g, k, from, to));
    }
    for (int t = 0; t < shape.qubits(); t++) {
      Matrix step = g.rows(t * batch, batch);
      if (t > 0) {
        Matrix previous = out.rows((t - 1) * batch, batch).cols(0, h);
        for (int k = 0; k < 4; k++) {
          Blas.gemm(previous, false, gate(parameters.recurrent(l), k, from, to), false, 1,
              gate(step, k, from, to));
        }
      }
      cells[l].forward(t, step, out.rows(t * batch, batch).cols(0, h), from, to);
      team.await();
    }
  }

  /** The backward pass of the last {@link #forward}: fills {@link #gradient()}. */
  void backward() {
    if (logitGradient == null) {
      throw new IllegalStateException("backward() needs a forward pass first");
    }
    int rows = shape.qubits() * batch;
    int top = shape.layers();
    Matrix dz = logits.rows(0, rows);
    dz.set(logitGradient);
    logitGradient = null;
    Blas.gemm(sequences[top].rows(0, rows), true, dz, false, 0, gradient.output());
    inParallel(p -> {
      int from = from(p);
      int to = from(p + 1);
      Blas.gemm(dz, false, parameters.output().rows(from, to - from), true, 0,
          sequenceGradients[top].rows(0, rows).cols(from, to - from));
      for (int l = top - 1; l >= 0; l--) {
        backwardLayer(l, from, to);
      }
    });
  }

  /**
   * Layer l's backward pass for units from .. to - 1. Each party needs the gradients of its own
   * units' outputs only, which it computes itself, except that the recurrent product needs every
   * party's gate gradients: the parties meet before it.
   */
  private void backwardLayer(int l, int from, int to) {
    int n = shape.qubits();
    int rows = n * batch;
    int width = to - from;
    Matrix g = gates[l].rows(0, rows);
    Matrix dOut = sequenceGradients[l + 1].rows(0, rows);
    Matrix recurrent = parameters.recurrent(l).rows(from, width);
    for (int t = n - 1; t >= 0; t--) {
      Matrix step = g.rows(t * batch, batch);
      cells[l].backward(t, dOut.rows(t * batch, batch), step, from, to);
      team.await();
      if (t > 0) {
        Blas.gemm(step, false, recurrent, true, 1,
            dOut.rows((t - 1) * batch, batch).cols(from, width));
      }
    }
    Matrix out = sequences[l + 1];
    Blas.gemm(out.rows(0, (n - 1) * batch).cols(from, width), true, g.rows(batch, (n - 1) * batch),
        false, 0, gradient.recurrent(l).rows(from, width));
    for (int k = 0; k < 4; k++) {
      Blas.gemm(sequences[l].rows(0, rows), true, gate(g, k, from, to), false, 0,
          gate(gradient.input(l), k, from, to));
    }
    if (l > 0) {
      Blas.gemm(g, false, parameters.input(l).rows(from, width), true, 0,
          sequenceGradients[l].rows(0, rows).cols(from, width));
    }
  }
}
