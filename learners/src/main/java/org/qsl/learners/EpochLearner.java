package org.qsl.learners;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.qsl.circuits.samples.SampleSet;

/**
 * A learner trained by minibatch steps in epochs. This class owns what all such learners share:
 * the epoch loop, shuffling, seeding, divergence checks, progress reports, checkpoints, resuming,
 * provenance and the model file. A subclass supplies one optimisation step and its arrays.
 *
 * <p>Seeding: epoch e shuffles the training set (from its original order) and hands the learner a
 * stream, both derived from (seed, e) by {@link Seeds}; parameters and optimiser state are saved
 * in every checkpoint. Resuming after epoch e therefore gives bitwise the same model as an
 * uninterrupted run, on the CPU.
 *
 * @param <C> the configuration record
 */
public abstract class EpochLearner<C extends LearnerConfig> implements Learner {
  private final String name;
  private final int qubits;
  private final C config;
  private Provenance provenance;

  /**
   * @param name the registered learner name
   * @param qubits bits per sample, 1..63
   * @param config the configuration
   */
  protected EpochLearner(String name, int qubits, C config) {
    if (qubits < 1 || qubits > SampleSet.MAX_QUBITS) {
      throw new IllegalArgumentException(
          "qubit count must be 1.." + SampleSet.MAX_QUBITS + ", got " + qubits);
    }
    this.name = Objects.requireNonNull(name);
    this.qubits = qubits;
    this.config = Objects.requireNonNull(config);
  }

  /**
   * One optimisation step on {@code batch}: compute the loss and its gradient, call
   * {@code step.check(loss)} BEFORE changing any parameter, then update the parameters and the
   * optimiser state. Random choices use {@code step.random()} only.
   *
   * @return the batch's loss (mean per sample), reported to the listener
   */
  protected abstract double trainStep(SampleSet batch, Step step);

  /**
   * Puts every array needed to continue training exactly (parameters and optimiser state, plus
   * any persistent state such as Gibbs chains) into {@code arrays}, by name ([A-Za-z0-9_.-]+).
   */
  protected abstract void saveArrays(Map<String, INDArray> arrays);

  /** Restores, in place, the arrays written by {@link #saveArrays}. */
  protected abstract void loadArrays(ModelArrays arrays);

  /**
   * Called after each epoch's last step, before its checkpoint is written, for a check of the
   * model that the checkpoint should carry (the GANs' mode-collapse check). Does nothing here.
   *
   * @param epoch the 1-based epoch just trained
   * @param train the training samples
   * @param listener the run's listener, e.g. for warnings
   */
  protected void afterEpoch(int epoch, SampleSet train, TrainingListener listener) {}

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final int qubits() {
    return qubits;
  }

  /** The configuration. */
  public final C config() {
    return config;
  }

  @Override
  public final Optional<Provenance> provenance() {
    return Optional.ofNullable(provenance);
  }

  /** Epochs trained so far. */
  public final int epochsDone() {
    return provenance == null ? 0 : provenance.epochs();
  }

  @Override
  public final void fit(SampleSet train, TrainingListener listener, Checkpoints checkpoints) {
    if (train.qubits() != qubits) {
      throw new IllegalArgumentException("the samples have " + train.qubits()
          + " qubits but the " + name + " model has " + qubits);
    }
    if (train.size() == 0) {
      throw new IllegalArgumentException("no training samples");
    }
    TrainingData data = TrainingData.of(train);
    Optional<SavedModel> checkpoint = checkpoints.latest();
    if (checkpoint.isPresent() && epochsOf(checkpoint.get()) > epochsDone()) {
      resume(checkpoint.get(), data);
    }
    if (provenance != null && !provenance.data().equals(data)) {
      throw new IllegalArgumentException("this model was trained on other data ("
          + provenance.data() + "), not " + data);
    }
    if (epochsDone() > config.epochs()) {
      throw new IllegalArgumentException("the model has trained " + epochsDone()
          + " epochs, more than the " + config.epochs() + " asked for");
    }
    for (int epoch = epochsDone() + 1; epoch <= config.epochs(); epoch++) {
      TrainingProgress end = trainEpoch(epoch, train, data, listener);
      afterEpoch(epoch, train, listener);
      checkpoints.write(this);
      listener.onEpochEnd(end);
    }
  }

