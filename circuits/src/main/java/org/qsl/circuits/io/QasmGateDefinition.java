package org.qsl.circuits.io;

import java.util.List;

/**
 * A gate an OpenQASM program can apply: a built-in ({@code U}, {@code CX}), a gate of
 * {@code qelib1.inc}, a user's {@code gate} definition, or an {@code opaque} declaration.
 *
 * @param body the calls the gate expands to, in order; empty for built-in and opaque gates
 * @param line where it was defined (0 for built-ins)
 */
record QasmGateDefinition(
    String name, Origin origin, int parameters, int qubits, List<Call> body, int line) {

  /** Where a gate comes from, which decides how it becomes operations. */
  enum Origin {
    BUILT_IN,
    LIBRARY,
    USER,
    OPAQUE
  }

  /** A parameter expression of a gate body, evaluated with the enclosing gate's parameters. */
  @FunctionalInterface
  interface Expression {
    double evaluate(double[] parameters);
  }

  /**
   * One call in a gate body.
   *
   * @param qubits for each qubit of {@code gate}, the index of the enclosing gate's qubit argument
   */
  record Call(QasmGateDefinition gate, List<Expression> parameters, int[] qubits) {}

  QasmGateDefinition {
    body = List.copyOf(body);
  }

  /** True when {@code other} takes as many parameters and qubits. */
  boolean sameSignature(QasmGateDefinition other) {
    return parameters == other.parameters && qubits == other.qubits;
  }

  /** "takes 1 parameter(s) and 2 qubit(s)". */
  String signature() {
    return parameters + " parameter(s) and " + qubits + " qubit(s)";
  }
}
