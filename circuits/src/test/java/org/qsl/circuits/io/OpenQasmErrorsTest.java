package org.qsl.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of bad OpenQASM input gets one line: source, line, column and what was expected. */
class OpenQasmErrorsTest {
  /** Four lines of valid header; the statement under test starts on line 5. */
  private static final String HEAD =
      "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\ncreg c[2];\n";

  static Stream<Arguments> badPrograms() {
    return Stream.of(
        Arguments.of("syntax error", HEAD + "h (q[0]);",
            "5:4: expected a number, pi, a function (sin, cos, tan, exp, ln, sqrt) or '(', "
                + "found 'q'"),
        Arguments.of("syntax error in an expression", HEAD + "rx(pi*) q[0];",
            "5:7: expected a number, pi, a function (sin, cos, tan, exp, ln, sqrt) or '(', "
                + "found ')'"),
        Arguments.of("unclosed parameter list", HEAD + "rx(0.1 q[0];",
            "5:8: expected ',' or ')' in the parameter list, found 'q'"),
        Arguments.of("unexpected character", HEAD + "h q[0]; # note",
            "5:9: unexpected character '#': expected a statement, a name, a number or one of "
                + ";,()[]{}+-*/^ -> =="),
        Arguments.of("unterminated string", HEAD + "include \"qelib1.inc;\n",
            "5:9: unterminated string: expected a closing '\"' on the same line"),
        Arguments.of("missing header", "qreg q[1];",
            "1:1: expected 'OPENQASM 2.0;' as the first statement, found 'qreg'"),
        Arguments.of("other version", "OPENQASM 3.0;\nqreg q[1];",
            "1:10: expected version 2.0 after OPENQASM (only OpenQASM 2.0 is supported), "
                + "found '3.0'"),
        Arguments.of("unknown gate", HEAD + "foo q[0];",
            "5:1: unknown gate 'foo'; gates must be defined (gate ...) before they are used"),
        Arguments.of("library gate without the include", "OPENQASM 2.0;\nqreg q[1];\nh q[0];",
            "3:1: unknown gate 'h'; it is defined in qelib1.inc: add 'include \"qelib1.inc\";'"),
        Arguments.of("too many parameters", HEAD + "rx(0.1, 0.2) q[0];",
            "5:1: gate 'rx' takes 1 parameter(s), found 2"),
        Arguments.of("missing parameters", HEAD + "rx q[0];",
            "5:1: gate 'rx' takes 1 parameter(s), found 0"),
        Arguments.of("too few qubits", HEAD + "cx q[0];",
            "5:1: gate 'cx' acts on 2 qubit(s), found 1"),
        Arguments.of("qubit index out of range", HEAD + "h q[2];",
            "5:5: index 2 out of range: qreg q[2] has indices 0..1"),
        Arguments.of("index not an integer", HEAD + "h q[1.5];",
            "5:5: expected an index (a non-negative integer), found '1.5'"),
        Arguments.of("undeclared register", HEAD + "h r[0];", "5:3: undeclared qreg 'r'"),
        Arguments.of("creg used as a qreg", HEAD + "h c[0];",
            "5:3: 'c' is a creg, expected a qreg"),
        Arguments.of("register declared twice", HEAD + "qreg q[3];",
            "5:6: register 'q' is already declared on line 3"),
        Arguments.of("empty register", HEAD + "qreg r[0];",
            "5:6: register 'r' needs a size of at least 1, found 0"),
        Arguments.of("no qreg", "OPENQASM 2.0;\ncreg c[1];\n",
            "3:1: no qreg declared: expected at least one 'qreg name[size];'"),
        Arguments.of("missing semicolon", HEAD + "h q[0]\ncx q[0],q[1];",
            "5:7: expected ';' at the end of the statement, found 'cx' on line 6"),
        Arguments.of("unterminated gate body", HEAD + "gate foo a { h a;\n",
            "6:1: expected '}' to close the body of gate 'foo' opened at 5:12, found end of input"
                + " (a gate body holds only gate applications and barriers)"),
        Arguments.of("gate body running into the next statement",
            HEAD + "gate foo a { h a;\nqreg r[1];",
            "6:1: expected '}' to close the body of gate 'foo' opened at 5:12, found 'qreg'"
                + " (a gate body holds only gate applications and barriers)"),
        Arguments.of("missing gate body", HEAD + "gate g a h a; }",
            "5:10: expected '{' to open the body of gate 'g', found 'h'"),
        Arguments.of("unknown parameter in a gate body", HEAD + "gate g(t) a { rx(s) a; }",
            "5:18: expected a number, pi, a parameter (t), a function (sin, cos, tan, exp, ln, "
                + "sqrt) or '(', found 's'"),
        Arguments.of("qubit that is not an argument", HEAD + "gate g a { cx a, b; }",
            "5:18: 'b' is not a qubit argument of gate 'g' (a); a gate body can use only those"),
        Arguments.of("argument repeated in a body", HEAD + "gate g a, b { cx a, a; }",
            "5:21: qubit argument 'a' appears twice in one application of 'cx'"),
        Arguments.of("argument declared twice", HEAD + "gate g a, a { x a; }",
            "5:11: argument name 'a' is used twice in one gate declaration"),
        Arguments.of("gate defined twice", HEAD + "gate foo a { h a; }\ngate foo b { x b; }",
            "6:6: cannot define gate 'foo': it is already defined on line 5"),
        Arguments.of("library gate redefined with another signature", HEAD + "gate cx a { x a; }",
            "5:6: cannot define gate 'cx': qelib1.inc defines it with 0 parameter(s) and 2 "
                + "qubit(s)"),
        Arguments.of("built-in redefined", HEAD + "gate U a { x a; }",
            "5:6: cannot define gate 'U': it is built in"),
        Arguments.of("opaque gate applied", HEAD + "opaque magic(t) a, b;\nmagic(0.1) q[0], q[1];",
            "6:1: gate 'magic' is opaque (declared on line 5): it has no definition to simulate"),
        Arguments.of("same qubit twice", HEAD + "cx q[0], q[0];",
            "5:10: qubit q[0] appears twice in one application of 'cx'"),
        Arguments.of("broadcast over registers of different sizes", HEAD + "qreg r[3];\ncx q, r;",
            "6:7: register 'r' has 3 qubits but register 'q' has 2: registers in one gate "
                + "application must have equal sizes"),
        Arguments.of("mid-circuit measurement", HEAD + "measure q[0] -> c[0];\nbarrier q;\n"
                + "cx q[1], q[0];",
            "7:1: qubit q[0] was measured on line 5; only terminal measurements are supported"),
        Arguments.of("mid-circuit measurement inside a gate", HEAD + "gate g a, b { h b; }\n"
                + "measure q -> c;\ng q[0], q[1];",
            "7:1: qubit q[1] was measured on line 6; only terminal measurements are supported"),
        Arguments.of("measurement of mismatched sizes", HEAD + "measure q -> c[0];",
            "5:1: measure needs a qubit and a bit, or a qreg and a creg of equal size; found q "
                + "(2 qubit(s)) -> c[0] (1 bit(s))"),
        Arguments.of("measurement without an arrow", HEAD + "measure q[0] c[0];",
            "5:14: expected '->' and the classical bit or register, found 'c'"),
        Arguments.of("reset", HEAD + "reset q[0];",
            "5:1: reset is not supported: a Circuit is a unitary applied to |0...0>"),
        Arguments.of("classical control", HEAD + "if (c == 1) x q[0];",
            "5:1: classically controlled operations ('if') are not supported: a Circuit holds "
                + "unitary operations only"),
        Arguments.of("other include", HEAD + "include \"stdgates.inc\";",
            "5:9: cannot include \"stdgates.inc\": only \"qelib1.inc\" is supported; copy the "
                + "file's gate definitions into the program instead"),
        Arguments.of("second header", HEAD + "OPENQASM 2.0;",
            "5:1: 'OPENQASM' may appear only once, as the first statement"),
        Arguments.of("infinite parameter", HEAD + "rx(ln(0)) q[0];",
            "5:1: a parameter of gate 'rx' evaluates to -Infinity"),
        Arguments.of("undefined parameter", HEAD + "gate g(t) a { rx(sqrt(t)) a; }\ng(-1) q[0];",
            "6:1: a parameter of gate 'rx' evaluates to NaN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPrograms")
  void badInputIsOneLineWithItsLocation(String kind, String program, String expected) {
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> OpenQasm.parse(program, "t.qasm"));
    assertEquals("t.qasm:" + expected, e.getMessage());
    assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
  }
}
