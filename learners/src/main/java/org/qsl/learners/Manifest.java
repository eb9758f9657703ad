package org.qsl.learners;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The JSON manifest of a model file.
 *
 * @param format always {@link ModelFile#FORMAT}
 * @param version the file-format version
 * @param learner registered learner name
 * @param qubits bits per sample
 * @param config the learner's configuration record as JSON
 * @param provenance null until an epoch has been trained
 * @param arrays names of the arrays stored next to the manifest
 */
record Manifest(
    String format,
    int version,
    String learner,
    int qubits,
    JsonNode config,
    Provenance provenance,
    List<String> arrays) {}
