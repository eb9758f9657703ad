package org.qsl.learners;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.qsl.circuits.samples.SampleSet;

/**
 * The identity of a training set: its size, its qubit count and a SHA-256 of its packed samples in
 * order (order matters: it decides the minibatches).
 *
 * @param qubits bits per sample
 * @param samples number of samples
 * @param sha256 hex SHA-256 of n (4 bytes, big-endian) followed by every sample (8 bytes each)
 */
public record TrainingData(int qubits, int samples, String sha256) {

  /** The identity of {@code samples}. */
  public static TrainingData of(SampleSet samples) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    ByteBuffer buffer = ByteBuffer.allocate(8 * 4096);
    buffer.putInt(samples.qubits());
    for (int i = 0; i < samples.size(); i++) {
      if (buffer.remaining() < Long.BYTES) {
        digest.update(buffer.array(), 0, buffer.position());
        buffer.clear();
      }
      buffer.putLong(samples.get(i));
    }
    digest.update(buffer.array(), 0, buffer.position());
    return new TrainingData(
        samples.qubits(), samples.size(), HexFormat.of().formatHex(digest.digest()));
  }
}
