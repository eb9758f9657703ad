package org.qsl.circuits.dist;

/** Refuses an allocation that cannot fit in the heap before it is attempted. */
public final class Heap {
  private Heap() {}

  /**
   * Checks that {@code bytes} more can be allocated.
   *
   * @throws IllegalArgumentException naming the bytes needed and the bytes available
   */
  public static void require(long bytes, String what) {
    if (bytes <= available()) {
      return;
    }
    System.gc(); // garbage may hide the space; ask once before refusing
    long available = available();
    if (bytes > available) {
      throw new IllegalArgumentException(what + " needs " + bytes + " bytes but the heap has "
          + available + " bytes available (raise -Xmx, e.g. QSL_JAVA_OPTS=-Xmx20g)");
    }
  }

  private static long available() {
    Runtime r = Runtime.getRuntime();
    return r.maxMemory() - (r.totalMemory() - r.freeMemory());
  }
}
