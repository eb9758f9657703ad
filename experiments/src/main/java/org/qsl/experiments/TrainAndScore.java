package org.qsl.experiments;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qsl.circuits.ProgressListener;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.Sampler;
import org.qsl.circuits.dist.Target;
import org.qsl.circuits.metrics.KullbackLeibler;
import org.qsl.circuits.metrics.Scorecard;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.circuits.sim.Simulator;
import org.qsl.experiments.CircuitFamily.CircuitInstance;
import org.qsl.learners.ExactLikelihood;
import org.qsl.learners.Learner;
import org.qsl.learners.Seeds;
import org.qsl.learners.SizeKnob;
import org.qsl.learners.TrainingDivergedException;
import org.qsl.learners.TrainingListener;
import org.qsl.learners.TrainingProgress;

/**
 * The real {@link ConfigurationRunner}: simulates the configuration's circuit exactly, makes its
 * target, draws training samples from it, trains the learner its {@link SizeKnob} builds, draws
 * fresh samples from the trained model and scores them against the target ({@link Scorecard},
 * with exact scores where the model has {@link ExactLikelihood}).
 *
 * <p>Seeds: the circuit is instance i of its family (a generated circuit's seed is i) and random
 * targets (shuffled, random parities) are seeded with i too, so every seed of a scan sees the same
 * target. Training seed s is the learner's master seed; the training samples are drawn with
 * {@code Seeds.derive(s, 1)} and the model's test samples with {@code Seeds.derive(s, 2)}.
 *
 * <p>Targets: the specs of {@link Target#parse(String, long)}, and {@code depolarised:F}, the
 * natural distribution sampled with fidelity F (each training sample from p with probability F,
 * uniform otherwise) and scored against p, so that a perfect learner of the noisy data scores 1
 * after normalisation by the training samples' XEB.
 *
 * <p>Warnings of training (e.g. a GAN's mode collapse) go into the row's note, so that such a model
 * is not scored silently. A model whose training diverges is scored as it was before the
 * offending step (the learner keeps those parameters), and the row's note says so: a scan does
 * not stop for one unstable model, and the table counts it as what it achieved.
 */
public final class TrainAndScore implements ConfigurationRunner {
  private static final String DEPOLARISED = "depolarised:";
  private static final int CACHED_TARGETS = 8;

  private final Simulator simulator;
  private final Map<List<Object>, Distribution> targets = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<List<Object>, Distribution> eldest) {
      return size() > CACHED_TARGETS;
    }
  };

  /** A runner that simulates circuits with {@code simulator}. */
  public TrainAndScore(Simulator simulator) {
    this.simulator = simulator;
  }

  @Override
  public ResultRow run(Configuration c, TrainingListener listener) {
    long start = System.nanoTime();
    SizeKnob knob = SizeKnob.of(c.learner());
    Distribution p = target(c.qubits(), c.circuit(), c.instance(), c.target());
    SampleSet train = new Sampler(p).sample(c.trainSamples(), fidelity(c.target()),
        Seeds.derive(c.seed(), 1), ProgressListener.NONE);
    Learner learner = knob.create(c.qubits(), c.size(), c.epochs(), c.seed());

    List<Double> losses = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    long trainStart = System.nanoTime();
    try {
      learner.fit(train, new TrainingListener() {
        @Override
        public void onStep(TrainingProgress progress) {
          listener.onStep(progress);
        }

        @Override
        public void onEpochEnd(TrainingProgress progress) {
          losses.add(progress.loss());
          listener.onEpochEnd(progress);
        }

        @Override
        public void onWarning(String message) {
          notes.add(message);
          listener.onWarning(message);
        }
      });
    } catch (TrainingDivergedException e) {
      // The parameters are those before the offending step: score the model as it stands.
      notes.add(e.getMessage() + "; scored as it was before that step");
    }
    double trainingSeconds = (System.nanoTime() - trainStart) / 1e9;

    SampleSet test = learner.sample(c.testSamples(), Seeds.derive(c.seed(), 2));
    Distribution q = learner instanceof ExactLikelihood exact
        && c.qubits() <= ExactLikelihood.MAX_DISTRIBUTION_QUBITS
        ? Distribution.of(exact.distribution()) : null;
    Scorecard card = Scorecard.of(p, test, train, q, KullbackLeibler.DEFAULT_SMOOTHING);
    double normaliser = card.theoreticalLinearXeb();
    Scores scores = new Scores(card.normalisedLinearXeb(), card.model().linearXeb().value(),
        normaliser, q == null ? null : card.exact().linearXeb() / normaliser,
        q == null ? null : card.exact().kl(), card.model().kl(), card.normalisedLogisticXeb());
    Map<String, Object> provenance = learner.provenance()
        .map(pr -> ResultLog.JSON.convertValue(pr, new TypeReference<Map<String, Object>>() {}))
        .orElse(Map.of());
    return new ResultRow(c, knob.name(), learner.parameterCount(), scores, losses,
        trainingSeconds, (System.nanoTime() - start) / 1e9, Instant.now().toString(),
        provenance, String.join("; ", notes));
  }

  /**
   * The target distribution of a configuration: the circuit's exact output distribution made
   * into {@code target} (cached for the last few, since a scan visits each many times).
   */
  public synchronized Distribution target(int qubits, String circuit, int instance,
      String target) {
    List<Object> key = List.of(qubits, circuit, instance, target);
    Distribution d = targets.get(key);
    if (d == null) {
      Distribution natural = Distribution.fromState(
          simulator.run(new CircuitInstance(qubits, circuit, instance).build()));
      d = target.startsWith(DEPOLARISED) ? natural
          : Target.parse(target, instance).apply(natural);
      targets.put(key, d);
    }
    return d;
  }

  /** The fidelity training samples are drawn with: F for depolarised:F, else 1. */
  static double fidelity(String target) {
    if (!target.startsWith(DEPOLARISED)) {
      return 1;
    }
    try {
      double f = Double.parseDouble(target.substring(DEPOLARISED.length()));
      if (f >= 0 && f <= 1) {
        return f;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("target '" + target + "': F must be a number in [0, 1]");
  }
}
