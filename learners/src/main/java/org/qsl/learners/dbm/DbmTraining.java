package org.qsl.learners.dbm;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.qsl.circuits.samples.SampleSet;

/**
 * The state and schedule of DBM training: greedy layer-wise pre-training with CD-k, then joint
 * training (see {@link DbmConfig}). Epoch e (1-based) belongs to the phase given by
 * {@link #phase(int)}; everything that carries over between steps (the machines, momentum
 * increments, persistent chains, visible counts) is held here so that it can be saved.
 *
 * <p>For a DBM the pre-trained RBMs are composed as in the paper: W1 and the visible biases from
 * the lower RBM, W2 and the h2 biases from the upper one, and h1's biases the mean of the lower
 * RBM's hidden and the upper RBM's visible biases (each RBM saw a doubled input standing for both
 * of h1's neighbours, so each contributes half). For an RBM the lower RBM is the model.
 */
final class DbmTraining {
  /** Training phases, in order. */
  enum Phase {
    /** CD-k on the RBM between v and h1. */
    LOWER,
    /** CD-k on the RBM between h1 and h2 (DBM only). */
    UPPER,
    /** Mean field and persistent chains on the whole machine. */
    JOINT
  }

  private final DbmConfig config;
  final Dbm model;
  final Dbm lower;
  final Dbm upper;
  final MomentumSgd lowerSgd;
  final MomentumSgd upperSgd;
  final MomentumSgd modelSgd;
  final PersistentChains chains;
  /** Sum of the visible vectors trained on, and their number (the last entry). */
  final double[] visibleCounts;
  private final MeanField meanField;
  private final ContrastiveDivergence lowerCd;
  private final ContrastiveDivergence upperCd;
  private final JointGradient joint;
  private final SufficientStatistics lowerGradient;
  private final SufficientStatistics upperGradient;
  private final SufficientStatistics modelGradient;
  private double[] rows = new double[0];

  DbmTraining(int visible, DbmConfig config) {
    this.config = config;
    SplittableRandom init = new SplittableRandom(config.seed());
    model = new Dbm(visible, config.hidden1(), config.hidden2());
    model.randomise(config.initialWeightScale(), init);
    if (config.layers() == 1) {
      lower = model;
      upper = new Dbm(config.hidden1(), 1, 0);
    } else {
      lower = new Dbm(visible, config.hidden1(), 0);
      lower.randomise(config.initialWeightScale(), init);
      upper = new Dbm(config.hidden1(), config.hidden2(), 0);
      upper.randomise(config.initialWeightScale(), init);
    }
    lowerSgd = new MomentumSgd(lower);
    upperSgd = new MomentumSgd(upper);
    modelSgd = new MomentumSgd(model);
    chains = new PersistentChains(model, config.persistentChains());
    visibleCounts = new double[visible + 1];
    meanField = new MeanField(config.meanFieldIterations(), config.meanFieldTolerance());
    // The lower RBM of a DBM sees doubled visibles, the upper one doubled h2 (see class doc).
    lowerCd = new ContrastiveDivergence(config.cdSteps(), config.layers(), 1);
    upperCd = new ContrastiveDivergence(config.cdSteps(), 1, 2);
    joint = new JointGradient(meanField, chains, config.gibbsSweeps());
    lowerGradient = new SufficientStatistics(lower);
    upperGradient = new SufficientStatistics(upper);
    modelGradient = new SufficientStatistics(model);
  }

  /** The phase of 1-based {@code epoch}. */
  Phase phase(int epoch) {
    int p = config.pretrainEpochs();
    if (epoch <= p) {
      return Phase.LOWER;
    }
    return epoch <= config.totalPretrainEpochs() ? Phase.UPPER : Phase.JOINT;
  }

  /** 1-based epoch within its phase. */
  private int phaseEpoch(int epoch) {
    return phase(epoch) == Phase.JOINT ? epoch - config.totalPretrainEpochs()
        : (epoch - 1) % Math.max(1, config.pretrainEpochs()) + 1;
  }

  private double momentum(int epoch) {
    return phaseEpoch(epoch) <= config.momentumEpochs() ? config.initialMomentum()
        : config.finalMomentum();
  }

