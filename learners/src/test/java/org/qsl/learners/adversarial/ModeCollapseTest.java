package org.qsl.learners.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.Sampler;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.ModelArrays;
import org.qsl.learners.Step;
import org.qsl.learners.TrainingListener;
import org.qsl.learners.TrainingProgress;
import org.qsl.learners.product.ProductConfig;

/** The mode-collapse report of {@link AdversarialLearner}, with a generator that has collapsed. */
class ModeCollapseTest {
  @TempDir Path dir;

  /** A "GAN" whose generator puts out one of three strings, whatever it is trained on. */
  private static final class ThreeStrings extends AdversarialLearner<ProductConfig> {
    ThreeStrings() {
      super("three", 8, new ProductConfig(3, 100, 0.1, 0), new Discriminator(8, List.of(4),
          AdversarialLoss.NON_SATURATING, 0, 0.1, 0.5, 0.999));
    }

    @Override
    protected double adversarialStep(SampleSet batch, Step step) {
      return 1;
    }

    @Override
    protected Runnable snapshotGenerator() {
      return () -> {};
    }

    @Override
    public SampleSet sample(int count, long seed) {
      long[] x = new long[count];
      for (int i = 0; i < count; i++) {
        x[i] = i % 3;
      }
      return SampleSet.of(8, x);
    }

    @Override
    public long parameterCount() {
      return 0;
    }

    @Override
    protected void saveGenerator(Map<String, INDArray> arrays) {}

    @Override
    protected void loadGenerator(ModelArrays arrays) {}
  }

  @Test
  void aCollapsedGeneratorIsReportedAndFlagged() {
    double[] uniform = new double[256];
    java.util.Arrays.fill(uniform, 1.0 / 256);
    SampleSet data = new Sampler(Distribution.of(uniform)).sample(1000, 1);
    List<String> warnings = new ArrayList<>();
    ThreeStrings model = new ThreeStrings();
    model.fit(data, new TrainingListener() {
      @Override
      public void onStep(TrainingProgress progress) {}

      @Override
      public void onWarning(String message) {
        warnings.add(message);
      }
    });
    DiversityCheck check = model.diversity().orElseThrow();
    assertTrue(check.collapsed());
    assertEquals(3, check.distinct());
    assertEquals(DiversityCheck.expectedDistinct(data, DiversityCheck.SAMPLES), check.expected());
    // a warning when it collapses and one at the end, not one every epoch
    assertEquals(List.of("three epoch 1: " + check.message(), "three epoch 3: " + check.message()),
        warnings);
  }
}
