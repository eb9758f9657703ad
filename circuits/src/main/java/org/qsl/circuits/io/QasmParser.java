package org.qsl.circuits.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.io.QasmCircuitBuilder.Argument;
import org.qsl.circuits.io.QasmGateDefinition.Call;
import org.qsl.circuits.io.QasmGateDefinition.Expression;
import org.qsl.circuits.io.QasmGateDefinition.Kind;
import org.qsl.circuits.io.QasmLexer.Token;

/**
 * Recursive-descent parser of OpenQASM 2.0. Gate definitions are checked where they are written
 * (every gate they call is defined, counts match, names are their own arguments), so applying a
 * gate later cannot fail inside its body. Statements of the program go to a
 * {@link QasmCircuitBuilder} as they are read.
 */
final class QasmParser {
  private static final Map<String, DoubleUnaryOperator> FUNCTIONS = Map.of(
      "sin", Math::sin, "cos", Math::cos, "tan", Math::tan, "exp", Math::exp, "ln", Math::log,
      "sqrt", Math::sqrt);

  /** Statement keywords; inside a gate body they mean a '}' is missing. */
  private static final Set<String> STATEMENTS =
      Set.of("OPENQASM", "include", "qreg", "creg", "gate", "opaque", "measure", "reset", "if");

  private final String source;
  private final List<Token> tokens;
  private final QasmCircuitBuilder circuit;
  private final Kind definedKind;
  private final Map<String, QasmGateDefinition> gates = new HashMap<>();
  private boolean included;
  private int next;

  private QasmParser(String text, String source, QasmCircuitBuilder circuit, Kind definedKind) {
    this.source = source;
    this.tokens = QasmLexer.tokenize(text, source);
    this.circuit = circuit;
    this.definedKind = definedKind;
    gates.put("U", new QasmGateDefinition("U", Kind.BUILT_IN, 3, 1, List.of(), 0));
    gates.put("CX", new QasmGateDefinition("CX", Kind.BUILT_IN, 0, 2, List.of(), 0));
  }

  /** Reads a whole program into a circuit. */
  static Circuit program(String text, String source, boolean mapLibraryGates) {
    QasmParser p = new QasmParser(text, source,
        new QasmCircuitBuilder(source, mapLibraryGates), Kind.USER);
    p.header();
    while (p.peek().kind() != QasmLexer.Kind.END) {
      p.statement();
    }
    return p.circuit.build(p.peek());
  }

  /** Reads a file of gate definitions only, such as qelib1.inc. */
  static Map<String, QasmGateDefinition> library(String text, String source) {
    QasmParser p = new QasmParser(text, source, null, Kind.LIBRARY);
    Map<String, QasmGateDefinition> library = new LinkedHashMap<>();
    while (p.peek().kind() != QasmLexer.Kind.END) {
      Token t = p.next();
      if (!t.is("gate")) {
        throw p.error(t, "expected a gate definition, found " + t.describe());
      }
      QasmGateDefinition g = p.gateDeclaration(false);
      library.put(g.name(), g);
    }
    return Collections.unmodifiableMap(library);
  }

  // ------------------------------------------------------------------ statements

  private void header() {
    Token t = next();
    if (!t.is("OPENQASM")) {
      throw error(t, "expected 'OPENQASM 2.0;' as the first statement, found " + t.describe());
    }
    Token version = next();
    if (!version.is("2.0") && !version.is("2")) {
      throw error(version, "expected version 2.0 after OPENQASM (only OpenQASM 2.0 is "
          + "supported), found " + version.describe());
    }
    semicolon();
  }

