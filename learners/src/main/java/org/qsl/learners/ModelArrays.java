package org.qsl.learners;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.qsl.circuits.io.InputFormatException;

/** The named arrays read from a model file, handed to {@link EpochLearner#loadArrays}. */
public final class ModelArrays {
  private final String source;
  private final Map<String, INDArray> arrays;

  ModelArrays(String source, Map<String, INDArray> arrays) {
    this.source = source;
    this.arrays = Collections.unmodifiableMap(arrays);
  }

  /** Names of the arrays present. */
  public Set<String> names() {
    return arrays.keySet();
  }

  /**
   * The array called {@code name}, which must have exactly {@code shape}.
   *
   * @throws InputFormatException naming the file if the array is missing or has another shape
   */
  public INDArray get(String name, long... shape) {
    INDArray a = arrays.get(name);
    if (a == null) {
      throw new InputFormatException(source, 0, 0, "model has no array '" + name + "'");
    }
    if (!Arrays.equals(a.shape(), shape)) {
      throw new InputFormatException(source, 0, 0, "array '" + name + "' has shape "
          + Arrays.toString(a.shape()) + ", expected " + Arrays.toString(shape));
    }
    return a;
  }
}
