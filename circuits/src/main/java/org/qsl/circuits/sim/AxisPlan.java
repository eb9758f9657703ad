package org.qsl.circuits.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qsl.circuits.Unitary;

/**
 * The steps of an {@link Nd4jSimulator} run. The state is a tensor with one axis of size 2 per
 * qubit; a fused gate is applied as one matrix product on the leading axes, so its qubits must
 * lead. Moving axes copies the whole state, so the plan tracks where each qubit is instead of
 * restoring the order after every gate, and moves axes only when a gate's qubits do not all lie
 * within the leading {@code reach} axes. When it moves them, the gate's qubits go first, then
 * those of the following gates while they fit within the reach, so that those gates find theirs
 * leading too; the other qubits keep their relative order. A move thus takes at most
 * {@code max(reach, arity)} qubits to the front, which keeps the tensor's rank small once axes
 * that stay together are merged. The plan does not restore the order at the end: the final
 * order is converted when the state is read out.
 *
 * <p>Axis i of the tensor (counting from the most significant) holds qubit {@code order[i]}; in
 * the project's order qubit q is at axis q.
 */
final class AxisPlan {

  /**
   * One step: first, when {@code axes} is not null, move axes so that new axis i is old axis
   * {@code axes[i]}; then, when {@code matrix} is not null, multiply the leading
   * {@code matrix.qubits()} axes by it.
   */
  record Step(int[] axes, Unitary matrix) {}

  private final List<Step> steps;
  private final int moves;
  private final int[] order;

  private AxisPlan(List<Step> steps, int moves, int[] order) {
    this.steps = List.copyOf(steps);
    this.moves = moves;
    this.order = order;
  }

  /**
   * The plan for {@code gates} on {@code qubits} qubits, starting in the project's order.
   *
   * @param reach how many leading axes a gate may span without moving axes; a gate on fewer
   *     qubits is widened to them (a larger matrix instead of a copy of the state)
   */
  static AxisPlan of(int qubits, List<FusedGate> gates, int reach) {
    int[] order = identity(qubits);
    List<Step> steps = new ArrayList<>();
    int moves = 0;
    for (int g = 0; g < gates.size(); g++) {
      FusedGate gate = gates.get(g);
      int span = leadingSpan(order, gate);
      if (span <= Math.max(reach, gate.arity())) {
        steps.add(new Step(null, gate.embedIn(Arrays.copyOf(order, span))));
      } else {
        int[] next = orderFor(order, gates, g, reach);
        steps.add(new Step(axesFrom(order, next), gate.matrix()));
        order = next;
        moves++;
      }
    }
    return new AxisPlan(steps, moves, order);
  }

  /** The steps, in order. */
  List<Step> steps() {
    return steps;
  }

  /** The order of the axes after the last step: axis i holds qubit {@code order()[i]}. */
  int[] order() {
    return order.clone();
  }

  /** How many steps move axes (each a copy of the state). */
  int moves() {
    return moves;
  }

  /** How many steps multiply by a matrix (each a pass over the state). */
  int products() {
    return (int) steps.stream().filter(s -> s.matrix() != null).count();
  }

  /** The project's index of amplitude {@code t} of a tensor whose axis i holds order[i]. */
  static long projectIndex(long t, int[] order) {
    int n = order.length;
    long j = 0;
    for (int i = 0; i < n; i++) {
      j |= (t >>> (n - 1 - i) & 1) << (n - 1 - order[i]);
    }
    return j;
  }

  /** The number of leading axes that hold all of the gate's qubits. */
  private static int leadingSpan(int[] order, FusedGate gate) {
    int span = 0;
    for (int i = 0; i < gate.arity(); i++) {
      span = Math.max(span, Stage.indexOf(order, gate.qubit(i)) + 1);
    }
    return span;
  }

  /**
   * The order in which gate {@code g}'s qubits lead (in its matrix's order), followed by those of
   * the next gates while all of a gate's fit within the reach, then the rest as they were.
   */
  private static int[] orderFor(int[] order, List<FusedGate> gates, int g, int reach) {
    Set<Integer> next = new LinkedHashSet<>();
    for (int q : gates.get(g).qubits()) {
      next.add(q);
    }
    for (int i = g + 1; i < gates.size(); i++) {
      Set<Integer> wider = new LinkedHashSet<>(next);
      for (int q : gates.get(i).qubits()) {
        wider.add(q);
      }
      if (wider.size() > reach) {
        break;
      }
      next = wider;
    }
    for (int q : order) {
      next.add(q);
    }
    return next.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The axis permutation that turns a tensor in order {@code from} into order {@code to}. */
  private static int[] axesFrom(int[] from, int[] to) {
    int[] axes = new int[to.length];
    for (int i = 0; i < to.length; i++) {
      axes[i] = Stage.indexOf(from, to[i]);
    }
    return axes;
  }

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int q = 0; q < n; q++) {
      order[q] = q;
    }
    return order;
  }
}
