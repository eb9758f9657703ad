package org.qsl.learners.lstm;

import java.util.function.IntUnaryOperator;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The architecture of the autoregressive LSTM over n bits: {@code layers} stacked LSTM layers of
 * {@code units} each, fed the previous bit (encoded by {@code start}), and a logistic output giving
 * P(next bit = 1). Parameters, in the order they are laid out in one flat array:
 * for each layer l, the input weights with the bias as their last row ((in_l + 1) x 4H) and the
 * recurrent weights (H x 4H); then the output weights with the bias last ((H + 1) x 1).
 *
 * <p>Gate columns come in chunks of {@value #CHUNK} hidden units (the last chunk may be smaller):
 * a chunk of w units starting at unit s has columns 4s .. 4s + 4w - 1, holding its units' input,
 * forget, output and candidate gates in blocks of w. A chunk is the unit of parallel work in
 * training, its columns one block for the matrix products.
 *
 * @param qubits number of bits n, the sequence length
 * @param layers number of LSTM layers, >= 1
 * @param units hidden units H per layer, >= 1
 * @param start the start-token encoding
 */
record LstmShape(int qubits, int layers, int units, StartToken start) {

  LstmShape {
    if (qubits < 1 || layers < 1 || units < 1) {
      throw new IllegalArgumentException(
          "need qubits, layers and units >= 1, got " + qubits + ", " + layers + ", " + units);
    }
  }

  /** Hidden units per chunk of gate columns. */
  static final int CHUNK = 64;

  /** Number of chunks. */
  int chunks() {
    return (units + CHUNK - 1) / CHUNK;
  }

  /** Chunk c: its first unit and number of units. */
  Chunk chunk(int c) {
    int start = c * CHUNK;
    return new Chunk(start, Math.min(CHUNK, units - start));
  }

  /**
   * Hidden units start .. start + width - 1 and their gate columns, 4 start .. 4 (start + width)
   * - 1.
   */
  record Chunk(int start, int width) {
    /** Column of gate k (0 input, 1 forget, 2 output, 3 candidate) of the chunk's first unit. */
    int gate(int k) {
      return 4 * start + k * width;
    }
  }

  /**
   * Input features of layer l (without the constant 1 that carries the bias); l = layers is the
   * output layer.
   */
  int inputs(int layer) {
    return layer == 0 ? start.inputs() : units;
  }

  /**
   * Zeroed sequence buffers of {@code rows} rows: [0] the inputs, [l + 1] the outputs of layer l,
   * each row its features and a final 1 that multiplies the bias. The outputs' 1s are set here,
   * once (the layers write only their features); the inputs' come with {@link #writeInputs}.
   */
  Matrix[] sequenceBuffers(DataType type, int rows) {
    Matrix[] sequences = new Matrix[layers + 1];
    for (int l = 0; l <= layers; l++) {
      int width = inputs(l);
      sequences[l] = Matrix.zeros(type, rows, width + 1);
      if (l > 0) {
        sequences[l].cols(width, 1).fill(1);
      }
    }
    return sequences;
  }

  /**
   * Writes rows 0 .. rows - 1 of {@code inputs} (buffer [0] of {@link #sequenceBuffers}), whole:
   * row r the encoding of bit {@code previous.applyAsInt(r)} (-1 at the start) and the 1.
   */
  void writeInputs(Matrix inputs, int rows, IntUnaryOperator previous) {
    int width = inputs(0) + 1;
    double[] x = new double[rows * width];
    for (int r = 0; r < rows; r++) {
      start.encode(previous.applyAsInt(r), x, r * width);
      x[r * width + width - 1] = 1;
    }
    inputs.rows(0, rows).set(x);
  }

  /** Offset of layer l's input weights in the flat parameter array. */
  long inputWeightsOffset(int layer) {
    long offset = 0;
    for (int k = 0; k < layer; k++) {
      offset += layerSize(k);
    }
    return offset;
  }

  /** Offset of layer l's recurrent weights. */
  long recurrentWeightsOffset(int layer) {
    return inputWeightsOffset(layer) + (inputs(layer) + 1L) * 4 * units;
  }

  /** Offset of the output weights. */
  long outputOffset() {
    return inputWeightsOffset(layers);
  }

  private long layerSize(int layer) {
    return (inputs(layer) + 1L + units) * 4 * units;
  }

  /** Total number of parameters. */
  long parameterCount() {
    return outputOffset() + units + 1;
  }

  /**
   * Bytes the training passes hold for batches of {@code batch}, on and off the heap: the
   * parameters, their gradient, Adam's moments and copies ({@link HeapAdam}), every layer's
   * sequence buffers and the cells' per-step activations and states, all single precision.
   */
  long trainingBytes(int batch) {
    long rows = (long) qubits * batch;
    long perLayer = rows * (units + 1 + 4L * units + units) // outputs, gates, output gradients
        + rows * (4L * units + 2L * units); // the cell's activations, c and tanh(c)
    long sequences = rows * (inputs(0) + 2) + layers * perLayer; // inputs and logits
    return Float.BYTES * (6 * parameterCount() + sequences);
  }

  /**
   * Floating-point operations of one training sample (forward and backward, 3 products per
   * weight matrix per step), the count the PyTorch baseline figures use.
   */
  double trainingFlopsPerSample() {
    double perStep = 0;
    for (int l = 0; l < layers; l++) {
      perStep += 3 * 2.0 * 4 * units * (inputs(l) + units);
    }
    perStep += 3 * 2.0 * units;
    return perStep * qubits;
  }
}
