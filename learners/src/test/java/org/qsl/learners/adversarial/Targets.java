package org.qsl.learners.adversarial;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.metrics.Estimate;
import org.qsl.circuits.metrics.Xeb;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.circuits.sim.CpuSimulator;
import org.qsl.learners.ProductTarget;

/** Target distributions and scores for the GAN tests. */
public final class Targets {
  private Targets() {}

  /** Independent bits with P(bit q = 1) = marginals[q], qubit 0 most significant. */
  public static Distribution product(double... marginals) {
    return Distribution.of(new ProductTarget(marginals).distribution());
  }

  /**
   * The natural target: the output distribution of a seeded Sycamore-style random circuit on a
   * {@code rows} x {@code cols} grid, simulated with the CPU simulator.
   */
  public static Distribution sycamore(int rows, int cols, int cycles, long seed) {
    return Distribution.fromState(CpuSimulator.create()
        .run(new SycamoreGenerator(Grid.rectangle(rows, cols)).generate(cycles, seed)));
  }

  /**
   * Linear XEB normalised by its ideal value N sum p^2 - 1: 1 for samples of p, 0 for uniform
   * ones; with its standard error.
   */
  public static Estimate normalisedXeb(Distribution p, SampleSet samples) {
    Estimate xeb = Xeb.linear(p, samples);
    double ideal = Xeb.idealLinear(p);
    return new Estimate(xeb.value() / ideal, xeb.standardError() / ideal);
  }

  /**
   * Asserts that {@code samples} of a model beat as many uniform samples on {@code target}: their
   * normalised linear XEB is higher by more than 5 standard errors of the difference.
   */
  public static void assertBeatsUniform(Distribution target, SampleSet samples) {
    long[] uniform = new long[samples.size()];
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < uniform.length; i++) {
      uniform[i] = random.nextLong(target.dimension());
    }
    Estimate model = normalisedXeb(target, samples);
    Estimate baseline = normalisedXeb(target, SampleSet.of(samples.qubits(), uniform));
    double margin = model.value() - baseline.value();
    double error = Math.hypot(model.standardError(), baseline.standardError());
    assertTrue(margin > 5 * error, "XEB " + model + " vs uniform " + baseline);
  }

  /** Total variation distance between p and the empirical distribution of {@code samples}. */
  public static double totalVariation(Distribution p, SampleSet samples) {
    double[] q = new double[Math.toIntExact(p.dimension())];
    for (int i = 0; i < samples.size(); i++) {
      q[(int) samples.get(i)] += 1.0 / samples.size();
    }
    double t = 0;
    for (int x = 0; x < q.length; x++) {
      t += Math.abs(p.probability(x) - q[x]);
    }
    return t / 2;
  }
}