  private void statement() {
    Token t = next();
    if (t.kind() != QasmLexer.Kind.IDENTIFIER) {
      throw error(t, "expected a statement (include, qreg, creg, gate, opaque, barrier, measure "
          + "or a gate application), found " + t.describe());
    }
    switch (t.text()) {
      case "include" -> include();
      case "qreg", "creg" -> {
        Token name = identifier("a register name");
        expect("[", "'[' and the register size");
        int size = natural("the register size");
        expect("]", "']'");
        semicolon();
        circuit.declare(name, size, t.is("qreg"));
      }
      case "gate", "opaque" -> gateDeclaration(t.is("opaque"));
      case "barrier" -> {
        List<Argument> arguments = arguments();
        semicolon();
        circuit.barrier(arguments);
      }
      case "measure" -> {
        Argument qubit = argument();
        expect("->", "'->' and the classical bit or register");
        Argument bit = argument();
        semicolon();
        circuit.measure(qubit, bit, t);
      }
      case "reset" -> throw error(t,
          "reset is not supported: a Circuit is a unitary applied to |0...0>");
      case "if" -> throw error(t, "classically controlled operations ('if') are not supported: "
          + "a Circuit holds unitary operations only");
      case "OPENQASM" -> throw error(t, "'OPENQASM' may appear only once, as the first statement");
      default -> application(t);
    }
  }

  private void include() {
    Token file = next();
    if (file.kind() != QasmLexer.Kind.STRING) {
      throw error(file, "expected a quoted file name after include, found " + file.describe());
    }
    semicolon();
    String name = file.text().substring(1, file.text().length() - 1);
    if (!name.equals(Qelib1.FILE)) {
      throw error(file, "cannot include \"" + name + "\": only \"" + Qelib1.FILE
          + "\" is supported; copy the file's gate definitions into the program instead");
    }
    if (!included) {
      included = true;
      for (QasmGateDefinition g : Qelib1.definitions().values()) {
        QasmGateDefinition mine = gates.get(g.name());
        if (mine == null) {
          gates.put(g.name(), g);
        } else if (!mine.sameSignature(g)) {
          throw error(file, "gate '" + g.name() + "' defined on line " + mine.line()
              + " takes " + mine.signature() + ", but the one in " + Qelib1.FILE + " takes "
              + g.signature());
        }
      }
    }
  }

  private void application(Token name) {
    QasmGateDefinition gate = gate(name);
    List<Expression> parameters = peek().is("(") ? expressions(Map.of()) : List.of();
    List<Argument> arguments = arguments();
    semicolon();
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
    while (peek().is(",")) {
      next();
      arguments.add(argument());
    }
    return arguments;
  }

  private Argument argument() {
    Token name = identifier("a register or qubit such as q or q[0]");
    if (!peek().is("[")) {
      return new Argument(name, null, -1);
    }
    next();
    Token index = peek();
    int value = natural("an index");
    expect("]", "']'");
    return new Argument(name, index, value);
  }

  // ------------------------------------------------------------------ gate definitions

  /** Parses what follows the 'gate' or 'opaque' keyword. */
  private QasmGateDefinition gateDeclaration(boolean opaque) {
    Token name = identifier("a gate name");
    List<Token> parameterNames = List.of();
    if (peek().is("(")) {
      next();
      parameterNames = peek().is(")") ? List.of() : names("a parameter name");
      expect(")", "')' after the parameter names");
    }
    List<Token> qubitNames = names("a qubit argument name");
    Map<String, Integer> parameters = indices(parameterNames, Map.of());
    Map<String, Integer> qubits = indices(qubitNames, parameters);
    checkDefinable(name, parameters.size(), qubits.size());
    if (opaque) {
      semicolon();
      return define(new QasmGateDefinition(name.text(), Kind.OPAQUE, parameters.size(),
          qubits.size(), List.of(), name.line()));
    }
    Token open = expect("{", "'{' to open the body of gate '" + name.text() + "'");
    List<Call> body = new ArrayList<>();
    while (!peek().is("}")) {
      Token t = next();
      if (t.kind() == QasmLexer.Kind.END || STATEMENTS.contains(t.text())) {
        throw error(t, "expected '}' to close the body of gate '" + name.text() + "' opened at "
            + open.line() + ":" + open.column() + ", found " + t.describe()
            + " (a gate body holds only gate applications and barriers)");
      }
      if (t.is("barrier")) {
        for (Token q : names("a qubit argument name")) {
          qubitIndex(q, qubits, name);
        }
        semicolon();
      } else {
        body.add(call(t, parameters, qubits, name));
      }
    }
    next();
    return define(new QasmGateDefinition(name.text(), definedKind, parameters.size(),
        qubits.size(), body, name.line()));
  }

