package org.qsl.circuits.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Unitary;

/**
 * OpenQASM 2.0's standard gate library {@code qelib1.inc}, in the extended form Qiskit ships and
 * exports against (with u, p, sx, sxdg, cp, csx, cu, rxx, rzz, rccx, rc3x, c3x, c3sqrtx, c4x), and
 * the named {@link Gate}s its gates map onto.
 */
final class Qelib1 {
  /** The file name a program includes. */
  static final String FILE = "qelib1.inc";

  private static final Gate SQRT_X_DAGGER = Gates.SQRT_X.inverse();

  /**
   * qelib1 gate -> named gate, where the unitary is the one Qiskit's gate class and Cirq give it.
   * qelib1.inc's own definitions agree exactly, except for a global phase in three:
   * rz(phi) = u1(phi) = e^{i phi/2} Rz(phi); sx = e^{-i pi/4} sqrt X; sxdg = e^{i pi/4} sqrt X^-1.
   */
  private static final Map<String, Function<double[], Gate>> NAMED = Map.ofEntries(
      Map.entry("id", p -> Gates.I),
      Map.entry("u0", p -> Gates.I),
      Map.entry("x", p -> Gates.X),
      Map.entry("y", p -> Gates.Y),
      Map.entry("z", p -> Gates.Z),
      Map.entry("h", p -> Gates.H),
      Map.entry("s", p -> Gates.S),
      Map.entry("sdg", p -> new Gate.Phase(-Math.PI / 2)),
      Map.entry("t", p -> Gates.T),
      Map.entry("tdg", p -> new Gate.Phase(-Math.PI / 4)),
      Map.entry("sx", p -> Gates.SQRT_X),
      Map.entry("sxdg", p -> SQRT_X_DAGGER),
      Map.entry("rx", p -> new Gate.Rx(p[0])),
      Map.entry("ry", p -> new Gate.Ry(p[0])),
      Map.entry("rz", p -> new Gate.Rz(p[0])),
      Map.entry("u1", p -> new Gate.Phase(p[0])),
      Map.entry("p", p -> new Gate.Phase(p[0])),
      Map.entry("u2", p -> u(Math.PI / 2, p[0], p[1])),
      Map.entry("u3", p -> u(p[0], p[1], p[2])),
      Map.entry("u", p -> u(p[0], p[1], p[2])),
      Map.entry("cx", p -> Gates.CNOT),
      Map.entry("cz", p -> Gates.CZ),
      Map.entry("swap", p -> Gates.SWAP),
      Map.entry("cu1", p -> new Gate.CZPow(p[0] / Math.PI)),
      Map.entry("cp", p -> new Gate.CZPow(p[0] / Math.PI)));

  private Qelib1() {}

  /** The gate definitions of qelib1.inc, parsed once. */
  static Map<String, QasmGateDefinition> definitions() {
    return Holder.DEFINITIONS;
  }

  /** The named gate of qelib1 gate {@code name} with {@code parameters}, or null if none. */
  static Gate named(String name, double[] parameters) {
    Function<double[], Gate> f = NAMED.get(name);
    return f == null ? null : f.apply(parameters);
  }

  /**
   * OpenQASM's built-in {@code U(theta, phi, lambda)} =
   * [[cos(theta/2), -e^{i lambda} sin(theta/2)], [e^{i phi} sin(theta/2), e^{i(phi+lambda)}
   * cos(theta/2)]].
   */
  static Gate u(double theta, double phi, double lambda) {
    double c = Math.cos(theta / 2);
    double s = Math.sin(theta / 2);
    return new Gate.Matrix1(Unitary.of(
        c, 0, -Math.cos(lambda) * s, -Math.sin(lambda) * s,
        Math.cos(phi) * s, Math.sin(phi) * s, Math.cos(phi + lambda) * c,
        Math.sin(phi + lambda) * c));
  }

  /** Lazy holder: the library is parsed on first include. */
  private static final class Holder {
    static final Map<String, QasmGateDefinition> DEFINITIONS = load();

    private static Map<String, QasmGateDefinition> load() {
      try (InputStream in = Qelib1.class.getResourceAsStream(FILE)) {
        if (in == null) {
          throw new IllegalStateException(FILE + " is missing from the class path");
        }
        return QasmParser.library(new String(in.readAllBytes(), StandardCharsets.UTF_8), FILE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled " + FILE, e);
      }
    }
  }
}
