package org.qsl.learners;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The versions of the software that trained a model.
 *
 * @param qsl qsl's project version
 * @param deeplearning4j the DL4J / ND4J release
 * @param nd4jBackend the ND4J backend class (CPU or CUDA), which decides bitwise reproducibility
 * @param java the Java runtime version and vendor
 */
public record LibraryVersions(String qsl, String deeplearning4j, String nd4jBackend, String java) {

  private static LibraryVersions current;

  /** The versions of this process (computed once). */
  public static synchronized LibraryVersions current() {
    if (current == null) {
      current = new LibraryVersions(
          property(LibraryVersions.class, "qsl-version.properties"),
          property(Nd4j.class, "/META-INF/maven/org.nd4j/nd4j-api/pom.properties"),
          Nd4j.getBackend().getClass().getSimpleName(),
          Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
    }
    return current;
  }

  /** The {@code version} property of a classpath resource, or "unknown" if it is absent. */
  private static String property(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
