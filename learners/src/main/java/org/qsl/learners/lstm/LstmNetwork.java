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
 * <p>Parallelism: each step's work is split by chunks of hidden units (see {@link LstmShape}),
 * which the threads of a {@link Team} take in turn, each with single-threaded BLAS: a chunk's gate
 * columns, cell states and outputs and the matching rows or columns of every product. Unlike a
 * split of the batch, this keeps the batch dimension of every product whole (small products are
 * dominated by packing the weight matrix, which each chunk then does for its part only). A chunk
 * computes the same numbers whichever thread runs it, so the result does not depend on the number
 * of threads (tested; multi-threaded BLAS rounds differently).
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
  /** Whether a forward pass was made since the last backward pass. */
  private boolean forwardDone;

  /**
   * @param parameters the flat parameter array (of the network's data type, FLOAT or DOUBLE),
   *     read at every pass and never written here
   * @param maxBatch the largest batch that will be passed
   * @param team the threads that share the work; BLAS should then run single-threaded (see
   *     {@link Team#singleThreadedBlas()})
   */
  LstmNetwork(LstmShape shape, INDArray parameters, int maxBatch, Team team,
      CellFactory cellFactory) {
    DataType type = parameters.dataType();
    this.shape = shape;
    this.maxBatch = maxBatch;
    this.team = team;
    this.parameters = new LstmParameters(shape, parameters);
    this.gradient = new LstmParameters(shape, Nd4j.zeros(type, shape.parameterCount()));
    int rows = shape.qubits() * maxBatch;
    int h = shape.units();
    int layers = shape.layers();
    sequences = shape.sequenceBuffers(type, rows);
    sequenceGradients = new Matrix[layers + 1];
    gates = new Matrix[layers];
    cells = new LstmCell[layers];
    for (int l = 0; l < layers; l++) {
      sequenceGradients[l + 1] = Matrix.zeros(type, rows, h);
      gates[l] = Matrix.zeros(type, rows, 4 * h);
      cells[l] = cellFactory.create(h, shape.qubits(), maxBatch);
    }
    logits = Matrix.zeros(type, rows, 1);
  }

  /** The gradient of the last {@link #backward}, laid out like the parameters. */
  INDArray gradient() {
    return gradient.flat();
  }

  /**
   * The forward pass over {@code bitstrings} (n bits each, qubit 0 most significant, at most
   * maxBatch of them), with teacher forcing: every step reads the string's previous bit.
   *
   * @return the logit of P(bit t = 1 | bits before t) of string b at b * n + t
   */
  double[] forward(long[] bitstrings) {
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
    double[] stepMajor = z.toDoubles();
    double[] out = new double[rows];
    for (int t = 0; t < n; t++) {
      for (int b = 0; b < batch; b++) {
        out[b * n + t] = stepMajor[t * batch + b];
      }
    }
    forwardDone = true;
    return out;
  }

  /** Runs {@code body} for every chunk on the team. */
  private void forEachChunk(IntConsumer body) {
    team.forEach(shape.chunks(), body);
  }

  private int bit(long bitstring, int t) {
    return (int) (bitstring >>> (shape.qubits() - 1 - t)) & 1;
  }

  /** Step t of string b reads the string's bit t - 1, in row t * batch + b. */
  private void writeInputs(long[] bitstrings) {
    shape.writeInputs(sequences[0], shape.qubits() * batch,
        r -> r < batch ? -1 : bit(bitstrings[r % batch], r / batch - 1));
  }

  /** The gate columns of chunk c of {@code m}. */
  private static Matrix gateColumns(Matrix m, LstmShape.Chunk c) {
    return m.cols(c.gate(0), 4 * c.width());
  }

  /** The unit columns (or rows, of a weight matrix) of chunk c of {@code m}. */
  private static Matrix units(Matrix m, LstmShape.Chunk c) {
    return m.cols(c.start(), c.width());
  }

  private static Matrix unitRows(Matrix m, LstmShape.Chunk c) {
    return m.rows(c.start(), c.width());
  }

  /**
   * Layer l's forward pass, one parallel loop over the chunks per step: at step 0 a chunk
   * projects the inputs of all steps onto its gates; at step t it adds h_{t-1} times its recurrent
   * weights; then its cell step.
   */
  private void forwardLayer(int l) {
    int h = shape.units();
    int rows = shape.qubits() * batch;
    Matrix g = gates[l].rows(0, rows);
    Matrix out = sequences[l + 1];
    for (int t = 0; t < shape.qubits(); t++) {
      int step = t;
      Matrix stepGates = g.rows(t * batch, batch);
      forEachChunk(c -> {
        LstmShape.Chunk chunk = shape.chunk(c);
        if (step == 0) {
          Blas.gemm(sequences[l].rows(0, rows), false, gateColumns(parameters.input(l), chunk), false,
              0, gateColumns(g, chunk));
        } else {
          Blas.gemm(out.rows((step - 1) * batch, batch).cols(0, h), false,
              gateColumns(parameters.recurrent(l), chunk), false, 1, gateColumns(stepGates, chunk));
        }
        cells[l].forward(step, stepGates, out.rows(step * batch, batch).cols(0, h), chunk);
      });
    }
  }

  /**
   * The backward pass of the last {@link #forward}: fills {@link #gradient()} with the gradient of
   * a loss whose gradient with respect to the logits is {@code logitGradient} (same layout as
   * {@link #forward}'s result).
   */
  void backward(double[] logitGradient) {
    if (!forwardDone) {
      throw new IllegalStateException("backward() needs a forward pass first");
    }
    int n = shape.qubits();
    int rows = n * batch;
    if (logitGradient.length != rows) {
      throw new IllegalArgumentException(
          logitGradient.length + " logit gradients, expected " + rows);
    }
    forwardDone = false;
    int top = shape.layers();
    double[] stepMajor = new double[rows];
    for (int t = 0; t < n; t++) {
      for (int b = 0; b < batch; b++) {
        stepMajor[t * batch + b] = logitGradient[b * n + t];
      }
    }
    Matrix dz = logits.rows(0, rows);
    dz.set(stepMajor);
    Blas.gemm(sequences[top].rows(0, rows), true, dz, false, 0, gradient.output());
    for (int l = top - 1; l >= 0; l--) {
      backwardLayer(l, l == top - 1 ? dz : null);
    }
  }

  /**
   * Layer l's backward pass, one parallel loop over the chunks per step. A chunk's cell step needs
   * the gradient of its own outputs only, which the chunk computed itself in the loop before (at
   * the top layer, from the logit gradients {@code dz}); the recurrent product needs every
   * chunk's gate gradients of the step after, complete when the loop before ended.
   */
  private void backwardLayer(int l, Matrix dz) {
    int n = shape.qubits();
    int rows = n * batch;
    Matrix g = gates[l].rows(0, rows);
    Matrix dOut = sequenceGradients[l + 1].rows(0, rows);
    for (int t = n; t >= 0; t--) {
      int step = t; // this loop finishes the product of step t and the cell of step t - 1
      forEachChunk(c -> {
        LstmShape.Chunk chunk = shape.chunk(c);
        if (step == n && dz != null) {
          Blas.gemm(dz, false, unitRows(parameters.output(), chunk), true, 0, units(dOut, chunk));
        } else if (step < n && step > 0) {
          Blas.gemm(g.rows(step * batch, batch), false, unitRows(parameters.recurrent(l), chunk),
              true, 1, units(dOut.rows((step - 1) * batch, batch), chunk));
        }
        if (step > 0) {
          cells[l].backward(step - 1, dOut.rows((step - 1) * batch, batch),
              g.rows((step - 1) * batch, batch), chunk);
        } else {
          weightGradients(l, chunk);
        }
      });
    }
  }

  /** The chunk's part of layer l's weight gradients and of the gradient of its inputs. */
  private void weightGradients(int l, LstmShape.Chunk chunk) {
    int n = shape.qubits();
    int rows = n * batch;
    Matrix g = gates[l].rows(0, rows);
    Matrix out = sequences[l + 1];
    Blas.gemm(units(out.rows(0, (n - 1) * batch), chunk), true, g.rows(batch, (n - 1) * batch),
        false, 0, unitRows(gradient.recurrent(l), chunk));
    Blas.gemm(sequences[l].rows(0, rows), true, gateColumns(g, chunk), false, 0,
        gateColumns(gradient.input(l), chunk));
    if (l > 0) {
      Blas.gemm(g, false, unitRows(parameters.input(l), chunk), true, 0,
          units(sequenceGradients[l].rows(0, rows), chunk));
    }
  }
}
