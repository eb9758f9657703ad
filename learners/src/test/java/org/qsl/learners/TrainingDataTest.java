package org.qsl.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.samples.SampleSet;

class TrainingDataTest {

  @Test
  void hashIsSha256OfQubitCountAndSamplesInOrder() throws Exception {
    long[] bits = new long[10_000]; // more than the hashing buffer holds
    for (int i = 0; i < bits.length; i++) {
      bits[i] = (i * 2654435761L) & 0xfff;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(12);
    for (long b : bits) {
      out.writeLong(b);
    }
    String expected = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));

    TrainingData data = TrainingData.of(SampleSet.of(12, bits));

    assertEquals(new TrainingData(12, 10_000, expected), data);
    long t = bits[0];
    bits[0] = bits[1];
    bits[1] = t;
    assertNotEquals(data.sha256(), TrainingData.of(SampleSet.of(12, bits)).sha256());
  }
}
