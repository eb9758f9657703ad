package org.qsl.circuits;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable quantum circuit: a qubit count and an ordered list of operations, applied first to
 * last to |0...0>. Moments (layers of operations on disjoint qubits) are derived on demand.
 */
public final class Circuit {
  private final int qubits;
  private final List<Operation> operations;

  private Circuit(int qubits, List<Operation> operations) {
    this.qubits = qubits;
    this.operations = Collections.unmodifiableList(operations);
  }

  /**
   * A circuit from a list of operations.
   *
   * @throws IllegalArgumentException if {@code qubits < 1} or an operation touches a qubit outside
   *     {@code 0 .. qubits-1}
   */
  public static Circuit of(int qubits, List<Operation> operations) {
    Builder b = builder(qubits);
    operations.forEach(b::add);
    return b.build();
  }

  /** A builder for a circuit on {@code qubits} qubits. */
  public static Builder builder(int qubits) {
    return new Builder(qubits);
  }

  /** Number of qubits n; states have 2^n amplitudes. */
  public int qubits() {
    return qubits;
  }

  /** The operations in application order (unmodifiable). */
  public List<Operation> operations() {
    return operations;
  }

  /** Number of operations. */
  public int size() {
    return operations.size();
  }

  /** Number of operations acting on two or more qubits. */
  public int multiQubitGateCount() {
    return (int) operations.stream().filter(op -> op.arity() > 1).count();
  }

  /**
   * The operations grouped into moments, each placed as early as possible after the previous
   * operations on its qubits (the order of operations on each qubit is kept).
   */
  public List<List<Operation>> moments() {
    int[] nextFree = new int[qubits];
    List<List<Operation>> moments = new ArrayList<>();
    for (Operation op : operations) {
      int t = 0;
      for (int q : op.qubits()) {
        t = Math.max(t, nextFree[q]);
      }
      while (moments.size() <= t) {
        moments.add(new ArrayList<>());
      }
      moments.get(t).add(op);
      for (int q : op.qubits()) {
        nextFree[q] = t + 1;
      }
    }
    moments.replaceAll(Collections::unmodifiableList);
    return Collections.unmodifiableList(moments);
  }

  /** Number of moments. */
  public int depth() {
    return moments().size();
  }

  /** The inverse circuit: inverse operations in reverse order. */
  public Circuit inverse() {
    List<Operation> inv = new ArrayList<>(operations.size());
    for (int i = operations.size() - 1; i >= 0; i--) {
      inv.add(operations.get(i).inverse());
    }
    return new Circuit(qubits, inv);
  }

  /** This circuit followed by {@code next}, on the larger of the two qubit counts. */
  public Circuit then(Circuit next) {
    List<Operation> ops = new ArrayList<>(operations);
    ops.addAll(next.operations);
    return new Circuit(Math.max(qubits, next.qubits), ops);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Circuit c && c.qubits == qubits && c.operations.equals(operations);
  }

  @Override
  public int hashCode() {
    return 31 * qubits + operations.hashCode();
  }

  @Override
  public String toString() {
    return "Circuit(" + qubits + " qubits, " + operations.size() + " operations, depth " + depth()
        + ")";
  }

  /** Collects operations in order; {@link #build()} checks nothing is out of range. */
  public static final class Builder {
    private final int qubits;
    private final List<Operation> operations = new ArrayList<>();

    private Builder(int qubits) {
      if (qubits < 1) {
        throw new IllegalArgumentException("a circuit needs at least 1 qubit, got " + qubits);
      }
      this.qubits = qubits;
    }

    /** Appends an operation. */
    public Builder add(Operation op) {
      for (int q : op.qubits()) {
        if (q >= qubits) {
          throw new IllegalArgumentException(
              "qubit " + q + " out of range for a " + qubits + "-qubit circuit (0.." + (qubits - 1)
                  + ")");
        }
      }
      operations.add(op);
      return this;
    }

    /** Appends {@code gate} on {@code targets}. */
    public Builder add(Gate gate, int... targets) {
      return add(new Operation(gate, targets));
    }

    /** Appends every operation of {@code circuit}. */
    public Builder addAll(Circuit circuit) {
      circuit.operations().forEach(this::add);
      return this;
    }

    /** The circuit. */
    public Circuit build() {
      return new Circuit(qubits, new ArrayList<>(operations));
    }
  }
}
