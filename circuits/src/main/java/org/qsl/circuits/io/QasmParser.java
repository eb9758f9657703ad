package org.qsl.circuits.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.io.QasmCircuitBuilder.Argument;
import org.qsl.circuits.io.QasmGateDefinition.Call;
import org.qsl.circuits.io.QasmGateDefinition.Expression;
import org.qsl.circuits.io.QasmGateDefinition.Origin;
import org.qsl.circuits.io.QasmLexer.Token;

/**
 * Recursive-descent parser of OpenQASM 2.0. Gate definitions are checked where they are written
 * (every gate they call is defined, counts match, names are their own arguments), so applying a
 * gate later cannot fail inside its body. Statements of the program go to a
 * {@link QasmCircuitBuilder} as they are read.
 */
final class QasmParser {
  /** Statement keywords; inside a gate body they mean a '}' is missing. */
  private static final Set<String> STATEMENTS =
      Set.of("OPENQASM", "include", "qreg", "creg", "gate", "opaque", "measure", "reset", "if");

  private final QasmTokens in;
  private final QasmCircuitBuilder circuit;
  private final Origin definedOrigin;
  private final Map<String, QasmGateDefinition> gates = new HashMap<>();
  private boolean included;

  private QasmParser(String text, String source, QasmCircuitBuilder circuit, Origin definedOrigin) {
    this.in = new QasmTokens(text, source);
    this.circuit = circuit;
    this.definedOrigin = definedOrigin;
    gates.put("U", new QasmGateDefinition("U", Origin.BUILT_IN, 3, 1, List.of(), 0));
    gates.put("CX", new QasmGateDefinition("CX", Origin.BUILT_IN, 0, 2, List.of(), 0));
  }

  /** Reads a whole program into a circuit. */
  static Circuit program(String text, String source, boolean mapLibraryGates) {
    QasmParser p = new QasmParser(text, source,
        new QasmCircuitBuilder(source, mapLibraryGates), Origin.USER);
    p.header();
    while (!p.in.atEnd()) {
      p.statement();
    }
    return p.circuit.build(p.in.peek());
  }

  /** Reads a file of gate definitions only, such as qelib1.inc. */
  static Map<String, QasmGateDefinition> library(String text, String source) {
    QasmParser p = new QasmParser(text, source, null, Origin.LIBRARY);
    Map<String, QasmGateDefinition> library = new LinkedHashMap<>();
    while (!p.in.atEnd()) {
      Token t = p.in.next();
      if (!t.is("gate")) {
        throw p.in.error(t, "expected a gate definition, found " + t.describe());
      }
      QasmGateDefinition g = p.gateDeclaration(false);
      library.put(g.name(), g);
    }
    return Collections.unmodifiableMap(library);
  }

  // ------------------------------------------------------------------ statements

  private void header() {
    Token t = in.next();
    if (!t.is("OPENQASM")) {
      throw in.error(t, "expected 'OPENQASM 2.0;' as the first statement, found " + t.describe());
    }
    Token version = in.next();
    if (!version.is("2.0") && !version.is("2")) {
      throw in.error(version, "expected version 2.0 after OPENQASM (only OpenQASM 2.0 is "
          + "supported), found " + version.describe());
    }
    in.semicolon();
  }

  private void statement() {
    Token t = in.next();
    if (t.kind() != QasmLexer.Kind.IDENTIFIER) {
      throw in.error(t, "expected a statement (include, qreg, creg, gate, opaque, barrier, measure "
          + "or a gate application), found " + t.describe());
    }
    switch (t.text()) {
      case "include" -> include();
      case "qreg", "creg" -> {
        Token name = in.identifier("a register name");
        in.expect("[", "'[' and the register size");
        int size = in.natural("the register size");
        in.expect("]", "']'");
        in.semicolon();
        circuit.declare(name, size, t.is("qreg"));
      }
      case "gate", "opaque" -> gateDeclaration(t.is("opaque"));
      case "barrier" -> {
        List<Argument> arguments = arguments();
        in.semicolon();
        circuit.barrier(arguments);
      }
      case "measure" -> {
        Argument qubit = argument();
        in.expect("->", "'->' and the classical bit or register");
        Argument bit = argument();
        in.semicolon();
        circuit.measure(qubit, bit, t);
      }
      case "reset" -> throw in.error(t,
          "reset is not supported: a Circuit is a unitary applied to |0...0>");
      case "if" -> throw in.error(t, "classically controlled operations ('if') are not supported: "
          + "a Circuit holds unitary operations only");
      case "OPENQASM" ->
          throw in.error(t, "'OPENQASM' may appear only once, as the first statement");
      default -> application(t);
    }
  }

