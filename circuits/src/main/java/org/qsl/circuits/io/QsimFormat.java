package org.qsl.circuits.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Operation;

/**
 * qsim's plain-text circuit format: the first line is the qubit count, then one gate per line,
 * {@code time name qubits... parameters...}. Every gate of qsim's input-format documentation is
 * read and written: id1 h t x y z s x_1_2 y_1_2 hz_1_2 rx ry rz rxy id2 cz cnot (or cx) sw is fs
 * cp, and the measurement {@code m}.
 *
 * <p>Gates must be listed in non-decreasing time and a qubit takes at most one gate per time step,
 * as in qsim. Measurements must be terminal: a measured qubit takes no later gate. A
 * {@link Circuit} holds unitary operations only, so measurements are checked and then dropped;
 * the final state, and hence the sampled distribution, is unchanged. Qubit indices are qsim's,
 * and qubit 0 is the most significant bit of a bitstring (the project convention).
 */
public final class QsimFormat {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NATURAL = Pattern.compile("\\d{1,9}");

  /** qsim name -> (qubit count, parameter count). Insertion order is the documented order. */
  private static final Map<String, int[]> SIGNATURES = new java.util.LinkedHashMap<>();

  static {
    for (String g : List.of("id1", "h", "t", "x", "y", "z", "s", "x_1_2", "y_1_2", "hz_1_2")) {
      SIGNATURES.put(g, new int[] {1, 0});
    }
    for (String g : List.of("rx", "ry", "rz")) {
      SIGNATURES.put(g, new int[] {1, 1});
    }
    SIGNATURES.put("rxy", new int[] {1, 2});
    for (String g : List.of("id2", "cz", "cnot", "cx", "sw", "is")) {
      SIGNATURES.put(g, new int[] {2, 0});
    }
    SIGNATURES.put("fs", new int[] {2, 2});
    SIGNATURES.put("cp", new int[] {2, 1});
  }

  /** Gate type -> qsim name, for writing. */
  private static final Map<Class<? extends Gate>, String> NAMES = new HashMap<>();

  static {
    for (String name : SIGNATURES.keySet()) {
      if (!name.equals("cx")) {
        double[] zeros = new double[SIGNATURES.get(name)[1]];
        NAMES.put(gate(name, zeros).getClass(), name);
      }
    }
  }

  private QsimFormat() {}

