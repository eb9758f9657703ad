package org.qsl.learners.lstm;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs the LSTM one step at a time on batches of prefixes, for sampling and exact likelihoods:
 * given each prefix's state, feeds it one more bit and gives the new states and P(next bit = 1).
 * Same arithmetic as training ({@link FusedCell}), in single precision. Working buffers are reused
 * between calls, so one instance serves one walk at a time.
 */
final class LstmInference {
  private final LstmShape shape;
  private final LstmParameters parameters;
  private final Team team;
  /** Inputs and the layer outputs, each with a final column of ones; grown on demand. */
  private Matrix[] sequences;
  private Matrix recurrent;
  private Matrix gates;
  private Matrix logits;
  private float[] gateValues;
  private float[] tanhScratch;
  private int capacity;

  /**
   * Inference with {@code parameters} (FLOAT, read at every call, so training may go on), the
   * chunks of hidden units shared among the threads of {@code team} as in training.
   */
  LstmInference(LstmShape shape, INDArray parameters, Team team) {
    if (parameters.dataType() != DataType.FLOAT) {
      throw new IllegalArgumentException("inference runs in FLOAT, got " + parameters.dataType());
    }
    this.shape = shape;
    this.parameters = new LstmParameters(shape, parameters);
    this.team = team;
  }

  /** The state after the start token, before any bit. */
  LstmPrefixes root() {
    int h = shape.units();
    return step(new float[shape.layers()][h], new float[shape.layers()][h], new int[] {-1}, false);
  }

  /**
   * Prefix {@code parents[j]} of {@code from} followed by bit {@code bits[j]}, for every j.
   */
  LstmPrefixes extend(LstmPrefixes from, int[] parents, int[] bits) {
    if (parents.length != bits.length) {
      throw new IllegalArgumentException(parents.length + " parents but " + bits.length + " bits");
    }
    int h = shape.units();
    int layers = shape.layers();
    float[][] hidden = new float[layers][parents.length * h];
    float[][] cell = new float[layers][parents.length * h];
    for (int j = 0; j < parents.length; j++) {
      if (bits[j] != 0 && bits[j] != 1) {
        throw new IllegalArgumentException("bit " + bits[j] + " is not 0 or 1");
      }
      for (int l = 0; l < layers; l++) {
        System.arraycopy(from.hidden[l], parents[j] * h, hidden[l], j * h, h);
        System.arraycopy(from.cell[l], parents[j] * h, cell[l], j * h, h);
      }
    }
    return step(hidden, cell, bits, true);
  }

  /** One step for every row: the new states (in place of the given ones) and P(next = 1). */
  private LstmPrefixes step(float[][] hidden, float[][] cell, int[] bits, boolean recurrentInput) {
    int size = bits.length;
    int h = shape.units();
    ensureCapacity(size);
    shape.writeInputs(sequences[0], size, j -> bits[j]);
    Matrix g = gates.rows(0, size);
    Matrix previous = recurrent.rows(0, size);
    for (int l = 0; l < shape.layers(); l++) {
      int layer = l;
      if (recurrentInput) {
        previous.write(hidden[l]);
      }
      team.forEach(shape.chunks(), c -> {
        LstmShape.Chunk chunk = shape.chunk(c);
        Matrix chunkGates = g.cols(chunk.gate(0), 4 * chunk.width());
        Blas.gemm(sequences[layer].rows(0, size), false,
            parameters.input(layer).cols(chunk.gate(0), 4 * chunk.width()), false, 0, chunkGates);
        if (recurrentInput) {
          Blas.gemm(previous, false,
              parameters.recurrent(layer).cols(chunk.gate(0), 4 * chunk.width()), false, 1,
              chunkGates);
        }
        chunkGates.read(gateValues, chunk.gate(0), 4 * h);
        FusedCell.forward(gateValues, cell[layer], cell[layer], tanhScratch, hidden[layer], size,
            h, chunk);
        sequences[layer + 1].rows(0, size).cols(chunk.start(), chunk.width())
            .write(hidden[layer], chunk.start(), h);
      });
    }
    Matrix z = logits.rows(0, size);
    Blas.gemm(sequences[shape.layers()].rows(0, size), false, parameters.output(), false, 0, z);
    double[] p = z.toDoubles();
    for (int j = 0; j < size; j++) {
      p[j] = 1 / (1 + Math.exp(-p[j]));
    }
    return new LstmPrefixes(this, hidden, cell, p);
  }

  private void ensureCapacity(int size) {
    if (size <= capacity) {
      return;
    }
    int h = shape.units();
    sequences = shape.sequenceBuffers(DataType.FLOAT, size);
    recurrent = Matrix.zeros(DataType.FLOAT, size, h);
    gates = Matrix.zeros(DataType.FLOAT, size, 4 * h);
    logits = Matrix.zeros(DataType.FLOAT, size, 1);
    gateValues = new float[size * 4 * h];
    tanhScratch = new float[size * h];
    capacity = size;
  }
}