  /** The joint learning rate of {@code epoch}: linear per epoch from initial to final. */
  double jointLearningRate(int epoch) {
    int joint = config.epochs() - config.totalPretrainEpochs();
    double t = joint <= 1 ? 0 : (phaseEpoch(epoch) - 1) / (double) (joint - 1);
    return config.learningRate() + t * (config.finalLearningRate() - config.learningRate());
  }

  /**
   * One update on {@code batch}.
   *
   * @param first whether this is the first step of the epoch
   * @param check receives the loss before any parameter changes and may throw
   * @return the loss: the mean reconstruction cross-entropy (nats per vector) of the phase
   */
  double step(SampleSet batch, int epoch, boolean first, SplittableRandom rng,
      DoubleUnaryOperator check) {
    int n = model.visible;
    int size = batch.size();
    if (rows.length < size * n) {
      rows = new double[size * n];
    }
    for (int r = 0; r < size; r++) {
      model.toVisible(batch.get(r), rows, r * n);
    }
    Dense.columnSumsAdd(rows, size, n, 1, visibleCounts);
    visibleCounts[n] += size;
    Phase phase = phase(epoch);
    double momentum = momentum(epoch);
    if (phase == Phase.LOWER) {
      return cdStep(lower, lowerCd, lowerSgd, lowerGradient, rows, size, rng, check, momentum);
    }
    if (phase == Phase.UPPER) {
      // The upper RBM's data: h1 means of the lower RBM with its doubled bottom-up input
      // (lowerCd's upFactor is layers() = 2, as this phase runs only for a DBM).
      double[] h1 = lowerCd.hiddenMeans(lower, rows, size);
      return cdStep(upper, upperCd, upperSgd, upperGradient, h1, size, rng, check, momentum);
    }
    if (first && phaseEpoch(epoch) == 1) {
      chains.start(model, rows, size, meanField, rng);
    }
    modelGradient.clear();
    double loss = joint.estimate(model, rows, size, modelGradient, rng);
    check.applyAsDouble(finiteOrNaN(loss, modelGradient));
    modelSgd.step(modelGradient.values, jointLearningRate(epoch), momentum, config.weightDecay());
    return loss;
  }

  private double cdStep(Dbm rbm, ContrastiveDivergence cd, MomentumSgd sgd,
      SufficientStatistics gradient, double[] data, int size, SplittableRandom rng,
      DoubleUnaryOperator check, double momentum) {
    gradient.clear();
    double loss = cd.estimate(rbm, data, size, gradient, rng);
    check.applyAsDouble(finiteOrNaN(loss, gradient));
    sgd.step(gradient.values, config.pretrainLearningRate(), momentum, config.weightDecay());
    if (rbm != model) {
      compose();
    }
    return loss;
  }

  /**
   * Keeps the model equal to the composition of the pre-trained RBMs, so that joint training
   * starts from it and a model stopped in pre-training can still be sampled.
   */
  private void compose() {
    System.arraycopy(lower.visibleBias, 0, model.visibleBias, 0, model.visible);
    System.arraycopy(lower.w1, 0, model.w1, 0, model.w1.length);
    System.arraycopy(upper.w1, 0, model.w2, 0, model.w2.length);
    System.arraycopy(upper.hidden1Bias, 0, model.hidden2Bias, 0, model.hidden2);
    for (int j = 0; j < model.hidden1; j++) {
      model.hidden1Bias[j] = 0.5 * (lower.hidden1Bias[j] + upper.visibleBias[j]);
    }
    model.syncTransposes();
  }

  /** {@code loss}, or NaN if any gradient entry is not finite. */
  private static double finiteOrNaN(double loss, SufficientStatistics gradient) {
    for (double[] g : gradient.values) {
      for (double x : g) {
        if (!Double.isFinite(x)) {
          return Double.NaN;
        }
      }
    }
    return loss;
  }

  /** The visible base rates of the data trained on so far (1/2 before any). */
  double[] baseRates() {
    int n = model.visible;
    double[] p = new double[n];
    double seen = visibleCounts[n];
    for (int i = 0; i < n; i++) {
      p[i] = seen == 0 ? 0.5 : visibleCounts[i] / seen;
    }
    return p;
  }
}
