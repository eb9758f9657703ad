package org.qsl.learners;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.qsl.circuits.io.InputFormatException;

/**
 * The contents of a model file.
 *
 * @param source the file, for error messages
 * @param manifest its manifest
 * @param arrays its arrays
 */
record SavedModel(String source, Manifest manifest, ModelArrays arrays) {

  /** The configuration as a {@code type} record. */
  <C> C config(Class<C> type) {
    try {
      return Json.MAPPER.treeToValue(manifest.config(), type);
    } catch (JsonProcessingException e) {
      throw new InputFormatException(source, 0, 0, "bad learner config: " + Json.message(e));
    } catch (IllegalArgumentException e) {
      // the record's own validation
      throw new InputFormatException(source, 0, 0, "bad learner config: " + e.getMessage());
    }
  }
}
