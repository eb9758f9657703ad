package org.qsl.learners.adversarial;

/**
 * The per-epoch schedules of the adversarial learners, as pure functions of the epoch so that a
 * resumed run follows them exactly: the relaxation temperature falls geometrically and the
 * learning rates linearly, over the epochs {@code first} .. {@code last}.
 */
public final class Schedules {
  private Schedules() {}

  /** How far {@code epoch} is from {@code first} (0) to {@code last} (1); 0 if they are equal. */
  static double fraction(int epoch, int first, int last) {
    return last <= first ? 0 : Math.min(1, Math.max(0, (epoch - first) / (double) (last - first)));
  }

  /** From {@code start} at epoch {@code first} to {@code end} at {@code last}, geometrically. */
  public static double geometric(double start, double end, int epoch, int first, int last) {
    return start * Math.pow(end / start, fraction(epoch, first, last));
  }

  /** From 1 at epoch {@code first} to {@code end} at {@code last}, linearly. */
  public static double linear(double end, int epoch, int first, int last) {
    return 1 - (1 - end) * fraction(epoch, first, last);
  }
}
