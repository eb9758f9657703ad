package org.qsl.learners.argan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.qsl.learners.adversarial.Mlp;
import org.qsl.learners.autoregressive.Autoregressive;
import org.qsl.learners.autoregressive.PrefixBatch;

class MlpConditionalsTest {

  /** The generator as an {@link Autoregressive} model, for the prefix walks. */
  private record Walked(MlpConditionals generator) implements Autoregressive {
    @Override
    public int qubits() {
      return 6;
    }

    @Override
    public PrefixBatch root() {
      return generator.root();
    }
  }

  @Test
  void teacherForcedLogitsGiveThePrefixWalksLikelihoods() {
    MlpConditionals generator = new MlpConditionals(6, 5, 1e-3, new SplittableRandom(1));
    long[] strings = {0, 63, 0b101100, 0b010111, 0b000001};
    double[] logits = generator.logits(strings);
    double[] walked = new Walked(generator).logProbabilities(strings);
    for (int i = 0; i < strings.length; i++) {
      double logp = 0;
      for (int t = 0; t < 6; t++) {
        double z = logits[i * 6 + t];
        long bit = strings[i] >>> (5 - t) & 1;
        logp -= Math.log1p(Math.exp(bit == 1 ? -z : z));
      }
      assertEquals(logp, walked[i], 1e-12, "string " + strings[i]);
    }
  }

  @Test
  void countsOneNetworkPerBit() {
    // bit 0's network has one (constant) input, bit t's t inputs
    long expected = Mlp.parameterCount(1, 5, 1);
    for (int t = 1; t < 6; t++) {
      expected += Mlp.parameterCount(t, 5, 1);
    }
    assertEquals(expected, new MlpConditionals(6, 5, 1e-3, new SplittableRandom(1))
        .parameterCount());
  }

  @Test
  void descendingTheLikelihoodGradientRaisesTheLikelihood() {
    MlpConditionals generator = new MlpConditionals(6, 5, 1e-2, new SplittableRandom(2));
    long[] strings = {0b101100, 0b101100, 0b010111};
    double before = Double.NaN;
    for (int i = 0; i < 20; i++) {
      double[] logits = generator.logits(strings);
      double[] gradient = new double[logits.length];
      double loss = SequenceGradients.maximumLikelihood(strings, 6, logits, gradient);
      before = i == 0 ? loss : before;
      generator.descend(gradient, i, 1);
    }
    double[] logits = generator.logits(strings);
    double after = SequenceGradients.maximumLikelihood(strings, 6, logits,
        new double[logits.length]);
    // 20 Adam steps of 0.01 on every weight move the logits by up to ~1 each
    assertTrue(after < before - 0.5, before + " -> " + after);
  }
}
