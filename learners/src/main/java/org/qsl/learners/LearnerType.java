package org.qsl.learners;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A learner's entry in the {@link LearnerRegistry}: its name and how to rebuild it from a model
 * file. Each learner package registers one subclass, with a public no-argument constructor, in
 * {@code META-INF/services/org.qsl.learners.LearnerType}, e.g.
 *
 * <pre>{@code
 * public final class LstmLearnerType extends LearnerType {
 *   public LstmLearnerType() {
 *     super(LstmLearner.NAME, LstmConfig.class, LstmLearner::new);
 *   }
 * }
 * }</pre>
 */
public abstract class LearnerType {
  private final String name;
  private final Function<SavedModel, EpochLearner<?>> factory;

  /**
   * @param name the learner's name, as recorded in model files and given to {@code --learner}
   * @param configType the learner's configuration record
   * @param constructor builds an untrained learner from (qubits, config)
   */
  protected <C extends LearnerConfig> LearnerType(
      String name,
      Class<C> configType,
      BiFunction<Integer, C, ? extends EpochLearner<C>> constructor) {
    this.name = name;
    this.factory = saved -> constructor.apply(saved.manifest().qubits(), saved.config(configType));
  }

  /** The learner's registered name. */
  public final String name() {
    return name;
  }

  /** Rebuilds the learner saved in {@code saved}: configuration, arrays and provenance. */
  final Learner load(SavedModel saved) {
    EpochLearner<?> learner = factory.apply(saved);
    learner.restore(saved);
    return learner;
  }
}
