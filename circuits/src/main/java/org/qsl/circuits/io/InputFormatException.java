package org.qsl.circuits.io;

/**
 * Bad input in a file or text: the message is one line, {@code source:line:column: problem}, that
 * names what was found and what was expected. It is a user mistake, not a bug, so callers report
 * the message without a stack trace.
 */
public final class InputFormatException extends IllegalArgumentException {
  private final String source;
  private final int line;
  private final int column;

  /**
   * @param source file name or another description of the input
   * @param line 1-based line number, or 0 if unknown
   * @param column 1-based column, or 0 if unknown
   * @param problem what is wrong and what was expected
   */
  public InputFormatException(String source, int line, int column, String problem) {
    super(location(source, line, column) + problem);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  private static String location(String source, int line, int column) {
    StringBuilder s = new StringBuilder(source).append(':');
    if (line > 0) {
      s.append(line).append(':');
      if (column > 0) {
        s.append(column).append(':');
      }
    }
    return s.append(' ').toString();
  }

  /** The input's name. */
  public String source() {
    return source;
  }

  /** 1-based line, or 0 if unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, or 0 if unknown. */
  public int column() {
    return column;
  }
}
