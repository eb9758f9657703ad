package org.qsl.circuits.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.qsl.circuits.Circuit;

/**
 * Reads OpenQASM 2.0 programs, such as those Qiskit ({@code qasm2.dumps},
 * {@code QuantumCircuit.qasm()}) and Cirq ({@code cirq.qasm}) export, into a {@link Circuit}.
 *
 * <p>Supported: the {@code OPENQASM 2.0;} header; {@code include "qelib1.inc";} with every gate
 * of the library in the extended form Qiskit exports against (u3 u2 u1 u0 u p id x y z h s sdg t
 * tdg rx ry rz sx sxdg cx cz cy ch swap crx cry crz cu1 cp cu3 csx cu rxx rzz ccx cswap rccx rc3x
 * c3x c3sqrtx c4x, and c3sx, the name Qiskit writes for c3sqrtx); the built-ins
 * {@code U(theta,phi,lambda)} and {@code CX}; {@code gate}
 * definitions with parameters and qubit arguments, calling earlier gates; {@code opaque}
 * declarations (applying one is an error, as it has no definition); parameter expressions with
 * numbers, {@code pi}, {@code + - * / ^}, unary minus, parentheses and sin cos tan exp ln sqrt;
 * several {@code qreg}s; {@code creg}s; broadcasting over registers ({@code h q;},
 * {@code cx a, b;}); {@code barrier} (checked, then ignored); {@code //} comments.
 *
 * <p>Qubits: the qregs are concatenated in declaration order, so qubit 0 is the first qubit of
 * the first qreg, which is the most significant bit of a bitstring (the project convention).
 *
 * <p>Gates: qelib1 gates become the named {@link org.qsl.circuits.Gate} with the unitary Qiskit's
 * gate classes and Cirq give them: id, u0 -> I; x, y, z, h, s, t; sdg, tdg -> Phase(-pi/2),
 * Phase(-pi/4); sx -> SqrtX; sxdg -> its inverse; rx, ry, rz -> Rx, Ry, Rz; u1, p -> Phase;
 * u3, u, u2, U -> Matrix1 of U; cx, CX -> CNOT; cz -> CZ; swap -> SWAP; cu1(l), cp(l) ->
 * CZPow(l/pi). These equal qelib1.inc's own definitions exactly except for a global phase in
 * three, which no measurement can see: {@code rz(phi)} is defined there as {@code u1(phi)} =
 * diag(1, e^{i phi}) = e^{i phi/2} Rz(phi); {@code sx} = e^{-i pi/4} SqrtX; {@code sxdg} =
 * e^{i pi/4} SqrtX^-1. Compare states by fidelity, not amplitude by amplitude. Every other gate,
 * of the library or of the program, is expanded through its definition into these; gates on
 * three or more qubits (ccx, cswap, c3x, ...) thus become one- and two-qubit operations.
 * {@code c3sqrtx} is the 3-controlled sqrt X, as Qiskit reads it; the qelib1.inc text Qiskit ships
 * gives it inverted angles (the 3-controlled sqrt X^dagger), and its c4x is rewritten to match.
 *
 * <p>Measurements: a {@link Circuit} holds unitary operations, so {@code measure} must be
 * terminal: it is checked and dropped, and a later gate on a measured qubit is an error ("only
 * terminal measurements are supported"). {@code reset}, {@code if} and includes other than
 * qelib1.inc are refused with a message saying so.
 *
 * <p>Bad input throws {@link InputFormatException} with one line: {@code source:line:column:}
 * what was found and what was expected.
 */
public final class OpenQasm {
  private OpenQasm() {}

  /**
   * Reads an OpenQASM 2.0 file.
   *
   * @throws InputFormatException naming the file, line and column of the first problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Circuit read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /**
   * Reads an OpenQASM 2.0 program from text; {@code source} names it in error messages.
   *
   * @throws InputFormatException naming {@code source}, line and column of the first problem
   */
  public static Circuit parse(String text, String source) {
    return QasmParser.program(text, source, true);
  }

  /**
   * The same program with every gate expanded through its definition down to the built-ins U and
   * CX, ignoring the named-gate mapping: the reference the mapping is tested against.
   */
  static Circuit parseExpanded(String text, String source) {
    return QasmParser.program(text, source, false);
  }
}
