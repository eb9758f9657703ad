package org.qsl.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Operation;

class QsimFormatTest {

  static Circuit sycamore12() throws Exception {
    return QsimFormat.read(
        Path.of(QsimFormatTest.class.getResource("/reference/n12_m14_s0_pEFGH.qsim").toURI()));
  }

  @Test
  void readsTheSharedSycamoreCircuit() throws Exception {
    Circuit c = sycamore12();
    assertEquals(12, c.qubits());
    assertEquals(480, c.size());
    Map<String, Long> counts = c.operations().stream().collect(
        Collectors.groupingBy(op -> op.gate().getClass().getSimpleName(), Collectors.counting()));
    assertEquals(Map.of("SqrtX", 64L, "SqrtY", 59L, "SqrtW", 57L, "Rz", 240L, "FSim", 60L),
        counts);
    // first and a parameterised line, as written in the file
    assertEquals(new Operation(Gates.SQRT_W, 0), c.operations().get(0));
    assertEquals(new Operation(new Gate.Rz(0.8693959871027742), 1), c.operations().get(12));
    assertEquals(new Operation(new Gate.FSim(1.5862983338115253, 0.5200148508319427), 1, 2),
        c.operations().get(18));
  }

  @Test
  void writeThenReadReturnsTheSameCircuit() throws Exception {
    Circuit c = sycamore12();
    assertEquals(c, QsimFormat.parse(QsimFormat.format(c), "roundtrip"));

    Circuit every = Circuit.builder(3)
        .add(Gates.I, 0).add(Gates.H, 1).add(Gates.T, 2).add(Gates.X, 0).add(Gates.Y, 1)
        .add(Gates.Z, 2).add(Gates.S, 0).add(Gates.SQRT_X, 1).add(Gates.SQRT_Y, 2)
        .add(Gates.SQRT_W, 0).add(new Gate.Rx(0.1), 1).add(new Gate.Ry(1e-7), 2)
        .add(new Gate.Rz(-55.123456789012345), 0).add(new Gate.Rxy(0.3, -0.4), 1)
        .add(Gates.I2, 0, 1).add(Gates.CZ, 1, 2).add(Gates.CNOT, 2, 0).add(Gates.SWAP, 0, 1)
        .add(Gates.ISWAP, 1, 2).add(new Gate.FSim(Math.PI / 2, Math.PI / 6), 0, 2)
        .add(new Gate.CPhase(0.78), 0, 1).add(Gates.H, 0).build();
    assertEquals(every, QsimFormat.parse(QsimFormat.format(every), "roundtrip"));
  }

  @Test
  void writerKeepsOperationOrderAndGivesEachQubitOneGatePerTime() {
    Circuit c = Circuit.builder(2).add(Gates.H, 0).add(Gates.H, 0).add(Gates.X, 1).build();
    assertEquals("2\n0 h 0\n1 h 0\n1 x 1\n", QsimFormat.format(c));
  }

  @Test
  void terminalMeasurementsAreAcceptedAndDropped() {
    Circuit c = QsimFormat.parse("2\n0 h 0\n1 cx 0 1\n2 m 0 1\n", "bell");
    assertEquals(Circuit.builder(2).add(Gates.H, 0).add(Gates.CNOT, 0, 1).build(), c);
  }

  @Test
  void writesAtomicallyToAFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.qsim");
    Circuit c = Circuit.builder(2).add(Gates.H, 0).add(Gates.CZ, 0, 1).build();
    QsimFormat.write(c, f);
    assertEquals(c, QsimFormat.read(f));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void gatesWithoutAQsimNameAreRefused() {
    Circuit c = Circuit.builder(1).add(new Gate.PhasedX(0.5, 0.1), 0).build();
    var e = assertThrows(IllegalArgumentException.class, () -> QsimFormat.format(c));
    assertTrue(e.getMessage().contains("no gate for PhasedX"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''                         | bad:1: empty file",
      "x                          | bad:1:1: expected the number of qubits",
      "2 3                        | bad:1:1: expected the number of qubits",
      "2\\n0 foo 1                | bad:2:3: unknown gate 'foo'",
      "2\\n0 cz 0                 | bad:2:6: gate 'cz' takes 2 qubit(s) and 0 parameter(s), found 1",
      "2\\n0 rz 0                 | bad:2:6: gate 'rz' takes 1 qubit(s) and 1 parameter(s), found 1",
      "2\\n0 h 2                  | bad:2:5: qubit 2 out of range: the circuit has 2 qubits (0..1)",
      "2\\n0 h 0\\n0 x 0          | bad:3:5: qubit 0 already has a gate at time 0 (line 2)",
      "2\\n1 h 0\\n0 x 1          | bad:3:1: time 0 is earlier than time 1",
      "2\\nt h 0                  | bad:2:1: expected time (a non-negative integer), found 't'",
      "2\\n0 rx 0 pi              | bad:2:8: expected a number, found 'pi'",
      "2\\n0 rx 0 NaN             | bad:2:8: expected a number, found 'NaN'",
      "2\\n0 cz 1 1               | bad:2:8: qubit 1 appears twice in one gate",
      "2\\n0 m 0\\n1 h 0          | bad:3:5: qubit 0 was measured on line 2",
      "2\\n0                      | bad:2:2: expected a gate name",
  })
  void badInputGivesFileLineColumnAndTheProblem(String text, String expected) {
    String input = text.replace("\\n", "\n");
    var e = assertThrows(InputFormatException.class, () -> QsimFormat.parse(input, "bad"));
    assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

}
