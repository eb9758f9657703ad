package org.qsl.circuits.sim;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.io.QsimFormat;

/**
 * The shared 12-qubit Sycamore circuit {@code n12_m14_s0_pEFGH} and its published output
 * distribution {@code q12c0.txt} (test resources), for checking backends.
 */
public final class Sycamore12 {
  private Sycamore12() {}

  /** The circuit, read from qsim format. */
  public static Circuit circuit() {
    return QsimFormat.read(resource("n12_m14_s0_pEFGH.qsim"));
  }

  /**
   * The published distribution, normalised (the file's float32 values sum to 1.0000024); index
   * j has qubit 0 as its most significant bit.
   */
  public static double[] distribution() throws IOException {
    double[] p = Files.readAllLines(resource("q12c0.txt")).stream()
        .mapToDouble(Double::parseDouble).toArray();
    double sum = 0;
    for (double x : p) {
      sum += x;
    }
    for (int j = 0; j < p.length; j++) {
      p[j] /= sum;
    }
    return p;
  }

  /** Total variation distance, half the L1 distance, between a state's probabilities and p. */
  public static double totalVariation(StateVector state, double[] p) {
    double sum = 0;
    for (int j = 0; j < p.length; j++) {
      sum += Math.abs(state.probability(j) - p[j]);
    }
    return sum / 2;
  }

  private static Path resource(String name) {
    try {
      return Path.of(Sycamore12.class.getResource("/reference/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
