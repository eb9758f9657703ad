package org.qsl.learners.dbm;

import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.EpochLearner;
import org.qsl.learners.ExactLikelihood;
import org.qsl.learners.ModelArrays;
import org.qsl.learners.Step;

/**
 * The deep Boltzmann machine learner ({@code dbm}) and its one-hidden-layer case, the restricted
 * Boltzmann machine ({@code rbm}); see {@link DbmConfig} for the training procedure. Samples come
 * from block Gibbs chains. While n + hidden2 <= 26 the learner is an {@link Exact}, with exact
 * likelihoods (h1 summed out, v and h2 enumerated); beyond that {@link #logPartition()} estimates
 * log Z by annealed importance sampling. Create learners with {@link #create}.
 */
public sealed class DbmLearner extends EpochLearner<DbmConfig> permits DbmLearner.Exact {
  /** The registered name of the two-hidden-layer learner. */
  public static final String DBM = "dbm";
  /** The registered name of the one-hidden-layer learner. */
  public static final String RBM = "rbm";

  private final DbmTraining training;
  private LogPartitionEstimate logPartition;

  /**
   * An untrained learner: an {@link Exact} when n + hidden2 <= 26.
   *
   * @param name {@link #DBM} or {@link #RBM} (which needs hidden2 = 0)
   * @throws IllegalArgumentException if the name and hidden2 disagree
   */
  public static DbmLearner create(String name, int qubits, DbmConfig config) {
    return qubits + config.hidden2() <= ExactMarginals.MAX_ENUMERATED_BITS
        ? new Exact(name, qubits, config) : new DbmLearner(name, qubits, config);
  }

  private DbmLearner(String name, int qubits, DbmConfig config) {
    super(name, qubits, config);
    if (!name.equals(DBM) && !name.equals(RBM)) {
      throw new IllegalArgumentException("a DbmLearner is named dbm or rbm, not " + name);
    }
    if (name.equals(RBM) != (config.hidden2() == 0)) {
      throw new IllegalArgumentException(name.equals(RBM)
          ? "an rbm has one hidden layer: hidden2 must be 0, got " + config.hidden2()
          : "a dbm needs hidden2 >= 1 (use the rbm learner for one hidden layer)");
    }
    training = new DbmTraining(qubits, config);
  }

  @Override
  protected double trainStep(SampleSet batch, Step step) {
    logPartition = null;
    return training.step(batch, step.epoch(), step.step() == 1, step.random(), step::check);
  }

  @Override
  public long parameterCount() {
    return training.model.parameterCount();
  }

  @Override
  public SampleSet sample(int count, long seed) {
    DbmConfig c = config();
    return GibbsSampler.sample(training.model, count, seed, c.samplingChains(), c.burnIn(),
        c.thinning());
  }

  /**
   * log Z of the model: exact by enumeration when n + hidden2 <= 26, otherwise an AIS estimate
   * (the configured runs and temperatures, seeded by the configured seed) with its standard error.
   */
  public synchronized LogPartitionEstimate logPartition() {
    if (logPartition == null) {
      Dbm m = training.model;
      if (ExactMarginals.enumerable(m)) {
        logPartition = new LogPartitionEstimate(ExactMarginals.logPartition(m), 0, true);
      } else {
        double[] base = training.baseRates();
        for (int i = 0; i < base.length; i++) {
          // Visible biases of the independent model with the data's base rates, clipped so that
          // rare bits keep a finite bias.
          double p = Math.min(0.99, Math.max(0.01, base[i]));
          base[i] = Math.log(p / (1 - p));
        }
        logPartition = new AnnealedImportanceSampling(config().aisRuns(),
            config().aisTemperatures()).estimate(m, base, config().seed());
      }
    }
    return logPartition;
  }

  @Override
  protected void saveArrays(Map<String, INDArray> arrays) {
    for (Map.Entry<String, TrainingArrays.Entry> e : TrainingArrays.of(training).entrySet()) {
      TrainingArrays.Entry a = e.getValue();
      arrays.put(e.getKey(), Nd4j.create(a.values(), a.shape(), DataType.DOUBLE));
    }
  }

  @Override
  protected void loadArrays(ModelArrays arrays) {
    for (Map.Entry<String, TrainingArrays.Entry> e : TrainingArrays.of(training).entrySet()) {
      TrainingArrays.Entry a = e.getValue();
      double[] stored = arrays.get(e.getKey(), a.shape()).ravel().toDoubleVector();
      System.arraycopy(stored, 0, a.values(), 0, a.values().length);
    }
    for (Dbm m : new Dbm[] {training.model, training.lower, training.upper}) {
      m.syncTransposes();
    }
    logPartition = null;
  }

  /** The machine being trained. */
  Dbm model() {
    return training.model;
  }

  /** A DBM or RBM small enough (n + hidden2 <= 26) for exact likelihoods by enumeration. */
  public static final class Exact extends DbmLearner implements ExactLikelihood {
    private Exact(String name, int qubits, DbmConfig config) {
      super(name, qubits, config);
    }

    @Override
    public double logProbability(long bitstring) {
      return logProbabilities(new long[] {bitstring})[0];
    }

    @Override
    public double[] logProbabilities(long[] bitstrings) {
      double logZ = logPartition().logZ();
      double[] out = ExactMarginals.logUnnormalised(model(), bitstrings);
      for (int i = 0; i < out.length; i++) {
        out[i] -= logZ;
      }
      return out;
    }

    @Override
    public double[] distribution() {
      if (qubits() > MAX_DISTRIBUTION_QUBITS) {
        throw new IllegalArgumentException("the full distribution is offered up to n = "
            + MAX_DISTRIBUTION_QUBITS + ", not " + qubits());
      }
      return ExactMarginals.distribution(model());
    }
  }
}
