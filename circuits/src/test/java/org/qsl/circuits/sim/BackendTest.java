package org.qsl.circuits.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BackendTest {

  @Test
  void parsesTheNamesInAnyCase() {
    assertEquals(Backend.CPU, Backend.parse("cpu"));
    assertEquals(Backend.ND4J, Backend.parse("ND4J"));
    assertEquals(Backend.STRANGE, Backend.parse(" Strange "));
    assertEquals("unknown backend 'gpu'; expected one of cpu, nd4j, strange",
        assertThrows(IllegalArgumentException.class, () -> Backend.parse("gpu")).getMessage());
  }

  @Test
  void createsTheSimulatorOfEachBackend() {
    assertInstanceOf(CpuSimulator.class, Backend.DEFAULT.create());
    assertInstanceOf(Nd4jSimulator.class, Backend.ND4J.create());
    assertInstanceOf(StrangeSimulator.class, Backend.STRANGE.create());
  }
}
