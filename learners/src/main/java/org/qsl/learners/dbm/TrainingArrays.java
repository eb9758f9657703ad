package org.qsl.learners.dbm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The arrays that define a {@link DbmTraining} completely, by name and shape, for model files and
 * checkpoints: the machine ({@code model.a}, {@code .b1}, {@code .b2}, {@code .w1} n x h1,
 * {@code .w2} h1 x h2), the pre-training RBMs of a DBM ({@code lower.*}, {@code upper.*}), the
 * momentum increments ({@code *.increment.*}), the persistent chains by group
 * ({@code chains.G.v}, {@code chains.G.h2}) and the visible counts. Empty arrays (h2 of an RBM)
 * are left out.
 */
final class TrainingArrays {
  private static final String[] PARAMETERS = {"a", "b1", "b2", "w1", "w2"};

  /** One live array (not a copy) and the shape it is stored with. */
  record Entry(double[] values, long... shape) {}

  private TrainingArrays() {}

  /** The arrays of {@code t}, in a fixed order. */
  static Map<String, Entry> of(DbmTraining t) {
    Map<String, Entry> arrays = new LinkedHashMap<>();
    put(arrays, "model.", t.model, t.model.parameters());
    put(arrays, "model.increment.", t.model, t.modelSgd.increments);
    put(arrays, "lower.increment.", t.lower, t.lowerSgd.increments);
    if (t.lower != t.model) {
      put(arrays, "lower.", t.lower, t.lower.parameters());
      put(arrays, "upper.", t.upper, t.upper.parameters());
      put(arrays, "upper.increment.", t.upper, t.upperSgd.increments);
    }
    for (int g = 0; g < t.chains.groups.length; g++) {
      GibbsChains c = t.chains.groups[g];
      putIfNotEmpty(arrays, "chains." + g + ".v", c.v, c.rows, t.model.visible);
      putIfNotEmpty(arrays, "chains." + g + ".h2", c.h2, c.rows, t.model.hidden2);
    }
    arrays.put("visible_counts", new Entry(t.visibleCounts, t.visibleCounts.length));
    return arrays;
  }

  /** The parameter-shaped arrays {@code values} of machine {@code m}. */
  private static void put(Map<String, Entry> arrays, String prefix, Dbm m, double[][] values) {
    long[][] shapes = {{m.visible}, {m.hidden1}, {m.hidden2}, {m.visible, m.hidden1},
        {m.hidden1, m.hidden2}};
    for (int i = 0; i < values.length; i++) {
      putIfNotEmpty(arrays, prefix + PARAMETERS[i], values[i], shapes[i]);
    }
  }

  private static void putIfNotEmpty(Map<String, Entry> arrays, String name, double[] values,
      long... shape) {
    if (values.length > 0) {
      arrays.put(name, new Entry(values, shape));
    }
  }
}
