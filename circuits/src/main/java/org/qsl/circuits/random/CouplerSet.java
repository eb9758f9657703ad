package org.qsl.circuits.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The four sets of nearest-neighbour couplers of a rectangular grid that a Sycamore-style cycle
 * draws its two-qubit gates from. Each set holds every other horizontal or every other vertical
 * coupler, so its gates act on disjoint qubits. On the 3x4 grid (qubit r*4 + c):
 *
 * <pre>
 *   A: horizontal, left qubit in an odd column    1-2  5-6  9-10
 *   B: horizontal, left qubit in an even column   0-1  2-3  4-5  6-7  8-9  10-11
 *   C: vertical, upper qubit in an odd row        4-8  5-9  6-10  7-11
 *   D: vertical, upper qubit in an even row       0-4  1-5  2-6  3-7
 * </pre>
 *
 * <p>With these names the pattern ABCD reproduces the coupler sequence of the Sycamore
 * supremacy-dataset circuit {@code n12_m14_s0_e0_pEFGH}, whose file calls the same four sets
 * E, F, G, H; those letters are accepted as aliases.
 */
public enum CouplerSet {
  /** Horizontal couplers whose left qubit is in an odd column. */
  A(false, 1),
  /** Horizontal couplers whose left qubit is in an even column. */
  B(false, 0),
  /** Vertical couplers whose upper qubit is in an odd row. */
  C(true, 1),
  /** Vertical couplers whose upper qubit is in an even row. */
  D(true, 0);

  private final boolean vertical;
  private final int parity;

  CouplerSet(boolean vertical, int parity) {
    this.vertical = vertical;
    this.parity = parity;
  }

  /** True for vertical couplers (between rows), false for horizontal ones. */
  public boolean vertical() {
    return vertical;
  }

  /**
   * True when the coupler from site (row, col) to its right neighbour (horizontal sets) or its
   * lower neighbour (vertical sets) belongs to this set.
   */
  public boolean startsAt(int row, int col) {
    return (vertical ? row : col) % 2 == parity;
  }

  /**
   * The sets named by a pattern such as "ABCDCDAB" or "EFGH" (E-H stand for A-D).
   *
   * @throws IllegalArgumentException if the pattern is empty or has another character
   */
  public static List<CouplerSet> pattern(String letters) {
    if (letters.isEmpty()) {
      throw new IllegalArgumentException("empty coupler pattern: expected letters A-D (or E-H)"
          + " such as ABCDCDAB");
    }
    List<CouplerSet> sets = new ArrayList<>(letters.length());
    for (int i = 0; i < letters.length(); i++) {
      char ch = letters.charAt(i);
      if (ch < 'A' || ch > 'H') {
        throw new IllegalArgumentException("coupler pattern '" + letters + "': character '" + ch
            + "' at position " + (i + 1) + " is not a coupler set; expected letters A-D (or E-H)");
      }
      sets.add(values()[ch >= 'E' ? ch - 'E' : ch - 'A']);
    }
    return Collections.unmodifiableList(sets);
  }
}