  private void include() {
    Token file = in.next();
    if (file.kind() != QasmLexer.Kind.STRING) {
      throw in.error(file, "expected a quoted file name after include, found " + file.describe());
    }
    in.semicolon();
    String name = file.text().substring(1, file.text().length() - 1);
    if (!name.equals(Qelib1.FILE)) {
      throw in.error(file, "cannot include \"" + name + "\": only \"" + Qelib1.FILE
          + "\" is supported; copy the file's gate definitions into the program instead");
    }
    if (!included) {
      included = true;
      for (QasmGateDefinition g : Qelib1.definitions().values()) {
        QasmGateDefinition mine = gates.get(g.name());
        if (mine == null) {
          gates.put(g.name(), g);
        } else if (!mine.sameSignature(g)) {
          throw in.error(file, "gate '" + g.name() + "' defined on line " + mine.line()
              + " takes " + mine.signature() + ", but the one in " + Qelib1.FILE + " takes "
              + g.signature());
        }
      }
    }
  }

  private void application(Token name) {
    QasmGateDefinition gate = gate(name);
    List<Expression> parameters = QasmExpressions.parameters(in, Map.of());
    List<Argument> arguments = arguments();
    in.semicolon();
    checkCounts(name, gate, parameters.size(), arguments.size());
    double[] values = new double[parameters.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = parameters.get(i).evaluate(new double[0]);
    }
    circuit.apply(gate, values, arguments, name);
  }

  private List<Argument> arguments() {
    List<Argument> arguments = new ArrayList<>();
    arguments.add(argument());
    while (in.peek().is(",")) {
      in.next();
      arguments.add(argument());
    }
    return arguments;
  }

  private Argument argument() {
    Token name = in.identifier("a register or qubit such as q or q[0]");
    if (!in.peek().is("[")) {
      return new Argument(name, null, -1);
    }
    in.next();
    Token index = in.peek();
    int value = in.natural("an index");
    in.expect("]", "']'");
    return new Argument(name, index, value);
  }

  // ------------------------------------------------------------------ gate definitions

  /** Parses what follows the 'gate' or 'opaque' keyword. */
  private QasmGateDefinition gateDeclaration(boolean opaque) {
    Token name = in.identifier("a gate name");
    List<Token> parameterNames = List.of();
    if (in.peek().is("(")) {
      in.next();
      parameterNames = in.peek().is(")") ? List.of() : names("a parameter name");
      in.expect(")", "')' after the parameter names");
    }
    List<Token> qubitNames = names("a qubit argument name");
    Map<String, Integer> parameters = indices(parameterNames, Map.of());
    Map<String, Integer> qubits = indices(qubitNames, parameters);
    checkDefinable(name, parameters.size(), qubits.size());
    if (opaque) {
      in.semicolon();
      return define(new QasmGateDefinition(name.text(), Origin.OPAQUE, parameters.size(),
          qubits.size(), List.of(), name.line()));
    }
    Token open = in.expect("{", "'{' to open the body of gate '" + name.text() + "'");
    List<Call> body = new ArrayList<>();
    while (!in.peek().is("}")) {
      Token t = in.next();
      if (t.kind() == QasmLexer.Kind.END || STATEMENTS.contains(t.text())) {
        throw in.error(t, "expected '}' to close the body of gate '" + name.text() + "' opened at "
            + open.line() + ":" + open.column() + ", found " + t.describe()
            + " (a gate body holds only gate applications and barriers)");
      }
      if (t.is("barrier")) {
        for (Token q : names("a qubit argument name")) {
          qubitIndex(q, qubits, name);
        }
        in.semicolon();
      } else {
        body.add(call(t, parameters, qubits, name));
      }
    }
    in.next();
    return define(new QasmGateDefinition(name.text(), definedOrigin, parameters.size(),
        qubits.size(), body, name.line()));
  }

