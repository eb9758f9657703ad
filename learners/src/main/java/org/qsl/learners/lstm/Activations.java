package org.qsl.learners.lstm;

/**
 * Single-precision sigmoid and tanh as odd rational minimax approximations, the ones of Eigen's
 * {@code generic_fast_tanh_float} and ONNX Runtime's MLAS logistic kernel (same coefficients).
 * They use only multiply, add, divide, min and max, so HotSpot vectorises loops over them; the JDK's
 * {@code Math.tanh}/{@code Math.exp} are scalar calls, about 15x slower, and ND4J's transform ops
 * were 10x slower per element (measured in the LSTM benchmark). Accuracy against the exact
 * functions: within 4e-7 absolute (about 7 float ulps near +-1; tested), far below what training
 * can resolve.
 */
final class Activations {
  /** Beyond this tanh rounds to +-1 in float. */
  private static final float TANH_CLAMP = 7.90531110763549805f;
  /** Beyond this sigmoid rounds to 0 or 1 in float. */
  private static final float SIGMOID_CLAMP = 18f;

  private Activations() {}

  /** tanh(x), float accuracy. */
  static float tanh(float x) {
    float v = Math.max(-TANH_CLAMP, Math.min(TANH_CLAMP, x));
    float v2 = v * v;
    float p = v2 * -2.76076847742355e-16f + 2.00018790482477e-13f;
    p = v2 * p + -8.60467152213735e-11f;
    p = v2 * p + 5.12229709037114e-08f;
    p = v2 * p + 1.48572235717979e-05f;
    p = v2 * p + 6.37261928875436e-04f;
    p = v2 * p + 4.89352455891786e-03f;
    float q = v2 * 1.19825839466702e-06f + 1.18534705686654e-04f;
    q = v2 * q + 2.26843463243900e-03f;
    q = v2 * q + 4.89352518554385e-03f;
    return v * p / q;
  }

  /** 1 / (1 + exp(-x)), float accuracy. */
  static float sigmoid(float x) {
    float v = Math.max(-SIGMOID_CLAMP, Math.min(SIGMOID_CLAMP, x));
    float v2 = v * v;
    float p = v2 * 4.37031012579801e-11f + 1.15627324459942e-07f;
    p = v2 * p + 6.08574864600143e-05f;
    p = v2 * p + 8.51377133304701e-03f;
    p = v2 * p + 2.48287947061529e-01f;
    float q = v2 * 6.10247389755681e-13f + 5.76102136993427e-09f;
    q = v2 * q + 6.29106785017040e-06f;
    q = v2 * q + 1.70198817374094e-03f;
    q = v2 * q + 1.16817656904453e-01f;
    q = v2 * q + 9.93151921023180e-01f;
    return Math.max(0f, Math.min(1f, v * p / q + 0.5f));
  }
}
