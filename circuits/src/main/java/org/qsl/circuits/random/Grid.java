package org.qsl.circuits.random;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Qubits on the sites of a rectangular grid: all of them, or a chosen subset. Site (r, c) has
 * number r*cols + c; the qubits are the used sites numbered in that order, so on a full grid qubit
 * r*cols + c sits at (r, c). Couplers join horizontal and vertical neighbours that are both used.
 */
public final class Grid {
  private final int rows;
  private final int cols;
  /** Qubit of each site, -1 for an unused site. */
  private final int[] qubitAt;
  private final int qubits;

  private Grid(int rows, int cols, boolean[] used) {
    this.rows = rows;
    this.cols = cols;
    this.qubitAt = new int[rows * cols];
    int q = 0;
    for (int s = 0; s < qubitAt.length; s++) {
      qubitAt[s] = used[s] ? q++ : -1;
    }
    if (q == 0) {
      throw new IllegalArgumentException("a grid needs at least one qubit");
    }
    this.qubits = q;
  }

  /**
   * Every site of a rows x cols grid.
   *
   * @throws IllegalArgumentException if a side is below 1 or the grid has more than 2^20 sites
   */
  public static Grid rectangle(int rows, int cols) {
    requireShape(rows, cols);
    boolean[] used = new boolean[rows * cols];
    Arrays.fill(used, true);
    return new Grid(rows, cols, used);
  }

  /**
   * The given sites (numbered r*cols + c) of a rows x cols grid.
   *
   * @throws IllegalArgumentException if a site is outside the grid or repeats, or none is given
   */
  public static Grid sites(int rows, int cols, int... sites) {
    requireShape(rows, cols);
    boolean[] used = new boolean[rows * cols];
    for (int s : sites) {
      if (s < 0 || s >= used.length) {
        throw new IllegalArgumentException("site " + s + " is outside the " + rows + "x" + cols
            + " grid (sites 0.." + (used.length - 1) + ")");
      }
      if (used[s]) {
        throw new IllegalArgumentException("site " + s + " is listed twice");
      }
      used[s] = true;
    }
    return new Grid(rows, cols, used);
  }

  private static void requireShape(int rows, int cols) {
    if (rows < 1 || cols < 1 || (long) rows * cols > 1 << 20) {
      throw new IllegalArgumentException("a grid needs 1 to 2^20 sites with both sides at least 1,"
          + " got " + rows + "x" + cols);
    }
  }

  /** Number of rows. */
  public int rows() {
    return rows;
  }

  /** Number of columns. */
  public int cols() {
    return cols;
  }

  /** Number of qubits (used sites). */
  public int qubits() {
    return qubits;
  }

  /** The qubit at (row, col), or -1 if that site is unused or outside the grid. */
  public int qubit(int row, int col) {
    if (row < 0 || row >= rows || col < 0 || col >= cols) {
      return -1;
    }
    return qubitAt[row * cols + col];
  }

  /**
   * The qubit pairs of the couplers in {@code set} whose two sites are used, each as
   * {first, second} with the left or upper qubit first, in site order.
   */
  public List<int[]> couplers(CouplerSet set) {
    List<int[]> pairs = new ArrayList<>();
    int dr = set.vertical() ? 1 : 0;
    int dc = 1 - dr;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int a = qubit(r, c);
        int b = qubit(r + dr, c + dc);
        if (a >= 0 && b >= 0 && set.startsAt(r, c)) {
          pairs.add(new int[] {a, b});
        }
      }
    }
    return pairs;
  }

  @Override
  public String toString() {
    return rows + "x" + cols + " grid with " + qubits + " qubits";
  }
}
