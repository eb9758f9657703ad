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
  public void forward(int t, Matrix gateRows, Matrix hOut, LstmShape.Chunk chunk) {
    if (gateRows.rows() > maxBatch) {
      throw new IllegalArgumentException("batch " + gateRows.rows() + " > " + maxBatch);
    }
    int batch = gateRows.rows();
    steps = t + 1; // every chunk writes the same value
    int first = chunk.gate(0);
    gateRows.cols(first, 4 * chunk.width()).read(gates[t], first, 4 * units);
    forward(gates[t], t == 0 ? zeros : cell[t - 1], cell[t], tanhCell[t], h, batch, units, chunk);
    hOut.cols(chunk.start(), chunk.width()).write(h, chunk.start(), units);
  }

  /**
   * One step of one chunk for {@code batch} rows: activates the chunk's columns of {@code gates}
   * (rows of 4H) in place and computes c = f cPrev + i g, tanhC = tanh(c) and h = o tanhC in its
   * columns of rows of H. {@code c} may be {@code cPrev}. Each loop is kept small: HotSpot
   * vectorises only loops whose body it can unroll, and one loop doing all of this was 7x slower
   * (measured).
   */
  static void forward(float[] gates, float[] cPrev, float[] c, float[] tanhC, float[] h,
      int batch, int units, LstmShape.Chunk chunk) {
    int w = chunk.width();
    for (int b = 0; b < batch; b++) {
      int i = 4 * units * b + chunk.gate(0); // then f, o, g at i + w, i + 2w, i + 3w
      int g = i + 3 * w;
      int s = units * b + chunk.start();
      for (int j = i; j < g; j++) {
        gates[j] = Activations.sigmoid(gates[j]);
      }
      for (int j = g; j < g + w; j++) {
        gates[j] = Activations.tanh(gates[j]);
      }
      for (int j = 0; j < w; j++) {
        c[s + j] = gates[i + w + j] * cPrev[s + j] + gates[i + j] * gates[g + j];
      }
      for (int j = s; j < s + w; j++) {
        tanhC[j] = Activations.tanh(c[j]);
      }
      for (int j = 0; j < w; j++) {
        h[s + j] = gates[i + 2 * w + j] * tanhC[s + j];
      }
    }
  }

  @Override
  public void backward(int t, Matrix dhRows, Matrix gateRows, LstmShape.Chunk chunk) {
    int batch = gateRows.rows();
    dhRows.cols(chunk.start(), chunk.width()).read(dh, chunk.start(), units);
    if (t == steps - 1) {
      for (int b = 0; b < batch; b++) {
        int s = b * units + chunk.start();
        Arrays.fill(dc, s, s + chunk.width(), 0f);
      }
    }
    backward(gates[t], t == 0 ? zeros : cell[t - 1], tanhCell[t], dh, dc, batch, units, chunk);
    int first = chunk.gate(0);
    gateRows.cols(first, 4 * chunk.width()).write(gates[t], first, 4 * units);
  }

  /**
   * The backward pass of {@link #forward} for one chunk: turns the activations in {@code gates}
   * into the gradients of the pre-activations, given dLoss/dh in {@code dh} and dLoss/dc of the
   * next step in {@code dc}, which becomes dLoss/dc of the previous step.
   */
  private static void backward(float[] gates, float[] cPrev, float[] tanhC, float[] dh,
      float[] dc, int batch, int units, LstmShape.Chunk chunk) {
    int w = chunk.width();
    for (int b = 0; b < batch; b++) {
      int s = units * b + chunk.start();
      int i = 4 * units * b + chunk.gate(0);
      int o = i + 2 * w;
      for (int j = 0; j < w; j++) {
        float tc = tanhC[s + j];
        float og = gates[o + j];
        float d = dh[s + j];
        dc[s + j] += d * og * (1 - tc * tc);
        gates[o + j] = d * tc * og * (1 - og);
      }
      int g = i + 3 * w;
      for (int j = 0; j < w; j++) {
        float ig = gates[i + j];
        float gg = gates[g + j];
        float d = dc[s + j];
        gates[i + j] = d * gg * ig * (1 - ig);
        gates[g + j] = d * ig * (1 - gg * gg);
      }
      int f = i + w;
      for (int j = 0; j < w; j++) {
        float fg = gates[f + j];
        float d = dc[s + j];
        gates[f + j] = d * cPrev[s + j] * fg * (1 - fg);
        dc[s + j] = d * fg;
      }
    }
  }
}
