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
  private final int units;
  /** Per step, batch x H: c_t and tanh(c_t). */
  private final INDArray[] cell;
  private final INDArray[] tanhCell;
  private final INDArray zeros;
  private final INDArray dc;
  private int steps;

  /** A cell for sequences of up to {@code steps} steps and batches of up to {@code maxBatch}. */
  Nd4jCell(DataType type, int units, int steps, int maxBatch) {
    this.units = units;
    cell = new INDArray[steps];
    tanhCell = new INDArray[steps];
    for (int t = 0; t < steps; t++) {
      cell[t] = Nd4j.zeros(type, maxBatch, units);
      tanhCell[t] = Nd4j.zeros(type, maxBatch, units);
    }
    zeros = Nd4j.zeros(type, maxBatch, units);
    dc = Nd4j.zeros(type, maxBatch, units);
  }

  /** Columns from .. to - 1 (offset by k blocks of H) of the first {@code rows} rows. */
  private INDArray part(INDArray a, int rows, int k, int from, int to) {
    return a.get(NDArrayIndex.interval(0, rows),
        NDArrayIndex.interval((long) k * units + from, (long) k * units + to));
  }

  @Override
  public void forward(int t, Matrix gateRows, Matrix hOut, int from, int to) {
    steps = t + 1;
    int b = gateRows.rows();
    INDArray a = gateRows.view();
    INDArray i = Transforms.sigmoid(part(a, b, 0, from, to), false);
    INDArray f = Transforms.sigmoid(part(a, b, 1, from, to), false);
    INDArray o = Transforms.sigmoid(part(a, b, 2, from, to), false);
    INDArray g = Transforms.tanh(part(a, b, 3, from, to), false);
    INDArray previous = part(t == 0 ? zeros : cell[t - 1], b, 0, from, to);
    INDArray c = part(cell[t], b, 0, from, to).assign(f.mul(previous).addi(i.mul(g)));
    INDArray tc = part(tanhCell[t], b, 0, from, to).assign(Transforms.tanh(c, true));
    part(hOut.view(), b, 0, from, to).assign(o.mul(tc));
  }

  @Override
  public void backward(int t, Matrix dhRows, Matrix gateRows, int from, int to) {
    int b = gateRows.rows();
    INDArray a = gateRows.view();
    INDArray dh = part(dhRows.view(), b, 0, from, to);
    INDArray i = part(a, b, 0, from, to).dup();
    INDArray f = part(a, b, 1, from, to).dup();
    INDArray o = part(a, b, 2, from, to).dup();
    INDArray g = part(a, b, 3, from, to).dup();
    INDArray tc = part(tanhCell[t], b, 0, from, to);
    INDArray dcNext = part(dc, b, 0, from, to);
    if (t == steps - 1) {
      dcNext.assign(0);
    }
    // dc_t = dc from step t+1 + dh o (1 - tanh^2 c_t)
    INDArray dct = dcNext.add(dh.mul(o).muli(tc.mul(tc).rsubi(1)));
    INDArray previous = part(t == 0 ? zeros : cell[t - 1], b, 0, from, to);
    part(a, b, 0, from, to).assign(dct.mul(g).muli(i).muli(i.rsub(1)));
    part(a, b, 1, from, to).assign(dct.mul(previous).muli(f).muli(f.rsub(1)));
    part(a, b, 2, from, to).assign(dh.mul(tc).muli(o).muli(o.rsub(1)));
    part(a, b, 3, from, to).assign(dct.mul(i).muli(g.mul(g).rsubi(1)));
    dcNext.assign(dct.muli(f));
  }
}
