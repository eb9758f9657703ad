package org.qsl.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.io.QsimFormat;
import org.qsl.circuits.random.BrickworkGenerator;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;
import org.qsl.experiments.CircuitFamily.CircuitInstance;

class CircuitFamilyTest {
  @TempDir
  Path dir;

  @Test
  void specsReadBackAsTheSameFamily() {
    for (String spec : List.of("sycamore:14", "sycamore:8:ABCD", "brickwork:6")) {
      assertEquals(spec, CircuitFamily.parse(spec).spec());
    }
    assertEquals(new CircuitFamily.Sycamore(14, "ABCDCDAB"), CircuitFamily.parse("sycamore:14"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CircuitFamily.parse("sycamore:x"));
    assertEquals("unknown circuits 'sycamore:x'; expected sycamore:CYCLES, sycamore:CYCLES:PATTERN,"
        + " brickwork:CYCLES or file:PATH", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CircuitFamily.parse("brickwork:0"));
    assertThrows(IllegalArgumentException.class, () -> CircuitFamily.parse("sycamore:4:ABXD"));
  }

  @Test
  void sycamoreUsesTheFirstSitesOfANearSquareGrid() {
    // n = 12 is the full 3x4 grid of the reference circuit; instance i is seed i
    assertEquals(new SycamoreGenerator(Grid.rectangle(3, 4)).generate(14, 3),
        new CircuitFamily.Sycamore(14, "ABCDCDAB").circuit(12, 3));
    Grid five = CircuitFamily.Sycamore.grid(5);
    assertEquals(2, five.rows());
    assertEquals(3, five.cols());
    assertEquals(4, five.qubit(1, 1));
    assertEquals(-1, five.qubit(1, 2));
    assertEquals(List.of(new CircuitInstance(4, "sycamore:14", 0),
        new CircuitInstance(4, "sycamore:14", 1), new CircuitInstance(6, "sycamore:14", 0),
        new CircuitInstance(6, "sycamore:14", 1)),
        new CircuitFamily.Sycamore(14, "ABCDCDAB").instances(List.of(4, 6), 2));
  }

  @Test
  void filesAreInstancesAtTheirOwnQubitCount() {
    Circuit three = new BrickworkGenerator(3).generate(4, 0);
    Circuit four = new BrickworkGenerator(4).generate(4, 1);
    Path a = dir.resolve("a.qsim");
    Path b = dir.resolve("b.qsim");
    QsimFormat.write(four, a);
    QsimFormat.write(three, b);
    CircuitFamily files = new CircuitFamily.Files(List.of(a, b));
    List<CircuitInstance> all = files.instances(List.of(), 1);
    assertEquals(List.of(new CircuitInstance(3, "file:" + b, 0),
        new CircuitInstance(4, "file:" + a, 0)), all);
    assertEquals(three, all.get(0).build());
    assertEquals(List.of(new CircuitInstance(4, "file:" + a, 0)),
        files.instances(List.of(4), 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CircuitFamily.parse("file:" + a).circuit(5, 0));
    assertEquals(a + ": the circuit has 4 qubits, not 5", e.getMessage());
  }
}
