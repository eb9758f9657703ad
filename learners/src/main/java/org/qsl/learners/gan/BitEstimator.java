package org.qsl.learners.gan;

import static org.qsl.learners.adversarial.AdversarialLoss.sigmoid;

/**
 * How the generator's Bernoulli logits z become the values the discriminator sees, and the
 * derivative the generator's gradient takes through that step. Each takes one uniform u per bit;
 * L = log u - log(1 - u) is then standard logistic noise, and the hard bit [z + L > 0] is 1 with
 * probability sigmoid(z).
 */
public enum BitEstimator {
  /**
   * Hard bits forward; backward the derivative of their mean, d sigmoid(z) / dz (Bengio et al.
   * 2013). Biased, no temperature.
   */
  STRAIGHT_THROUGH,
  /**
   * The relaxed Bernoulli (binary Concrete, Gumbel-sigmoid; Maddison et al. 2017, Jang et al.
   * 2017): the discriminator sees y = sigmoid((z + L) / tau) in (0, 1), and the gradient is the
   * exact derivative of y. Tends to the hard bit as the temperature tau goes to 0.
   */
  RELAXED,
  /**
   * Hard bits [z + L > 0] forward, the relaxed derivative dy / dz backward ("straight-through
   * Gumbel").
   */
  STRAIGHT_THROUGH_RELAXED;

  /**
   * Values shown to the discriminator, and the elementwise derivative used for the generator's
   * gradient.
   *
   * @param values what the discriminator sees, one per bit
   * @param slopes d values / d logits (the estimator's surrogate where the values are hard bits)
   */
  public record Relaxation(double[] values, double[] slopes) {}

  /**
   * Applies the estimator elementwise.
   *
   * @param logits Bernoulli logits z
   * @param uniforms one uniform in (0, 1) per logit
   * @param temperature tau > 0 (ignored by {@link #STRAIGHT_THROUGH})
   */
  public Relaxation apply(double[] logits, double[] uniforms, double temperature) {
    double[] values = new double[logits.length];
    double[] slopes = new double[logits.length];
    for (int i = 0; i < logits.length; i++) {
      double z = logits[i];
      double u = uniforms[i];
      double noisy = z + Math.log(u) - Math.log1p(-u);
      if (this == STRAIGHT_THROUGH) {
        double p = sigmoid(z);
        values[i] = noisy > 0 ? 1 : 0;
        slopes[i] = p * (1 - p);
      } else {
        double y = sigmoid(noisy / temperature);
        values[i] = this == RELAXED ? y : noisy > 0 ? 1 : 0;
        slopes[i] = y * (1 - y) / temperature;
      }
    }
    return new Relaxation(values, slopes);
  }
}
