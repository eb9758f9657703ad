package org.qsl.experiments;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The paper's question as a model comparison: does the number of parameters P a learner needs grow
 * exponentially in the qubit count n, log P = a + b n, or polynomially, log P = a + c log n? Both
 * are least-squares lines through (x, log P), with x = n or x = log n (Commons Math
 * {@link SimpleRegression}); the data prefer the one with the lower AIC.
 *
 * <p>AIC is that of a Gaussian error model on log P: m ln(RSS / m) + 2k for m points, where both
 * laws have k = 3 parameters (intercept, slope, error variance). With equal k the preference is
 * the smaller residual sum of squares; the AIC difference says by how much: a difference d makes
 * the worse law exp(-d / 2) times as likely as the better one (Burnham and Anderson's relative
 * likelihood), so d above about 2 is support and above 10 is decisive.
 *
 * @param exponential the fit of log P = a + b n
 * @param polynomial the fit of log P = a + c log n
 */
public record ScalingFit(Law exponential, Law polynomial) {

  /** Free parameters of each law: intercept, slope and the variance of the errors. */
  public static final int LAW_PARAMETERS = 3;

  /**
   * One fitted law log P = intercept + slope * x.
   *
   * @param name "exponential" (x = n) or "polynomial" (x = ln n)
   * @param intercept a
   * @param slope b (per qubit) or c (the exponent of n)
   * @param slopeStandardError the slope's standard error from the regression
   * @param rSquared the coefficient of determination of the line in (x, ln P)
   * @param residualSumOfSquares sum of squared residuals of ln P
   * @param points m, the number of (n, P) points
   * @param aic m ln(RSS / m) + 2 * {@value #LAW_PARAMETERS}
   */
  public record Law(String name, double intercept, double slope, double slopeStandardError,
      double rSquared, double residualSumOfSquares, int points, double aic) {

    /** The fitted P at {@code qubits}. */
    public double predict(double qubits) {
      double x = name.equals(EXPONENTIAL) ? qubits : Math.log(qubits);
      return Math.exp(intercept + slope * x);
    }

    /** The law as a formula, e.g. {@code P = exp(1.20 + 0.693 n)}. */
    public String formula() {
      return name.equals(EXPONENTIAL)
          ? String.format(Locale.ROOT, "P = exp(%.3g + %.3g n)", intercept, slope)
          : String.format(Locale.ROOT, "P = exp(%.3g) n^%.3g", intercept, slope);
    }
  }

  private static final String EXPONENTIAL = "exponential";
  private static final String POLYNOMIAL = "polynomial";

  /**
   * Fits both laws to the points (qubits[i], parameters[i]).
   *
   * @throws IllegalArgumentException if there are fewer than 3 points, fewer than 2 distinct n,
   *     the arrays differ in length, or a value is not positive and finite
   */
  public static ScalingFit of(double[] qubits, double[] parameters) {
    if (qubits.length != parameters.length) {
      throw new IllegalArgumentException("a scaling fit needs as many n as P values, got "
          + qubits.length + " and " + parameters.length);
    }
    if (qubits.length < LAW_PARAMETERS) {
      throw new IllegalArgumentException("a scaling fit needs at least " + LAW_PARAMETERS
          + " points (n, P), got " + qubits.length);
    }
    if (Arrays.stream(qubits).distinct().count() < 2) {
      throw new IllegalArgumentException("a scaling fit needs at least 2 different n");
    }
    for (int i = 0; i < qubits.length; i++) {
      if (!(qubits[i] > 0 && parameters[i] > 0) || Double.isInfinite(qubits[i])
          || Double.isInfinite(parameters[i])) {
        throw new IllegalArgumentException("a scaling fit needs positive finite n and P, got n = "
            + qubits[i] + ", P = " + parameters[i]);
      }
    }
    return new ScalingFit(law(EXPONENTIAL, qubits, parameters, false),
        law(POLYNOMIAL, qubits, parameters, true));
  }

  private static Law law(String name, double[] qubits, double[] parameters, boolean logX) {
    SimpleRegression line = new SimpleRegression();
    for (int i = 0; i < qubits.length; i++) {
      line.addData(logX ? Math.log(qubits[i]) : qubits[i], Math.log(parameters[i]));
    }
    int m = qubits.length;
    double rss = line.getSumSquaredErrors();
    double aic = m * Math.log(rss / m) + 2 * LAW_PARAMETERS;
    return new Law(name, line.getIntercept(), line.getSlope(), line.getSlopeStdErr(),
        line.getRSquare(), rss, m, aic);
  }

  /** The law with the lower AIC (the exponential one on a tie). */
  public Law preferred() {
    return polynomial.aic() < exponential.aic() ? polynomial : exponential;
  }

  /** The AIC of the other law minus that of the preferred one (at least 0). */
  public double aicDifference() {
    return Math.abs(exponential.aic() - polynomial.aic());
  }
}
