package org.qsl.learners.lstm;

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
 */
final class LstmNetwork {

  /** Makes the cell of one layer. */
  interface CellFactory {
    LstmCell create(int units, int steps, int maxBatch);
  }

  private final LstmShape shape;
  private final int maxBatch;
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
   */
  LstmNetwork(LstmShape shape, INDArray parameters, int maxBatch, CellFactory cellFactory) {
    DataType type = parameters.dataType();
    this.shape = shape;
    this.maxBatch = maxBatch;
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
    for (int l = 0; l < shape.layers(); l++) {
      forwardLayer(l);
    }
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

  private void forwardLayer(int l) {
    int h = shape.units();
    int rows = shape.qubits() * batch;
    Matrix g = gates[l].rows(0, rows);
    Matrix out = sequences[l + 1];
    Blas.gemm(sequences[l].rows(0, rows), false, parameters.input(l), false, 0, g);
    for (int t = 0; t < shape.qubits(); t++) {
      Matrix step = g.rows(t * batch, batch);
      if (t > 0) {
        Blas.gemm(out.rows((t - 1) * batch, batch).cols(0, h), false, parameters.recurrent(l),
            false, 1, step);
      }
      cells[l].forward(t, step, out.rows(t * batch, batch).cols(0, h));
    }
  }

  /** The backward pass of the last {@link #forward}: fills {@link #gradient()}. */
  void backward() {
    if (logitGradient == null) {
      throw new IllegalStateException("backward() needs a forward pass first");
    }
    int h = shape.units();
    int rows = shape.qubits() * batch;
    int top = shape.layers();
    Matrix dz = logits.rows(0, rows);
    dz.set(logitGradient);
    logitGradient = null;
    Blas.gemm(sequences[top].rows(0, rows), true, dz, false, 0, gradient.output());
    Blas.gemm(dz, false, parameters.output().rows(0, h), true, 0,
        sequenceGradients[top].rows(0, rows));
    for (int l = top - 1; l >= 0; l--) {
      backwardLayer(l);
    }
  }

  private void backwardLayer(int l) {
    int h = shape.units();
    int n = shape.qubits();
    int rows = n * batch;
    Matrix g = gates[l].rows(0, rows);
    Matrix dOut = sequenceGradients[l + 1].rows(0, rows);
    for (int t = n - 1; t >= 0; t--) {
      Matrix step = g.rows(t * batch, batch);
      cells[l].backward(t, dOut.rows(t * batch, batch), step);
      if (t > 0) {
        Blas.gemm(step, false, parameters.recurrent(l), true, 1,
            dOut.rows((t - 1) * batch, batch));
      }
    }
    Matrix out = sequences[l + 1];
    Blas.gemm(out.rows(0, (n - 1) * batch).cols(0, h), true, g.rows(batch, (n - 1) * batch),
        false, 0, gradient.recurrent(l));
    Blas.gemm(sequences[l].rows(0, rows), true, g, false, 0, gradient.input(l));
    if (l > 0) {
      Blas.gemm(g, false, parameters.input(l).rows(0, h), true, 0,
          sequenceGradients[l].rows(0, rows));
    }
  }
}
