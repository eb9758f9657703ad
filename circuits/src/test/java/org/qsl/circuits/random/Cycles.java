package org.qsl.circuits.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Operation;

/**
 * A generated circuit read back as its cycles, checking the layer rules on the way: every
 * single-qubit layer covers qubits 0..n-1 in order with sqrt X, sqrt Y or sqrt W, never the gate
 * the qubit had in the previous layer, and the circuit ends with such a layer.
 */
record Cycles(List<List<Operation>> singleLayers, List<List<Operation>> twoQubitLayers) {

  static final List<Gate> SQRT_GATES = List.of(Gates.SQRT_X, Gates.SQRT_Y, Gates.SQRT_W);

  static Cycles of(Circuit c) {
    int n = c.qubits();
    List<List<Operation>> singles = new ArrayList<>();
    List<List<Operation>> couplers = new ArrayList<>();
    List<Operation> ops = c.operations();
    int i = 0;
    while (i < ops.size()) {
      List<Operation> layer = ops.subList(i, i + n);
      for (int q = 0; q < n; q++) {
        Operation op = layer.get(q);
        assertEquals(q, op.qubit(0), "layer " + singles.size());
        assertEquals(1, op.arity());
        assertTrue(SQRT_GATES.contains(op.gate()), op.toString());
        if (!singles.isEmpty()) {
          assertNotEquals(singles.get(singles.size() - 1).get(q).gate(), op.gate(),
              "qubit " + q + " repeats its gate in layer " + singles.size());
        }
      }
      singles.add(layer);
      i += n;
      int start = i;
      while (i < ops.size() && ops.get(i).arity() == 2) {
        i++;
      }
      if (i < ops.size() || start < i) {
        couplers.add(ops.subList(start, i));
      }
    }
    assertEquals(singles.size(), couplers.size() + 1, "the circuit must end with a single layer");
    return new Cycles(singles, couplers);
  }

  int cycles() {
    return twoQubitLayers.size();
  }

  /** The qubit pairs of cycle k's two-qubit gates, as "a-b" strings. */
  List<String> pairs(int cycle) {
    List<String> pairs = new ArrayList<>();
    for (Operation op : twoQubitLayers.get(cycle)) {
      pairs.add(op.qubit(0) + "-" + op.qubit(1));
    }
    return pairs;
  }
}
