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
  private final INDArray[] cell;
  private final INDArray[] tanhCell;
  private final INDArray zeros;
  private INDArray dc;
  private int steps;

  /** A cell for sequences of up to {@code steps} steps and batches of up to {@code maxBatch}. */
  Nd4jCell(DataType type, int units, int steps, int maxBatch) {
    this.units = units;
    cell = new INDArray[steps];
    tanhCell = new INDArray[steps];
    zeros = Nd4j.zeros(type, maxBatch, units);
  }

  private INDArray gate(INDArray gates, int k) {
    return gates.get(NDArrayIndex.all(),
        NDArrayIndex.interval((long) k * units, (long) (k + 1) * units));
  }

  private INDArray previousCell(int t, int batch) {
    return t == 0 ? zeros.get(NDArrayIndex.interval(0, batch)) : cell[t - 1];
  }

  @Override
  public void forward(int t, Matrix gateRows, Matrix h) {
    steps = t + 1;
    INDArray a = gateRows.view();
    Transforms.sigmoid(gate(a, 0), false);
    Transforms.sigmoid(gate(a, 1), false);
    Transforms.sigmoid(gate(a, 2), false);
    Transforms.tanh(gate(a, 3), false);
    INDArray c = gate(a, 1).mul(previousCell(t, gateRows.rows())).addi(gate(a, 0).mul(gate(a, 3)));
    cell[t] = c;
    tanhCell[t] = Transforms.tanh(c, true);
    h.view().assign(gate(a, 2).mul(tanhCell[t]));
  }

  @Override
  public void backward(int t, Matrix dhRows, Matrix gateRows) {
    INDArray a = gateRows.view();
    INDArray dh = dhRows.view();
    INDArray i = gate(a, 0).dup();
    INDArray f = gate(a, 1).dup();
    INDArray o = gate(a, 2).dup();
    INDArray g = gate(a, 3).dup();
    INDArray tc = tanhCell[t];
    if (t == steps - 1) {
      dc = Nd4j.zeros(a.dataType(), a.rows(), units);
    }
    // dc_t = dc from step t+1 + dh o (1 - tanh^2 c_t)
    INDArray dct = dc.add(dh.mul(o).muli(tc.mul(tc).rsubi(1)));
    gate(a, 0).assign(dct.mul(g).muli(i).muli(i.rsub(1)));
    gate(a, 1).assign(dct.mul(previousCell(t, a.rows())).muli(f).muli(f.rsub(1)));
    gate(a, 2).assign(dh.mul(tc).muli(o).muli(o.rsub(1)));
    gate(a, 3).assign(dct.mul(i).muli(g.mul(g).rsubi(1)));
    dc = dct.muli(f);
  }
}
