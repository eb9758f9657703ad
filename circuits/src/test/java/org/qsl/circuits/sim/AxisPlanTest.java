package org.qsl.circuits.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Operation;

class AxisPlanTest {

  private static FusedGate gate(int... qubits) {
    return FusedGate.of(new Operation(qubits.length == 1 ? Gates.SQRT_X : Gates.ISWAP, qubits));
  }

  @Test
  void gatesOnTheLeadingQubitsMoveNoAxes() {
    AxisPlan plan = AxisPlan.of(5, List.of(gate(0, 1), gate(1, 0), gate(1), gate(0)), 2);
    assertEquals(0, plan.moves());
    assertEquals(4, plan.products());
    // the gate on (1, 0) is applied in the axis order (0, 1): its matrix reordered
    assertEquals(0, plan.steps().get(1).matrix().distance(
        gate(1, 0).embedIn(new int[] {0, 1})), 0);
    // a one-qubit gate on the second axis spans two axes: widened to them
    assertEquals(2, plan.steps().get(2).matrix().qubits());
  }

  @Test
  void movesAxesOnlyWhenAGateLiesBeyondTheReach() {
    List<FusedGate> gates = List.of(gate(2, 3), gate(3, 2), gate(0));
    // reach 2: (2,3) moves them to the front, (3,2) then leads, (0) spans 3 axes and moves
    AxisPlan near = AxisPlan.of(4, gates, 2);
    assertEquals(2, near.moves());
    assertArrayEquals(new int[] {0, 2, 3, 1}, near.order());
    // reach 3: the first move also brings qubit 0, which the third gate needs, to the front
    AxisPlan far = AxisPlan.of(4, gates, 3);
    assertEquals(1, far.moves());
    List<AxisPlan.Step> steps = far.steps();
    assertArrayEquals(new int[] {2, 3, 0, 1}, steps.get(0).axes());
    assertNull(steps.get(1).axes());
    assertNull(steps.get(2).axes());
    assertEquals(3, steps.get(2).matrix().qubits());
    assertArrayEquals(new int[] {2, 3, 0, 1}, far.order());
  }

  @Test
  void projectIndexReadsEachAxisAsItsQubit() {
    // order 2,0,1: tensor index bits (axis 0..2) = q2 q0 q1; t = 0b100 sets q2 -> index 0b001
    assertEquals(0b001, AxisPlan.projectIndex(0b100, new int[] {2, 0, 1}));
    assertEquals(0b100, AxisPlan.projectIndex(0b010, new int[] {2, 0, 1}));
    assertEquals(0b011, AxisPlan.projectIndex(0b101, new int[] {2, 0, 1}));
  }

  @Test
  void appliesTheCircuitsUnitary() {
    // the plan's steps, done on a dense vector, give what the gates give in the project's order
    int n = 5;
    List<FusedGate> gates = new GateFuser(3).fuse(TestCircuits.everyGate(n, 40, 21));
    double[] psi = new double[2 << n];
    psi[0] = 1;
    double[] expected = GateFuserTest.apply(gates, n, psi);
    int[] order = {0, 1, 2, 3, 4};
    double[] state = psi;
    for (AxisPlan.Step step : AxisPlan.of(n, gates, 3).steps()) {
      if (step.axes() != null) {
        state = permute(state, n, step.axes());
        int[] moved = new int[n];
        for (int i = 0; i < n; i++) {
          moved[i] = order[step.axes()[i]];
        }
        order = moved;
      }
      if (step.matrix() != null) {
        // the leading k axes, as tensor positions 0..k-1
        int k = step.matrix().qubits();
        state = GateFuserTest.apply(List.of(new FusedGate(identityOrder(k), step.matrix(), 1)),
            n, state);
      }
    }
    for (int t = 0; t < 1 << n; t++) {
      int j = (int) AxisPlan.projectIndex(t, order);
      assertEquals(expected[2 * j], state[2 * t], 1e-12);
      assertEquals(expected[2 * j + 1], state[2 * t + 1], 1e-12);
    }
  }

  private static int[] identityOrder(int k) {
    int[] q = new int[k];
    for (int i = 0; i < k; i++) {
      q[i] = i;
    }
    return q;
  }

  /** Moves the axes of an interleaved n-qubit tensor: new axis i is old axis axes[i]. */
  private static double[] permute(double[] psi, int n, int[] axes) {
    double[] out = new double[psi.length];
    for (int j = 0; j < 1 << n; j++) {
      int from = 0;
      for (int i = 0; i < n; i++) {
        int bit = j >>> (n - 1 - i) & 1;
        from |= bit << (n - 1 - axes[i]);
      }
      out[2 * j] = psi[2 * from];
      out[2 * j + 1] = psi[2 * from + 1];
    }
    return out;
  }
}
