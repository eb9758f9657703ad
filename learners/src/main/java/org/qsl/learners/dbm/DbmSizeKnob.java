package org.qsl.learners.dbm;

import java.util.List;
import org.qsl.learners.Learner;
import org.qsl.learners.SizeKnob;

/**
 * The size knob of the {@code dbm} learner, and through {@link Rbm} of the {@code rbm} learner:
 * the units of the first hidden layer, which hold almost all the parameters (n h1 + h1 h2); the
 * second layer of a DBM keeps its default of {@link DbmConfig#dbmDefaults() 8} units, so its
 * likelihoods stay exact up to n = 18. The scan's epochs are split as in the defaults: a fifth
 * of them pre-train each hidden layer, the rest train jointly.
 */
public sealed class DbmSizeKnob implements SizeKnob permits DbmSizeKnob.Rbm {

  private final String learner;

  /** The knob of the {@code dbm} learner; called by {@link java.util.ServiceLoader}. */
  public DbmSizeKnob() {
    this(DbmLearner.DBM);
  }

  private DbmSizeKnob(String learner) {
    this.learner = learner;
  }

  @Override
  public String learner() {
    return learner;
  }

  @Override
  public String name() {
    return "units of the first hidden layer";
  }

  @Override
  public List<Integer> grid() {
    return POWERS_OF_TWO;
  }

  /** @throws IllegalArgumentException if {@code size} or {@code epochs} is out of range */
  @Override
  public Learner create(int qubits, int size, int epochs, long seed) {
    int hidden2 = learner.equals(DbmLearner.RBM) ? 0 : DbmConfig.dbmDefaults().hidden2();
    return DbmLearner.create(learner, qubits, DbmConfig.dbmDefaults().with(c -> {
      c.hidden1 = size;
      c.hidden2 = hidden2;
      c.epochs = epochs;
      c.pretrainEpochs = epochs / 5;
      c.seed = seed;
    }));
  }

  /** The knob of the {@code rbm} learner; called by {@link java.util.ServiceLoader}. */
  public static final class Rbm extends DbmSizeKnob {
    /** The knob of the one-hidden-layer learner. */
    public Rbm() {
      super(DbmLearner.RBM);
    }
  }
}
