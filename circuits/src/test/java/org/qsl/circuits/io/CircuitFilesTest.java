package org.qsl.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.Circuit;

class CircuitFilesTest {
  @TempDir
  Path dir;

  @Test
  void theNameChoosesTheFormat() throws Exception {
    Path qasm = Files.writeString(dir.resolve("bell.QASM"),
        "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\nh q[0];\ncx q[0],q[1];\n");
    Path qsim = Files.writeString(dir.resolve("bell.txt"), "2\n0 h 0\n1 cnot 0 1\n");
    Circuit fromQasm = CircuitFiles.read(qasm);
    assertEquals(CircuitFiles.read(qsim).operations(), fromQasm.operations());
    // qsim text is not OpenQASM: a .qasm name holding it fails in the QASM reader
    Path misnamed = Files.copy(qsim, dir.resolve("bell.qasm"));
    assertThrows(InputFormatException.class, () -> CircuitFiles.read(misnamed));
  }
}
