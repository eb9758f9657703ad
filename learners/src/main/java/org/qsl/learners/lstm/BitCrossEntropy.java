package org.qsl.learners.lstm;

/**
 * The LSTM's training loss: binary cross-entropy of the logistic output of every bit, averaged
 * over strings and bits as in the reference code (the negative log-likelihood per string is n
 * times this).
 */
final class BitCrossEntropy {
  private BitCrossEntropy() {}

  /**
   * The mean loss of {@code strings} (n bits each, qubit 0 most significant) given the logits of
   * their bits (string b's bit t at b * n + t), and its gradient with respect to those logits
   * written into {@code gradient} (same layout).
   */
  static double mean(long[] strings, int n, double[] logits, double[] gradient) {
    int count = strings.length * n;
    if (logits.length != count || gradient.length != count) {
      throw new IllegalArgumentException(logits.length + " logits and " + gradient.length
          + " gradients for " + strings.length + " strings of " + n + " bits");
    }
    double loss = 0;
    for (int b = 0; b < strings.length; b++) {
      for (int t = 0; t < n; t++) {
        int r = b * n + t;
        int y = (int) (strings[b] >>> (n - 1 - t)) & 1;
        double z = logits[r];
        // -log P(y) = softplus(z) - y z, computed without overflow
        loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y * z;
        gradient[r] = (1 / (1 + Math.exp(-z)) - y) / count;
      }
    }
    return loss / count;
  }
}
