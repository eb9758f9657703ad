package org.qsl.learners.lstm;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The cell written with ND4J array operations and the exact activation functions, for any data
 * type. It is the double-precision cell of the gradient checks and the "ND4J ops" candidate of the
 * benchmark; {@link FusedCell} computes the same in single precision several times faster. The
 * activations stay in the gate rows between the passes.
 */
final class Nd4jCell implements LstmCell {
  /** Per step, batch x H: c_t and tanh(c_t). */
  private final INDArray[] cell;
  private final INDArray[] tanhCell;
  private final INDArray zeros;
  private final INDArray dc;
  private int steps;

  /** A cell for sequences of up to {@code steps} steps and batches of up to {@code maxBatch}. */
  Nd4jCell(DataType type, int units, int steps, int maxBatch) {
    cell = new INDArray[steps];
    tanhCell = new INDArray[steps];
    for (int t = 0; t < steps; t++) {
      cell[t] = Nd4j.zeros(type, maxBatch, units);
      tanhCell[t] = Nd4j.zeros(type, maxBatch, units);
    }
    zeros = Nd4j.zeros(type, maxBatch, units);
    dc = Nd4j.zeros(type, maxBatch, units);
  }

  /** Columns {@code first .. first + width - 1} of the first {@code rows} rows. */
  private static INDArray part(INDArray a, int rows, int first, int width) {
    return a.get(NDArrayIndex.interval(0, rows), NDArrayIndex.interval(first, first + width));
  }

  /** Gate k of the chunk. */
  private static INDArray gate(INDArray a, int rows, LstmShape.Chunk chunk, int k) {
    return part(a, rows, chunk.gate(k), chunk.width());
  }

  /** The chunk's columns of a batch x H array. */
  private static INDArray units(INDArray a, int rows, LstmShape.Chunk chunk) {
    return part(a, rows, chunk.start(), chunk.width());
  }

  @Override
  public void forward(int t, Matrix gateRows, Matrix hOut, LstmShape.Chunk chunk) {
    steps = t + 1;
    int b = gateRows.rows();
    INDArray a = gateRows.view();
    INDArray i = Transforms.sigmoid(gate(a, b, chunk, 0), false);
    INDArray f = Transforms.sigmoid(gate(a, b, chunk, 1), false);
    INDArray o = Transforms.sigmoid(gate(a, b, chunk, 2), false);
    INDArray g = Transforms.tanh(gate(a, b, chunk, 3), false);
    INDArray previous = units(t == 0 ? zeros : cell[t - 1], b, chunk);
    INDArray c = units(cell[t], b, chunk).assign(f.mul(previous).addi(i.mul(g)));
    INDArray tc = units(tanhCell[t], b, chunk).assign(Transforms.tanh(c, true));
    units(hOut.view(), b, chunk).assign(o.mul(tc));
  }

  @Override
  public void backward(int t, Matrix dhRows, Matrix gateRows, LstmShape.Chunk chunk) {
    int b = gateRows.rows();
    INDArray a = gateRows.view();
    INDArray dh = units(dhRows.view(), b, chunk);
    INDArray i = gate(a, b, chunk, 0).dup();
    INDArray f = gate(a, b, chunk, 1).dup();
    INDArray o = gate(a, b, chunk, 2).dup();
    INDArray g = gate(a, b, chunk, 3).dup();
    INDArray tc = units(tanhCell[t], b, chunk);
    INDArray dcNext = units(dc, b, chunk);
    if (t == steps - 1) {
      dcNext.assign(0);
    }
    // dc_t = dc from step t+1 + dh o (1 - tanh^2 c_t)
    INDArray dct = dcNext.add(dh.mul(o).muli(tc.mul(tc).rsubi(1)));
    INDArray previous = units(t == 0 ? zeros : cell[t - 1], b, chunk);
    gate(a, b, chunk, 0).assign(dct.mul(g).muli(i).muli(i.rsub(1)));
    gate(a, b, chunk, 1).assign(dct.mul(previous).muli(f).muli(f.rsub(1)));
    gate(a, b, chunk, 2).assign(dh.mul(tc).muli(o).muli(o.rsub(1)));
    gate(a, b, chunk, 3).assign(dct.mul(i).muli(g.mul(g).rsubi(1)));
    dcNext.assign(dct.muli(f));
  }
}