  /** Trains one epoch and returns its summary (mean loss, throughput). */
  private TrainingProgress trainEpoch(
      int epoch, SampleSet train, TrainingData data, TrainingListener listener) {
    long start = System.nanoTime();
    SplittableRandom random = Seeds.random(config.seed(), Seeds.EPOCH, epoch);
    SampleSet shuffled = shuffle(train, random.split());
    int size = train.size();
    int batch = config.batchSize();
    int steps = (size + batch - 1) / batch;
    double lossSum = 0;
    for (int s = 1; s <= steps; s++) {
      int from = (s - 1) * batch;
      int to = Math.min(size, from + batch);
      Step step = new Step(epoch, s, Math.toIntExact((epoch - 1L) * steps + s - 1), random);
      double loss = step.check(trainStep(shuffled.slice(from, to), step));
      lossSum += loss * (to - from);
      listener.onStep(new TrainingProgress(
          epoch, config.epochs(), s, steps, loss, to / secondsSince(start)));
    }
    double seconds = secondsSince(start);
    double before = provenance == null ? 0 : provenance.trainingSeconds();
    provenance = new Provenance(name, Json.map(config), config.seed(), data, epoch,
        before + seconds, Instant.now().toString(), LibraryVersions.current());
    return new TrainingProgress(
        epoch, config.epochs(), steps, steps, lossSum / size, size / seconds);
  }

  /** {@code samples} in an order drawn by Fisher-Yates from {@code random}. */
  private static SampleSet shuffle(SampleSet samples, SplittableRandom random) {
    long[] a = samples.toArray();
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      long t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return SampleSet.of(samples.qubits(), a);
  }

  private static double secondsSince(long startNanos) {
    return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
  }

  private static int epochsOf(SavedModel saved) {
    Provenance p = saved.manifest().provenance();
    return p == null ? 0 : p.epochs();
  }

  private void resume(SavedModel checkpoint, TrainingData data) {
    Manifest m = checkpoint.manifest();
    String problem = null;
    if (!m.learner().equals(name)) {
      problem = "it is a " + m.learner() + " model, not " + name;
    } else if (m.qubits() != qubits) {
      problem = "it has " + m.qubits() + " qubits, not " + qubits;
    } else if (!withoutEpochs(m.config()).equals(withoutEpochs(Json.tree(config)))) {
      problem = "its settings " + m.config() + " differ from " + Json.tree(config);
    } else if (!m.provenance().data().equals(data)) {
      problem = "it was trained on other data (" + m.provenance().data() + ")";
    }
    if (problem != null) {
      throw new IllegalArgumentException("cannot resume from checkpoint " + checkpoint.source()
          + ": " + problem + "; use an empty checkpoint folder to start afresh");
    }
    restore(checkpoint);
  }

  private static JsonNode withoutEpochs(JsonNode config) {
    ObjectNode copy = config.deepCopy();
    copy.remove("epochs");
    return copy;
  }

  /** Takes provenance and arrays from {@code saved} (a model file or checkpoint). */
  final void restore(SavedModel saved) {
    if (!saved.manifest().learner().equals(name)) {
      throw new IllegalStateException("learner type '" + saved.manifest().learner()
          + "' built a learner named '" + name + "'");
    }
    loadArrays(saved.arrays());
    provenance = saved.manifest().provenance();
  }

  @Override
  public final void save(Path file) {
    Map<String, INDArray> arrays = new LinkedHashMap<>();
    saveArrays(arrays);
    ModelFile.write(file, new Manifest(ModelFile.FORMAT, ModelFile.VERSION, name, qubits,
        Json.tree(config), provenance, List.copyOf(arrays.keySet())), arrays);
  }

  @Override
  public String toString() {
    return name + "(" + qubits + " qubits, " + config + ", " + epochsDone() + " epochs trained)";
  }
}
