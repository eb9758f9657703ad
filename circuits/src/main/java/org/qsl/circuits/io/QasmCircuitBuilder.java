package org.qsl.circuits.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Operation;
import org.qsl.circuits.io.QasmGateDefinition.Call;
import org.qsl.circuits.io.QasmGateDefinition.Origin;
import org.qsl.circuits.io.QasmLexer.Token;

/**
 * Turns the statements of an OpenQASM program into a {@link Circuit}: registers are concatenated
 * in declaration order into qubit indices, gate applications are broadcast over registers and
 * expanded into one- and two-qubit operations, and measurements are checked to be terminal.
 */
final class QasmCircuitBuilder {

  /** A qubit or bit argument: {@code q[3]}, or a whole register {@code q} when index is null. */
  record Argument(Token name, Token index, int value) {
    @Override
    public String toString() {
      return index == null ? name.text() : name.text() + "[" + value + "]";
    }
  }

  private record Register(String name, int offset, int size, int line) {}

  private final String source;
  private final boolean mapLibraryGates;
  private final Map<String, Register> qregs = new LinkedHashMap<>();
  private final Map<String, Register> cregs = new HashMap<>();
  private final List<Operation> operations = new ArrayList<>();
  private final Map<Integer, Integer> measuredOnLine = new HashMap<>();
  private int qubits;

  /**
   * @param mapLibraryGates whether qelib1 gates become named gates where there is one (else every
   *     gate is expanded down to U and CX)
   */
  QasmCircuitBuilder(String source, boolean mapLibraryGates) {
    this.source = source;
    this.mapLibraryGates = mapLibraryGates;
  }

  void declare(Token name, int size, boolean quantum) {
    Register old = qregs.containsKey(name.text()) ? qregs.get(name.text()) : cregs.get(name.text());
    if (old != null) {
      throw error(name, "register '" + name.text() + "' is already declared on line " + old.line());
    }
    if (size < 1) {
      throw error(name, "register '" + name.text() + "' needs a size of at least 1, found " + size);
    }
    if (quantum) {
      if (size > Integer.MAX_VALUE - qubits) {
        throw error(name, "too many qubits: " + qubits + " + " + size + " do not fit an int");
      }
      qregs.put(name.text(), new Register(name.text(), qubits, size, name.line()));
      qubits += size;
    } else {
      cregs.put(name.text(), new Register(name.text(), 0, size, name.line()));
    }
  }

  /**
   * Applies {@code gate}, broadcast over the registers among {@code arguments}: {@code cx a, b}
   * with registers of size m is m applications {@code cx a[j], b[j]}; single qubits are repeated.
   */
  void apply(QasmGateDefinition gate, double[] parameters, List<Argument> arguments, Token at) {
    int[][] resolved = new int[arguments.size()][];
    Argument register = null;
    int repeats = 1;
    for (int i = 0; i < resolved.length; i++) {
      Argument a = arguments.get(i);
      resolved[i] = resolve(a, qregs, "qreg");
      if (a.index() == null) {
        if (register != null && resolved[i].length != repeats) {
          throw error(a.name(), "register '" + a + "' has " + resolved[i].length
              + " qubits but register '" + register + "' has " + repeats
              + ": registers in one gate application must have equal sizes");
        }
        register = a;
        repeats = resolved[i].length;
      }
    }
    for (int j = 0; j < repeats; j++) {
      int[] targets = new int[resolved.length];
      for (int i = 0; i < targets.length; i++) {
        targets[i] = arguments.get(i).index() == null ? resolved[i][j] : resolved[i][0];
        for (int k = 0; k < i; k++) {
          if (targets[k] == targets[i]) {
            throw error(arguments.get(i).name(), "qubit " + label(targets[i])
                + " appears twice in one application of '" + gate.name() + "'");
          }
        }
      }
      expand(gate, parameters, targets, at);
    }
  }

