package org.qsl.learners.argan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qsl.learners.autoregressive.Autoregressive;
import org.qsl.learners.autoregressive.PrefixBatch;
import org.qsl.learners.autoregressive.SequenceGenerator;

/** The AR-GAN's generators, 6-bit strings. */
class SequenceGeneratorsTest {
  private static final int N = 6;
  private static final long[] STRINGS = {0, 63, 0b101100, 0b010111, 0b000001};

  static Stream<Named<Supplier<SequenceGenerator>>> generators() {
    return Stream.of(GeneratorNetwork.values())
        .map(network -> Named.<Supplier<SequenceGenerator>>of(network.name(),
            () -> network.create(N, 5, 8, 1e-2, new SplittableRandom(1))));
  }

  /** A generator as an {@link Autoregressive} model, for the prefix walks. */
  private record Walked(SequenceGenerator generator) implements Autoregressive {
    @Override
    public int qubits() {
      return N;
    }

    @Override
    public PrefixBatch root() {
      return generator.root();
    }
  }

  @ParameterizedTest
  @MethodSource("generators")
  void teacherForcedLogitsGiveThePrefixWalksLikelihoods(Supplier<SequenceGenerator> make) {
    SequenceGenerator generator = make.get();
    double[] logits = generator.logits(STRINGS);
    double[] walked = new Walked(generator).logProbabilities(STRINGS);
    for (int i = 0; i < STRINGS.length; i++) {
      double logp = 0;
      for (int t = 0; t < N; t++) {
        double z = logits[i * N + t];
        long bit = STRINGS[i] >>> (N - 1 - t) & 1;
        logp -= Math.log1p(Math.exp(bit == 1 ? -z : z));
      }
      // the walks may run in single precision
      assertEquals(logp, walked[i], 1e-5, "string " + STRINGS[i]);
    }
  }

  @ParameterizedTest
  @MethodSource("generators")
  void descendingTheLikelihoodGradientRaisesTheLikelihoodAndSnapshotsUndoIt(
      Supplier<SequenceGenerator> make) {
    SequenceGenerator generator = make.get();
    long[] strings = {0b101100, 0b101100, 0b010111};
    double[] start = generator.logits(strings);
    double before = SequenceGradients.maximumLikelihood(strings, N, start, new double[18]);
    Runnable undo = generator.snapshot();
    for (int i = 0; i < 50; i++) {
      double[] logits = generator.logits(strings);
      double[] gradient = new double[logits.length];
      SequenceGradients.maximumLikelihood(strings, N, logits, gradient);
      generator.descend(gradient, i, 1);
    }
    double after = SequenceGradients.maximumLikelihood(strings, N, generator.logits(strings),
        new double[18]);
    // 50 Adam steps of 0.01 on every weight move the logits by up to ~2 each
    assertTrue(after < 0.95 * before, before + " -> " + after);
    undo.run();
    assertArrayEquals(start, generator.logits(strings), 0);
  }

  @Test
  void theMlpGeneratorHasOneNetworkPerBit() {
    // bit 0's network has one (constant) input, bit t's t inputs; a network of k inputs, 5 hidden
    // units and one output has (k + 1) 5 + (5 + 1) 1 = 5 k + 11 parameters, and the inputs of the
    // six sum to 1 + 1 + 2 + 3 + 4 + 5 = 16: 5 * 16 + 6 * 11 = 146
    assertEquals(146, new MlpConditionals(N, 5, 1e-3, new SplittableRandom(1))
        .parameterCount());
  }
}
