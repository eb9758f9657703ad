package org.qsl.circuits.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import org.qsl.circuits.io.QasmGateDefinition.Expression;
import org.qsl.circuits.io.QasmLexer.Token;

/**
 * Parameter expressions of OpenQASM 2.0: numbers, pi, the enclosing gate's parameters, + - * / ^,
 * unary minus, parentheses and the functions sin cos tan exp ln sqrt. Each becomes an
 * {@link Expression} evaluated with the parameter values of a gate application.
 */
final class QasmExpressions {
  private static final Map<String, DoubleUnaryOperator> FUNCTIONS = Map.of(
      "sin", Math::sin, "cos", Math::cos, "tan", Math::tan, "exp", Math::exp, "ln", Math::log,
      "sqrt", Math::sqrt);

  private final QasmTokens in;
  private final Map<String, Integer> parameters;

  private QasmExpressions(QasmTokens in, Map<String, Integer> parameters) {
    this.in = in;
    this.parameters = parameters;
  }

  /**
   * The parenthesised, comma-separated parameter list at the cursor, or none if there is no '('.
   * Expressions may use {@code names} (parameter name -> position in the array an expression is
   * evaluated with).
   */
  static List<Expression> parameters(QasmTokens in, Map<String, Integer> names) {
    return in.peek().is("(") ? new QasmExpressions(in, names).list() : List.of();
  }

  private List<Expression> list() {
    in.expect("(", "'('");
    List<Expression> list = new ArrayList<>();
    if (!in.peek().is(")")) {
      list.add(expression());
      while (in.peek().is(",")) {
        in.next();
        list.add(expression());
      }
    }
    in.expect(")", "',' or ')' in the parameter list");
    return list;
  }

  /** expression := term (('+' | '-') term)*. */
  private Expression expression() {
    return leftToRight(this::term, "+", (a, b) -> a + b, "-", (a, b) -> a - b);
  }

  /** term := unary (('*' | '/') unary)*. */
  private Expression term() {
    return leftToRight(this::unary, "*", (a, b) -> a * b, "/", (a, b) -> a / b);
  }

  /** operand ((first | second) operand)*, grouped to the left. */
  private Expression leftToRight(Supplier<Expression> operand, String first,
      DoubleBinaryOperator firstOp, String second, DoubleBinaryOperator secondOp) {
    Expression left = operand.get();
    while (in.peek().is(first) || in.peek().is(second)) {
      DoubleBinaryOperator op = in.next().is(first) ? firstOp : secondOp;
      Expression a = left;
      Expression b = operand.get();
      left = v -> op.applyAsDouble(a.evaluate(v), b.evaluate(v));
    }
    return left;
  }

  /** unary := ('-' | '+') unary | power. */
  private Expression unary() {
    if (in.peek().is("-")) {
      in.next();
      Expression a = unary();
      return v -> -a.evaluate(v);
    }
    if (in.peek().is("+")) {
      in.next();
      return unary();
    }
    return power();
  }

  /** power := primary ('^' unary)?, so -2^2 = -4 and 2^-1 = 0.5; '^' groups to the right. */
  private Expression power() {
    Expression base = primary();
    if (!in.peek().is("^")) {
      return base;
    }
    in.next();
    Expression exponent = unary();
    return v -> Math.pow(base.evaluate(v), exponent.evaluate(v));
  }

  private Expression primary() {
    Token t = in.next();
    if (t.kind() == QasmLexer.Kind.NUMBER) {
      double value = Double.parseDouble(t.text());
      return v -> value;
    }
    if (t.is("(")) {
      Expression e = expression();
      in.expect(")", "')'");
      return e;
    }
    if (t.is("pi")) {
      return v -> Math.PI;
    }
    DoubleUnaryOperator f = FUNCTIONS.get(t.text());
    if (f != null && t.kind() == QasmLexer.Kind.IDENTIFIER && in.peek().is("(")) {
      in.next();
      Expression e = expression();
      in.expect(")", "')' after the argument of " + t.text());
      return v -> f.applyAsDouble(e.evaluate(v));
    }
    Integer index = t.kind() == QasmLexer.Kind.IDENTIFIER ? parameters.get(t.text()) : null;
    if (index != null) {
      return v -> v[index];
    }
    String names = parameters.isEmpty() ? ""
        : ", a parameter (" + String.join(", ", parameters.keySet()) + ")";
    throw in.error(t, "expected a number, pi" + names
        + ", a function (sin, cos, tan, exp, ln, sqrt) or '(', found " + t.describe());
  }
}