  private Call call(Token name, Map<String, Integer> parameters, Map<String, Integer> qubits,
      Token enclosing) {
    if (name.kind() != QasmLexer.Kind.IDENTIFIER) {
      throw in.error(name, "expected a gate application in the body of gate '" + enclosing.text()
          + "', found " + name.describe());
    }
    QasmGateDefinition gate = gate(name);
    List<Expression> arguments = QasmExpressions.parameters(in, parameters);
    List<Token> qubitNames = names("a qubit argument name");
    in.semicolon();
    checkCounts(name, gate, arguments.size(), qubitNames.size());
    int[] targets = new int[qubitNames.size()];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = qubitIndex(qubitNames.get(i), qubits, enclosing);
      for (int j = 0; j < i; j++) {
        if (targets[j] == targets[i]) {
          throw in.error(qubitNames.get(i), "qubit argument '" + qubitNames.get(i).text()
              + "' appears twice in one application of '" + name.text() + "'");
        }
      }
    }
    return new Call(gate, arguments, targets);
  }

  private int qubitIndex(Token q, Map<String, Integer> qubits, Token enclosing) {
    Integer i = qubits.get(q.text());
    if (i == null) {
      throw in.error(q, "'" + q.text() + "' is not a qubit argument of gate '" + enclosing.text()
          + "' (" + String.join(", ", qubits.keySet()) + "); a gate body can use only those");
    }
    return i;
  }

  /**
   * Refuses a name already taken, except that a program may redefine a qelib1.inc gate with the
   * same signature (exporters that target the original qelib1.inc define sx, rzz, ... themselves).
   */
  private void checkDefinable(Token name, int parameters, int qubits) {
    QasmGateDefinition old = gates.get(name.text());
    if (old == null || old.origin() == Origin.LIBRARY && old.parameters() == parameters
        && old.qubits() == qubits) {
      return;
    }
    String why = old.origin() == Origin.BUILT_IN ? "it is built in"
        : old.origin() == Origin.LIBRARY ? Qelib1.FILE + " defines it with " + old.signature()
        : "it is already defined on line " + old.line();
    throw in.error(name, "cannot define gate '" + name.text() + "': " + why);
  }

  private QasmGateDefinition define(QasmGateDefinition g) {
    gates.put(g.name(), g);
    return g;
  }

  private QasmGateDefinition gate(Token name) {
    QasmGateDefinition g = gates.get(name.text());
    if (g != null) {
      return g;
    }
    String hint = circuit != null && !included && Qelib1.definitions().containsKey(name.text())
        ? "; it is defined in " + Qelib1.FILE + ": add 'include \"" + Qelib1.FILE + "\";'"
        : "; gates must be defined (gate ...) before they are used";
    throw in.error(name, "unknown gate '" + name.text() + "'" + hint);
  }

  private void checkCounts(Token name, QasmGateDefinition g, int parameters, int qubits) {
    if (parameters != g.parameters()) {
      throw in.error(name, "gate '" + g.name() + "' takes " + g.parameters()
          + " parameter(s), found " + parameters);
    }
    if (qubits != g.qubits()) {
      throw in.error(name, "gate '" + g.name() + "' acts on " + g.qubits() + " qubit(s), found "
          + qubits);
    }
  }

  /** Name -> position, refusing repeats and names already taken by {@code taken}. */
  private Map<String, Integer> indices(List<Token> names, Map<String, Integer> taken) {
    Map<String, Integer> indices = new LinkedHashMap<>();
    for (Token n : names) {
      if (indices.containsKey(n.text()) || taken.containsKey(n.text())) {
        throw in.error(n, "argument name '" + n.text() + "' is used twice in one gate declaration");
      }
      indices.put(n.text(), indices.size());
    }
    return indices;
  }

  private List<Token> names(String what) {
    List<Token> names = new ArrayList<>();
    names.add(in.identifier(what));
    while (in.peek().is(",")) {
      in.next();
      names.add(in.identifier(what));
    }
    return names;
  }
}