  /** Reads a circuit file. */
  public static Circuit read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a circuit from text; {@code source} names it in error messages. */
  public static Circuit parse(String text, String source) {
    try {
      return read(new StringReader(text), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a circuit from {@code reader}.
   *
   * @throws InputFormatException naming {@code source}, line and column of the first problem
   */
  public static Circuit read(Reader reader, String source) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    String header = null;
    int lineNo = 0;
    while (header == null) {
      String line = in.readLine();
      lineNo++;
      if (line == null) {
        throw new InputFormatException(source, lineNo, 0,
            "empty file: expected the number of qubits on the first line");
      }
      if (!line.isBlank()) {
        header = line;
      }
    }
    List<Token> head = Token.split(header);
    if (head.size() != 1 || !NATURAL.matcher(head.get(0).text).matches()
        || Integer.parseInt(head.get(0).text) < 1) {
      throw new InputFormatException(source, lineNo, head.get(0).column,
          "expected the number of qubits (a positive integer) alone on the first line, found '"
              + header.strip() + "'");
    }
    int n = Integer.parseInt(head.get(0).text);
    Circuit.Builder circuit = Circuit.builder(n);
    int[] lastTime = new int[n];
    int[] lastLine = new int[n];
    Arrays.fill(lastTime, -1);
    int[] measuredAt = new int[n];
    int previousTime = -1;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      Parser p = new Parser(source, lineNo, Token.split(line));
      int time = p.natural("time");
      if (time < previousTime) {
        throw p.error(0, "time " + time + " is earlier than time " + previousTime
            + " above it: gates must be listed in time order");
      }
      previousTime = time;
      String name = p.word();
      int[] qubits;
      Gate gate = null;
      if (name.equals("m")) {
        if (p.remaining() == 0) {
          throw p.error(p.position(), "'m' needs at least one qubit: time m q0 q1 ...");
        }
        qubits = new int[p.remaining()];
        for (int i = 0; i < qubits.length; i++) {
          qubits[i] = p.qubit(n);
        }
      } else {
        int[] sig = SIGNATURES.get(name);
        if (sig == null) {
          throw p.error(1, "unknown gate '" + name + "'; qsim gates are m, "
              + String.join(", ", SIGNATURES.keySet()));
        }
        if (p.remaining() != sig[0] + sig[1]) {
          throw p.error(p.position(), "gate '" + name + "' takes " + sig[0] + " qubit(s) and "
              + sig[1] + " parameter(s), found " + p.remaining() + " argument(s)");
        }
        qubits = new int[sig[0]];
        for (int i = 0; i < qubits.length; i++) {
          qubits[i] = p.qubit(n);
        }
        double[] params = new double[sig[1]];
        for (int i = 0; i < params.length; i++) {
          params[i] = p.number();
        }
        gate = gate(name, params);
      }
      for (int i = 0; i < qubits.length; i++) {
        int q = qubits[i];
        int column = p.tokens.get(2 + i).column;
        for (int j = 0; j < i; j++) {
          if (qubits[j] == q) {
            throw p.error(2 + i, "qubit " + q + " appears twice in one gate");
          }
        }
        if (lastTime[q] == time) {
          throw new InputFormatException(source, lineNo, column, "qubit " + q
              + " already has a gate at time " + time + " (line " + lastLine[q] + ")");
        }
        if (measuredAt[q] > 0) {
          throw new InputFormatException(source, lineNo, column, "qubit " + q
              + " was measured on line " + measuredAt[q]
              + "; only terminal measurements are supported");
        }
        lastTime[q] = time;
        lastLine[q] = lineNo;
      }
      if (gate == null) {
        for (int q : qubits) {
          measuredAt[q] = lineNo;
        }
      } else {
        circuit.add(new Operation(gate, qubits));
      }
    }
    return circuit.build();
  }

  private static Gate gate(String name, double[] p) {
    return switch (name) {
      case "id1" -> Gates.I;
      case "h" -> Gates.H;
      case "t" -> Gates.T;
      case "x" -> Gates.X;
      case "y" -> Gates.Y;
      case "z" -> Gates.Z;
      case "s" -> Gates.S;
      case "x_1_2" -> Gates.SQRT_X;
      case "y_1_2" -> Gates.SQRT_Y;
      case "hz_1_2" -> Gates.SQRT_W;
      case "rx" -> new Gate.Rx(p[0]);
      case "ry" -> new Gate.Ry(p[0]);
      case "rz" -> new Gate.Rz(p[0]);
      case "rxy" -> new Gate.Rxy(p[0], p[1]);
      case "id2" -> Gates.I2;
      case "cz" -> Gates.CZ;
      case "cnot", "cx" -> Gates.CNOT;
      case "sw" -> Gates.SWAP;
      case "is" -> Gates.ISWAP;
      case "fs" -> new Gate.FSim(p[0], p[1]);
      case "cp" -> new Gate.CPhase(p[0]);
      default -> throw new AssertionError(name);
    };
  }

  /**
   * The qsim text of {@code circuit}. Operations keep their order; each gets the earliest time
   * step that is no earlier than the previous line's and after the last gate on its qubits.
   *
   * @throws IllegalArgumentException if the circuit has a gate qsim's format cannot express
   */
  public static String format(Circuit circuit) {
    StringWriter w = new StringWriter();
    try {
      write(circuit, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Writes {@code circuit} to {@code file} atomically. */
  public static void write(Circuit circuit, Path file) {
    String text = format(circuit);
    AtomicFiles.writeText(file, w -> w.write(text));
  }

  /** Writes {@code circuit} in qsim's format. */
  public static void write(Circuit circuit, Writer out) throws IOException {
    out.write(circuit.qubits() + "\n");
    int[] nextFree = new int[circuit.qubits()];
    int time = 0;
    for (Operation op : circuit.operations()) {
      for (int q : op.qubits()) {
        time = Math.max(time, nextFree[q]);
      }
      for (int q : op.qubits()) {
        nextFree[q] = time + 1;
      }
      StringBuilder line = new StringBuilder().append(time).append(' ').append(name(op.gate()));
      for (int q : op.qubits()) {
        line.append(' ').append(q);
      }
      for (double p : parameters(op.gate())) {
        line.append(' ').append(p);
      }
      out.write(line.append('\n').toString());
    }
  }

  private static String name(Gate gate) {
    String name = NAMES.get(gate.getClass());
    if (name == null) {
      throw new IllegalArgumentException("qsim's text format has no gate for " + gate
          + "; it supports " + String.join(", ", SIGNATURES.keySet()));
    }
    return name;
  }

  private static double[] parameters(Gate gate) {
    if (gate instanceof Gate.Rx g) {
      return new double[] {g.theta()};
    } else if (gate instanceof Gate.Ry g) {
      return new double[] {g.theta()};
    } else if (gate instanceof Gate.Rz g) {
      return new double[] {g.theta()};
    } else if (gate instanceof Gate.Rxy g) {
      return new double[] {g.theta(), g.phi()};
    } else if (gate instanceof Gate.FSim g) {
      return new double[] {g.theta(), g.phi()};
    } else if (gate instanceof Gate.CPhase g) {
      return new double[] {g.phi()};
    }
    return new double[0];
  }

  /** A whitespace-separated token and its 1-based column. */
  private record Token(String text, int column) {
    static List<Token> split(String line) {
      List<Token> tokens = new ArrayList<>();
      int i = 0;
      while (i < line.length()) {
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        if (i > start) {
          tokens.add(new Token(line.substring(start, i), start + 1));
        }
      }
      return tokens;
    }
  }

  /** Reads the tokens of one gate line left to right. */
  private static final class Parser {
    private final String source;
    private final int line;
    private final List<Token> tokens;
    private int next;

    Parser(String source, int line, List<Token> tokens) {
      this.source = source;
      this.line = line;
      this.tokens = tokens;
    }

    int position() {
      return next;
    }

    int remaining() {
      return tokens.size() - next;
    }

    InputFormatException error(int tokenIndex, String problem) {
      int column = tokenIndex < tokens.size() ? tokens.get(tokenIndex).column
          : tokens.get(tokens.size() - 1).column + tokens.get(tokens.size() - 1).text.length();
      return new InputFormatException(source, line, column, problem);
    }

    private Token take(String what) {
      if (next >= tokens.size()) {
        throw error(next, "expected " + what + " ('time gate qubits... parameters...')");
      }
      return tokens.get(next++);
    }

    int natural(String what) {
      Token t = take(what);
      if (!NATURAL.matcher(t.text).matches()) {
        throw error(next - 1, "expected " + what + " (a non-negative integer), found '" + t.text
            + "'");
      }
      return Integer.parseInt(t.text);
    }

    String word() {
      return take("a gate name").text;
    }

    int qubit(int n) {
      int q = natural("a qubit index");
      if (q >= n) {
        throw error(next - 1, "qubit " + q + " out of range: the circuit has " + n
            + " qubits (0.." + (n - 1) + ")");
      }
      return q;
    }

    double number() {
      Token t = take("a parameter");
      if (!NUMBER.matcher(t.text).matches()) {
        throw error(next - 1, "expected a number, found '" + t.text + "'");
      }
      return Double.parseDouble(t.text);
    }
  }
}
