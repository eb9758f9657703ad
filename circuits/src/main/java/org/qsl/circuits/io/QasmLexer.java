package org.qsl.circuits.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits OpenQASM 2.0 text into tokens with their 1-based line and column. {@code //} comments
 * and white space are dropped.
 */
final class QasmLexer {

  /** Token kinds. */
  enum Kind {
    IDENTIFIER,
    NUMBER,
    STRING,
    SYMBOL,
    END
  }

  /**
   * A token. {@code text} is exactly what the input holds (a string keeps its quotes), so
   * {@code column + text.length()} is the column just after it.
   */
  record Token(Kind kind, String text, int line, int column) {
    boolean is(String symbolOrWord) {
      return kind != Kind.END && kind != Kind.STRING && text.equals(symbolOrWord);
    }

    /** How an error message shows the token. */
    String describe() {
      return kind == Kind.END ? "end of input" : "'" + text + "'";
    }
  }

  private static final String SINGLE = ";,()[]{}+-*/^";

  private QasmLexer() {}

  /**
   * The tokens of {@code text}, ending with one {@link Kind#END} token.
   *
   * @throws InputFormatException at a character no token can start with, or an unterminated string
   */
  static List<Token> tokenize(String text, String source) {
    List<Token> tokens = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int column = i - lineStart + 1;
      int start = i;
      if (c == '\n') {
        line++;
        lineStart = ++i;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("//", i)) {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (Character.isLetter(c) || c == '_') {
        while (i < text.length()
            && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
        tokens.add(new Token(Kind.IDENTIFIER, text.substring(start, i), line, column));
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < text.length()
          && Character.isDigit(text.charAt(i + 1)))) {
        i = endOfNumber(text, i);
        tokens.add(new Token(Kind.NUMBER, text.substring(start, i), line, column));
      } else if (c == '"') {
        i++;
        while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
          i++;
        }
        if (i >= text.length() || text.charAt(i) != '"') {
          throw new InputFormatException(source, line, column,
              "unterminated string: expected a closing '\"' on the same line");
        }
        i++;
        tokens.add(new Token(Kind.STRING, text.substring(start, i), line, column));
      } else if (text.startsWith("->", i) || text.startsWith("==", i)) {
        i += 2;
        tokens.add(new Token(Kind.SYMBOL, text.substring(start, i), line, column));
      } else if (SINGLE.indexOf(c) >= 0) {
        i++;
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), line, column));
      } else {
        throw new InputFormatException(source, line, column,
            "unexpected character '" + c + "': expected a statement, a name, a number or one of "
                + SINGLE + " -> ==");
      }
    }
    tokens.add(new Token(Kind.END, "", line, i - lineStart + 1));
    return tokens;
  }

  /** Digits, an optional fraction and an optional exponent: 2, 2.0, .5, 1e-05, 6.02E23. */
  private static int endOfNumber(String text, int i) {
    i = digits(text, i);
    if (i < text.length() && text.charAt(i) == '.') {
      i = digits(text, i + 1);
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
        j++;
      }
      if (j < text.length() && Character.isDigit(text.charAt(j))) {
        i = digits(text, j);
      }
    }
    return i;
  }

  private static int digits(String text, int i) {
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