  private Call call(Token name, Map<String, Integer> parameters, Map<String, Integer> qubits,
      Token enclosing) {
    if (name.kind() != QasmLexer.Kind.IDENTIFIER) {
      throw error(name, "expected a gate application in the body of gate '" + enclosing.text()
          + "', found " + name.describe());
    }
    QasmGateDefinition gate = gate(name);
    List<Expression> arguments = peek().is("(") ? expressions(parameters) : List.of();
    List<Token> qubitNames = names("a qubit argument name");
    semicolon();
    checkCounts(name, gate, arguments.size(), qubitNames.size());
    int[] targets = new int[qubitNames.size()];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = qubitIndex(qubitNames.get(i), qubits, enclosing);
      for (int j = 0; j < i; j++) {
        if (targets[j] == targets[i]) {
          throw error(qubitNames.get(i), "qubit argument '" + qubitNames.get(i).text()
              + "' appears twice in one application of '" + name.text() + "'");
        }
      }
    }
    return new Call(gate, arguments, targets);
  }

  private int qubitIndex(Token q, Map<String, Integer> qubits, Token enclosing) {
    Integer i = qubits.get(q.text());
    if (i == null) {
      throw error(q, "'" + q.text() + "' is not a qubit argument of gate '" + enclosing.text()
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
    if (old == null || old.kind() == Kind.LIBRARY && old.parameters() == parameters
        && old.qubits() == qubits) {
      return;
    }
    String why = old.kind() == Kind.BUILT_IN ? "it is built in"
        : old.kind() == Kind.LIBRARY ? Qelib1.FILE + " defines it with " + old.signature()
        : "it is already defined on line " + old.line();
    throw error(name, "cannot define gate '" + name.text() + "': " + why);
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
    throw error(name, "unknown gate '" + name.text() + "'" + hint);
  }

  private void checkCounts(Token name, QasmGateDefinition g, int parameters, int qubits) {
    if (parameters != g.parameters()) {
      throw error(name, "gate '" + g.name() + "' takes " + g.parameters() + " parameter(s), found "
          + parameters);
    }
    if (qubits != g.qubits()) {
      throw error(name, "gate '" + g.name() + "' acts on " + g.qubits() + " qubit(s), found "
          + qubits);
    }
  }

  /** Name -> position, refusing repeats and names already taken by {@code taken}. */
  private Map<String, Integer> indices(List<Token> names, Map<String, Integer> taken) {
    Map<String, Integer> indices = new LinkedHashMap<>();
    for (Token n : names) {
      if (indices.containsKey(n.text()) || taken.containsKey(n.text())) {
        throw error(n, "argument name '" + n.text() + "' is used twice in one gate declaration");
      }
      indices.put(n.text(), indices.size());
    }
    return indices;
  }

  private List<Token> names(String what) {
    List<Token> names = new ArrayList<>();
    names.add(identifier(what));
    while (peek().is(",")) {
      next();
      names.add(identifier(what));
    }
    return names;
  }

  // ------------------------------------------------------------------ expressions

  private List<Expression> expressions(Map<String, Integer> parameters) {
    expect("(", "'('");
    List<Expression> list = new ArrayList<>();
    if (!peek().is(")")) {
      list.add(expression(parameters));
      while (peek().is(",")) {
        next();
        list.add(expression(parameters));
      }
    }
    expect(")", "',' or ')' in the parameter list");
    return list;
  }

  /** expression := term (('+' | '-') term)*. */
  private Expression expression(Map<String, Integer> p) {
    Expression left = term(p);
    while (peek().is("+") || peek().is("-")) {
      boolean plus = next().is("+");
      Expression a = left;
      Expression b = term(p);
      left = plus ? v -> a.evaluate(v) + b.evaluate(v) : v -> a.evaluate(v) - b.evaluate(v);
    }
    return left;
  }

  /** term := unary (('*' | '/') unary)*. */
  private Expression term(Map<String, Integer> p) {
    Expression left = unary(p);
    while (peek().is("*") || peek().is("/")) {
      boolean times = next().is("*");
      Expression a = left;
      Expression b = unary(p);
      left = times ? v -> a.evaluate(v) * b.evaluate(v) : v -> a.evaluate(v) / b.evaluate(v);
    }
    return left;
  }

  /** unary := ('-' | '+') unary | power. */
  private Expression unary(Map<String, Integer> p) {
    if (peek().is("-")) {
      next();
      Expression a = unary(p);
      return v -> -a.evaluate(v);
    }
    if (peek().is("+")) {
      next();
      return unary(p);
    }
    return power(p);
  }

  /** power := primary ('^' unary)?, so -2^2 = -4 and 2^-1 = 0.5; '^' groups to the right. */
  private Expression power(Map<String, Integer> p) {
    Expression base = primary(p);
    if (!peek().is("^")) {
      return base;
    }
    next();
    Expression exponent = unary(p);
    return v -> Math.pow(base.evaluate(v), exponent.evaluate(v));
  }

  private Expression primary(Map<String, Integer> p) {
    Token t = next();
    if (t.kind() == QasmLexer.Kind.NUMBER) {
      double value = Double.parseDouble(t.text());
      return v -> value;
    }
    if (t.is("(")) {
      Expression e = expression(p);
      expect(")", "')'");
      return e;
    }
    if (t.is("pi")) {
      return v -> Math.PI;
    }
    DoubleUnaryOperator f = FUNCTIONS.get(t.text());
    if (f != null && t.kind() == QasmLexer.Kind.IDENTIFIER && peek().is("(")) {
      next();
      Expression e = expression(p);
      expect(")", "')' after the argument of " + t.text());
      return v -> f.applyAsDouble(e.evaluate(v));
    }
    Integer index = t.kind() == QasmLexer.Kind.IDENTIFIER ? p.get(t.text()) : null;
    if (index != null) {
      return v -> v[index];
    }
    String parameters = p.isEmpty() ? "" : ", a parameter (" + String.join(", ", p.keySet()) + ")";
    throw error(t, "expected a number, pi" + parameters
        + ", a function (sin, cos, tan, exp, ln, sqrt) or '(', found " + t.describe());
  }

  // ------------------------------------------------------------------ tokens

  private Token peek() {
    return tokens.get(next);
  }

  private Token next() {
    Token t = tokens.get(next);
    if (t.kind() != QasmLexer.Kind.END) {
      next++;
    }
    return t;
  }

  private Token expect(String symbol, String what) {
    if (!peek().is(symbol)) {
      throw error(peek(), "expected " + what + ", found " + peek().describe());
    }
    return next();
  }

  private Token identifier(String what) {
    Token t = peek();
    if (t.kind() != QasmLexer.Kind.IDENTIFIER) {
      throw error(t, "expected " + what + ", found " + t.describe());
    }
    return next();
  }

  private int natural(String what) {
    Token t = next();
    if (t.kind() != QasmLexer.Kind.NUMBER || !t.text().matches("\\d{1,9}")) {
      throw error(t, "expected " + what + " (a non-negative integer), found " + t.describe());
    }
    return Integer.parseInt(t.text());
  }

  /** A missing ';' is reported just after the token it should follow. */
  private void semicolon() {
    if (peek().is(";")) {
      next();
      return;
    }
    Token before = tokens.get(next - 1);
    Token found = peek();
    throw new InputFormatException(source, before.line(),
        before.column() + before.text().length(), "expected ';' at the end of the statement, "
            + "found " + found.describe()
            + (found.line() != before.line() ? " on line " + found.line() : ""));
  }

  private InputFormatException error(Token at, String problem) {
    return new InputFormatException(source, at.line(), at.column(), problem);
  }
}
