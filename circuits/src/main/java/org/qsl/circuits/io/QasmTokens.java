package org.qsl.circuits.io;

import java.util.List;
import org.qsl.circuits.io.QasmLexer.Kind;
import org.qsl.circuits.io.QasmLexer.Token;

/** A cursor over the tokens of one OpenQASM text, with the checks every statement needs. */
final class QasmTokens {
  private final String source;
  private final List<Token> tokens;
  private int next;

  QasmTokens(String text, String source) {
    this.source = source;
    this.tokens = QasmLexer.tokenize(text, source);
  }

  boolean atEnd() {
    return peek().kind() == Kind.END;
  }

  Token peek() {
    return tokens.get(next);
  }

  /** The next token, consumed; the end token is never passed. */
  Token next() {
    Token t = tokens.get(next);
    if (t.kind() != Kind.END) {
      next++;
    }
    return t;
  }

  Token expect(String symbol, String what) {
    if (!peek().is(symbol)) {
      throw error(peek(), "expected " + what + ", found " + peek().describe());
    }
    return next();
  }

  Token identifier(String what) {
    Token t = peek();
    if (t.kind() != Kind.IDENTIFIER) {
      throw error(t, "expected " + what + ", found " + t.describe());
    }
    return next();
  }

  int natural(String what) {
    Token t = next();
    if (t.kind() != Kind.NUMBER || !t.text().matches("\\d{1,9}")) {
      throw error(t, "expected " + what + " (a non-negative integer), found " + t.describe());
    }
    return Integer.parseInt(t.text());
  }

  /** A missing ';' is reported just after the token it should follow. */
  void semicolon() {
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

  InputFormatException error(Token at, String problem) {
    return new InputFormatException(source, at.line(), at.column(), problem);
  }
}
