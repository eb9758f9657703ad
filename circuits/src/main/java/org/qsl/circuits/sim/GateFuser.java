package org.qsl.circuits.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Operation;

/**
 * Merges consecutive gates of a circuit into fused gates on at most k qubits, as qsim's fuser does:
 * a simulator then makes one pass over the state per fused gate instead of one per gate.
 *
 * <ol>
 *   <li>Runs of one-qubit gates on a qubit are multiplied together (every k).
 *   <li>For k &ge; 2, each such run is merged into the next two-qubit gate on its qubit, or, after
 *       the last one, into the previous one.
 *   <li>For k &ge; 3, each fused gate is merged into the latest earlier fused gate that shares a
 *       qubit with it while their union has at most k qubits. Nothing that acts on its qubits lies
 *       between the two, so moving it up keeps the circuit's unitary.
 * </ol>
 *
 * Gates on more than k qubits stay as they are. The result depends only on the circuit and k.
 */
public final class GateFuser {
  /** The largest fusion size: a 32x32 matrix per fused gate. */
  public static final int MAX_QUBITS = 6;

  private final int maxQubits;

  /**
   * @param maxQubits k, the most qubits of a fused gate, 1..{@value #MAX_QUBITS}
   */
  public GateFuser(int maxQubits) {
    if (maxQubits < 1 || maxQubits > MAX_QUBITS) {
      throw new IllegalArgumentException(
          "fusion size must be 1.." + MAX_QUBITS + ", got " + maxQubits);
    }
    this.maxQubits = maxQubits;
  }

  /** The fusion size k. */
  public int maxQubits() {
    return maxQubits;
  }

  /** The fused gates of {@code circuit}, in an order that applies its unitary. */
  public List<FusedGate> fuse(Circuit circuit) {
    List<FusedGate> attached = attachOneQubitGates(circuit);
    return maxQubits >= 3 ? mergeNeighbours(attached) : attached;
  }

  /** Steps 1 and 2. */
  private List<FusedGate> attachOneQubitGates(Circuit circuit) {
    int n = circuit.qubits();
    FusedGate[] pending = new FusedGate[n];
    int[] lastMulti = new int[n];
    Arrays.fill(lastMulti, -1);
    List<FusedGate> out = new ArrayList<>();
    for (Operation op : circuit.operations()) {
      FusedGate g = FusedGate.of(op);
      if (op.arity() == 1) {
        int q = op.qubit(0);
        pending[q] = pending[q] == null ? g : pending[q].then(g);
        continue;
      }
      boolean absorb = maxQubits >= op.arity();
      for (int i = 0; i < op.arity(); i++) {
        int q = op.qubit(i);
        if (pending[q] != null) {
          if (absorb) {
            g = pending[q].then(g);
          } else {
            out.add(pending[q]);
          }
          pending[q] = null;
        }
      }
      out.add(g);
      for (int q : op.qubits()) {
        lastMulti[q] = out.size() - 1;
      }
    }
    for (int q = 0; q < n; q++) {
      if (pending[q] == null) {
        continue;
      }
      int last = lastMulti[q];
      if (last >= 0 && out.get(last).arity() <= maxQubits) {
        // nothing acts on q after that gate, so the run commutes up to it
        out.set(last, out.get(last).then(pending[q]));
      } else {
        out.add(pending[q]);
      }
    }
    return out;
  }

  /** Step 3. */
  private List<FusedGate> mergeNeighbours(List<FusedGate> gates) {
    List<FusedGate> out = new ArrayList<>();
    int[] lastToucher = new int[maxQubitIndex(gates) + 1];
    Arrays.fill(lastToucher, -1);
    for (FusedGate g : gates) {
      int latest = -1;
      for (int i = 0; i < g.arity(); i++) {
        latest = Math.max(latest, lastToucher[g.qubit(i)]);
      }
      if (latest >= 0 && unionSize(out.get(latest), g) <= maxQubits) {
        out.set(latest, out.get(latest).then(g));
      } else {
        out.add(g);
        latest = out.size() - 1;
      }
      for (int i = 0; i < g.arity(); i++) {
        lastToucher[g.qubit(i)] = latest;
      }
    }
    return out;
  }

  private static int unionSize(FusedGate a, FusedGate b) {
    int size = a.arity();
    for (int i = 0; i < b.arity(); i++) {
      if (!a.actsOn(b.qubit(i))) {
        size++;
      }
    }
    return size;
  }

  private static int maxQubitIndex(List<FusedGate> gates) {
    int max = 0;
    for (FusedGate g : gates) {
      for (int i = 0; i < g.arity(); i++) {
        max = Math.max(max, g.qubit(i));
      }
    }
    return max;
  }
}
