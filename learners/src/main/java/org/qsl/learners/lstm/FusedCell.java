package org.qsl.learners.lstm;

import java.util.Arrays;

/**
 * The single-precision cell used for training and inference: each step's gate arithmetic is a few
 * passes of Java code over heap arrays (with {@link Activations}), which HotSpot vectorises,
 * instead of a dozen ND4J ops each making its own pass over memory. A step's gate rows come in with
 * bulk copies and h or the gate gradients go out the same way; activations and cell states stay on
 * the heap for the backward pass.
 */
final class FusedCell implements LstmCell {
  private final int units;
  private final int maxBatch;
  /** Per step: i, f, o, g activations, rows of 4H. */
  private final float[][] gates;
  /** Per step: c_t and tanh(c_t), rows of H. */
  private final float[][] cell;
  private final float[][] tanhCell;
  private final float[] zeros;
  private final float[] h;
  private final float[] dh;
  /** dLoss/dc_t of the step being processed, carried backwards. */
  private final float[] dc;
  private int batch;
  /** Number of steps of the current forward pass. */
  private int steps;

  /** A cell for sequences of up to {@code steps} steps and batches of up to {@code maxBatch}. */
  FusedCell(int units, int steps, int maxBatch) {
    this.units = units;
    this.maxBatch = maxBatch;
    gates = new float[steps][maxBatch * 4 * units];
    cell = new float[steps][maxBatch * units];
    tanhCell = new float[steps][maxBatch * units];
    zeros = new float[maxBatch * units];
    h = new float[maxBatch * units];
    dh = new float[maxBatch * units];
    dc = new float[maxBatch * units];
  }

  @Override
  public void forward(int t, Matrix gateRows, Matrix hOut, int from, int to) {
    if (gateRows.rows() > maxBatch) {
      throw new IllegalArgumentException("batch " + gateRows.rows() + " > " + maxBatch);
    }
    batch = gateRows.rows();
    steps = t + 1; // parties write the same values
    for (int k = 0; k < 4; k++) {
      gateRows.cols(k * units + from, to - from).read(gates[t], k * units + from, 4 * units);
    }
    forward(gates[t], t == 0 ? zeros : cell[t - 1], cell[t], tanhCell[t], h, batch, units,
        from, to);
    hOut.cols(from, to - from).write(h, from, units);
  }

  /**
   * One step for {@code batch} rows and units {@code from .. to - 1}: activates those columns of
   * {@code gates} (rows of 4H) in place and computes c = f cPrev + i g, tanhC = tanh(c) and
   * h = o tanhC (rows of H). {@code c} may be {@code cPrev}. Each loop is kept small: HotSpot
   * vectorises only loops whose body it can unroll, and one loop doing all of this was 7x slower
   * (measured).
   */
  static void forward(float[] gates, float[] cPrev, float[] c, float[] tanhC, float[] h,
      int batch, int units, int from, int to) {
    for (int b = 0; b < batch; b++) {
      int i = 4 * units * b;
      int f = i + units;
      int o = i + 2 * units;
      int g = i + 3 * units;
      int s = units * b;
      sigmoid(gates, i + from, i + to);
      sigmoid(gates, f + from, f + to);
      sigmoid(gates, o + from, o + to);
      for (int j = g + from; j < g + to; j++) {
        gates[j] = Activations.tanh(gates[j]);
      }
      for (int j = from; j < to; j++) {
        c[s + j] = gates[f + j] * cPrev[s + j] + gates[i + j] * gates[g + j];
      }
      for (int j = s + from; j < s + to; j++) {
        tanhC[j] = Activations.tanh(c[j]);
      }
      for (int j = from; j < to; j++) {
        h[s + j] = gates[o + j] * tanhC[s + j];
      }
    }
  }

  private static void sigmoid(float[] a, int from, int to) {
    for (int j = from; j < to; j++) {
      a[j] = Activations.sigmoid(a[j]);
    }
  }

  @Override
  public void backward(int t, Matrix dhRows, Matrix gateRows, int from, int to) {
    dhRows.cols(from, to - from).read(dh, from, units);
    if (t == steps - 1) {
      for (int b = 0; b < batch; b++) {
        Arrays.fill(dc, b * units + from, b * units + to, 0f);
      }
    }
    backward(gates[t], t == 0 ? zeros : cell[t - 1], tanhCell[t], dh, dc, batch, units, from,
        to);
    for (int k = 0; k < 4; k++) {
      gateRows.cols(k * units + from, to - from).write(gates[t], k * units + from, 4 * units);
    }
  }

  /**
   * The backward pass of {@link #forward} for {@code batch} rows and units from .. to - 1: turns
   * the activations in {@code gates} into the gradients of the pre-activations, given dLoss/dh in
   * {@code dh} and dLoss/dc of the next step in {@code dc}, which becomes dLoss/dc of the
   * previous step.
   */
  private static void backward(float[] gates, float[] cPrev, float[] tanhC, float[] dh,
      float[] dc, int batch, int units, int from, int to) {
    for (int b = 0; b < batch; b++) {
      int i = 4 * units * b;
      int f = i + units;
      int o = i + 2 * units;
      int g = i + 3 * units;
      int s = units * b;
      for (int j = from; j < to; j++) {
        float tc = tanhC[s + j];
        float og = gates[o + j];
        float d = dh[s + j];
        dc[s + j] += d * og * (1 - tc * tc);
        gates[o + j] = d * tc * og * (1 - og);
      }
      for (int j = from; j < to; j++) {
        float ig = gates[i + j];
        float gg = gates[g + j];
        float d = dc[s + j];
        gates[i + j] = d * gg * ig * (1 - ig);
        gates[g + j] = d * ig * (1 - gg * gg);
      }
      for (int j = from; j < to; j++) {
        float fg = gates[f + j];
        float d = dc[s + j];
        gates[f + j] = d * cPrev[s + j] * fg * (1 - fg);
        dc[s + j] = d * fg;
      }
    }
  }
}