  /** Records a measurement; no gate may act on the qubit afterwards. */
  void measure(Argument qubit, Argument bit, Token at) {
    int[] q = resolve(qubit, qregs, "qreg");
    int[] c = resolve(bit, cregs, "creg");
    if ((qubit.index() == null) != (bit.index() == null) || q.length != c.length) {
      throw error(at, "measure needs a qubit and a bit, or a qreg and a creg of equal size; found "
          + qubit + " (" + q.length + " qubit(s)) -> " + bit + " (" + c.length + " bit(s))");
    }
    for (int x : q) {
      measuredOnLine.putIfAbsent(x, at.line());
    }
  }

  /** A barrier changes no state; its arguments are still checked. */
  void barrier(List<Argument> arguments) {
    for (Argument a : arguments) {
      resolve(a, qregs, "qreg");
    }
  }

  Circuit build(Token end) {
    if (qubits == 0) {
      throw error(end, "no qreg declared: expected at least one 'qreg name[size];'");
    }
    return Circuit.of(qubits, operations);
  }

  private void expand(QasmGateDefinition gate, double[] parameters, int[] targets, Token at) {
    for (double p : parameters) {
      if (!Double.isFinite(p)) {
        throw error(at, "a parameter of gate '" + gate.name() + "' evaluates to " + p);
      }
    }
    Gate named = gate.origin() == Origin.LIBRARY && mapLibraryGates
        ? Qelib1.named(gate.name(), parameters) : null;
    if (named != null) {
      emit(named, targets, at);
    } else if (gate.origin() == Origin.BUILT_IN) {
      emit(gate.name().equals("U") ? Qelib1.u(parameters[0], parameters[1], parameters[2])
          : Gates.CNOT, targets, at);
    } else if (gate.origin() == Origin.OPAQUE) {
      throw error(at, "gate '" + gate.name() + "' is opaque (declared on line " + gate.line()
          + "): it has no definition to simulate");
    } else {
      for (Call call : gate.body()) {
        double[] values = new double[call.parameters().size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = call.parameters().get(i).evaluate(parameters);
        }
        int[] qubits = new int[call.qubits().length];
        for (int i = 0; i < qubits.length; i++) {
          qubits[i] = targets[call.qubits()[i]];
        }
        expand(call.gate(), values, qubits, at);
      }
    }
  }

  private void emit(Gate gate, int[] targets, Token at) {
    for (int q : targets) {
      Integer line = measuredOnLine.get(q);
      if (line != null) {
        throw error(at, "qubit " + label(q) + " was measured on line " + line
            + "; only terminal measurements are supported");
      }
    }
    operations.add(new Operation(gate, targets));
  }

  /** The global indices an argument stands for, checking the register and the index. */
  private int[] resolve(Argument a, Map<String, Register> registers, String kind) {
    Register r = registers.get(a.name().text());
    if (r == null) {
      boolean other = (registers == qregs ? cregs : qregs).containsKey(a.name().text());
      throw error(a.name(), other ? "'" + a.name().text() + "' is a "
          + (kind.equals("qreg") ? "creg" : "qreg") + ", expected a " + kind
          : "undeclared " + kind + " '" + a.name().text() + "'");
    }
    if (a.index() == null) {
      int[] all = new int[r.size()];
      for (int j = 0; j < all.length; j++) {
        all[j] = r.offset() + j;
      }
      return all;
    }
    if (a.value() >= r.size()) {
      throw error(a.index(), "index " + a.value() + " out of range: " + kind + " " + r.name()
          + "[" + r.size() + "] has indices 0.." + (r.size() - 1));
    }
    return new int[] {r.offset() + a.value()};
  }

  /** q[3] for a global qubit index. */
  private String label(int qubit) {
    for (Register r : qregs.values()) {
      if (qubit < r.offset() + r.size()) {
        return r.name() + "[" + (qubit - r.offset()) + "]";
      }
    }
    throw new AssertionError(qubit);
  }

  private InputFormatException error(Token at, String problem) {
    return new InputFormatException(source, at.line(), at.column(), problem);
  }
}
