package org.qsl.learners.lstm;

/**
 * The single-precision cell used for training and inference: each step's gate arithmetic is one
 * pass of Java code over heap arrays (with {@link Activations}), which HotSpot vectorises, instead
 * of a dozen ND4J ops each making its own pass. The step's gates come in with one bulk copy and h
 * or the gate gradients go out with one; activations and cell states stay on the heap for the
 * backward pass.
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
  public void forward(int t, Matrix gateRows, Matrix hOut) {
    if (t == 0) {
      batch = gateRows.rows();
      if (batch > maxBatch) {
        throw new IllegalArgumentException("batch " + batch + " > " + maxBatch);
      }
    }
    steps = t + 1;
    gateRows.read(gates[t]);
    forward(gates[t], t == 0 ? zeros : cell[t - 1], cell[t], tanhCell[t], h, batch, units);
    hOut.write(h);
  }

  /**
   * One step for {@code batch} rows: activates {@code gates} (rows of 4H) in place and computes
   * c = f cPrev + i g, tanhC = tanh(c) and h = o tanhC (rows of H).
   */
  static void forward(float[] gates, float[] cPrev, float[] c, float[] tanhC, float[] h,
      int batch, int units) {
    for (int b = 0; b < batch; b++) {
      int r = 4 * units * b;
      int s = units * b;
      for (int j = 0; j < units; j++) {
        float i = Activations.sigmoid(gates[r + j]);
        float f = Activations.sigmoid(gates[r + units + j]);
        float o = Activations.sigmoid(gates[r + 2 * units + j]);
        float g = Activations.tanh(gates[r + 3 * units + j]);
        gates[r + j] = i;
        gates[r + units + j] = f;
        gates[r + 2 * units + j] = o;
        gates[r + 3 * units + j] = g;
        float cj = f * cPrev[s + j] + i * g;
        float tc = Activations.tanh(cj);
        c[s + j] = cj;
        tanhC[s + j] = tc;
        h[s + j] = o * tc;
      }
    }
  }

  @Override
  public void backward(int t, Matrix dhRows, Matrix gateRows) {
    dhRows.read(dh);
    if (t == steps - 1) {
      java.util.Arrays.fill(dc, 0, batch * units, 0f);
    }
    float[] a = gates[t];
    float[] cPrev = t == 0 ? zeros : cell[t - 1];
    float[] tc = tanhCell[t];
    int n = units;
    for (int b = 0; b < batch; b++) {
      int r = 4 * n * b;
      int s = n * b;
      for (int j = 0; j < n; j++) {
        float i = a[r + j];
        float f = a[r + n + j];
        float o = a[r + 2 * n + j];
        float g = a[r + 3 * n + j];
        float tcj = tc[s + j];
        float dhj = dh[s + j];
        float dcj = dc[s + j] + dhj * o * (1 - tcj * tcj);
        a[r + j] = dcj * g * i * (1 - i);
        a[r + n + j] = dcj * cPrev[s + j] * f * (1 - f);
        a[r + 2 * n + j] = dhj * tcj * o * (1 - o);
        a[r + 3 * n + j] = dcj * i * (1 - g * g);
        dc[s + j] = dcj * f;
      }
    }
    gateRows.write(a);
  }
}
