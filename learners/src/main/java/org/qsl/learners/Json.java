package org.qsl.learners;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.Map;

/** The JSON mapping of model manifests, configurations and provenance (records). */
final class Json {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .build();

  private Json() {}

  /**
   * {@code value} as a JSON tree, made by writing and reading text, so that its numbers have the
   * node types that reading a file gives (a long 5 reads back as an int node) and trees compare
   * equal across a save and load.
   */
  static JsonNode tree(Object value) {
    try {
      return MAPPER.readTree(MAPPER.writeValueAsBytes(value));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} as a map of JSON values, in the same normal form as {@link #tree}. */
  static Map<String, Object> map(Object value) {
    return MAPPER.convertValue(tree(value), new TypeReference<Map<String, Object>>() {});
  }

  /** The one-line message of a mapping error (without Jackson's location and reference chain). */
  static String message(JsonProcessingException e) {
    return e.getOriginalMessage().replace('\n', ' ');
  }
}
