package org.qsl.experiments.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.qsl.circuits.metrics.Estimate;
import org.qsl.circuits.metrics.GoodnessOfFit;
import org.qsl.circuits.metrics.Scorecard;

/** A {@link Scorecard} as a text table or as JSON. */
final class ScorecardReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ScorecardReport() {}

  /**
   * The scorecard's fields (records as objects, absent parts as null, non-finite numbers as the
   * strings "NaN", "Infinity", "-Infinity") plus the theoretical and normalised XEB.
   */
  static String json(Scorecard card) {
    ObjectNode node = JSON.valueToTree(card);
    node.put("theoreticalLinearXeb", card.theoreticalLinearXeb());
    node.put("theoreticalLogisticXeb", card.theoreticalLogisticXeb());
    node.put("normalisedLinearXeb", card.normalisedLinearXeb());
    node.put("normalisedLogisticXeb", card.normalisedLogisticXeb());
    try {
      return JSON.writeValueAsString(node) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A table: rows are metrics, columns the model, the training set and the ideal. */
  static String table(Scorecard card, String title) {
    Scorecard.SampleScores m = card.model();
    Scorecard.SampleScores t = card.training();
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%s: %d samples, n = %d%n", title, m.samples(),
        card.qubits()));
    row(s, "", "model", t == null ? "" : "training (" + t.samples() + ")", "ideal");
    row(s, "linear XEB", estimate(m.linearXeb()), t == null ? "" : estimate(t.linearXeb()),
        number(card.ideal().linearXeb()));
    row(s, "logistic XEB", estimate(m.logisticXeb()), t == null ? "" : estimate(t.logisticXeb()),
        number(card.ideal().logisticXeb()));
    row(s, "KL, alpha = " + java.math.BigDecimal.valueOf(card.smoothing()).stripTrailingZeros()
        .toPlainString(), number(m.kl()),
        t == null ? "" : number(t.kl()), "0");
    row(s, "chi-square p-value", pValue(m.chiSquare()), t == null ? "" : pValue(t.chiSquare()),
        "");
    String by = t == null ? "ideal" : "training";
    row(s, "normalised linear XEB", number(card.normalisedLinearXeb()), "(model / " + by + ")",
        "");
    row(s, "normalised logistic XEB", number(card.normalisedLogisticXeb()), "", "");
    if (card.exact() != null) {
      row(s, "exact linear XEB", number(card.exact().linearXeb()), "(model distribution)", "");
      row(s, "exact logistic XEB", number(card.exact().logisticXeb()), "", "");
      row(s, "exact KL", number(card.exact().kl()), "", "");
    }
    row(s, "entropy (bits)", "", "", number(card.ideal().entropyBits()));
    return s.toString();
  }

  private static void row(StringBuilder s, String name, String a, String b, String c) {
    s.append(String.format(Locale.ROOT, "%-24s %-22s %-22s %s", name, a, b, c).stripTrailing())
        .append(System.lineSeparator());
  }

  private static String estimate(Estimate e) {
    return number(e.value()) + " +- " + number(e.standardError());
  }

  private static String number(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : Double.toString(v);
  }

  private static String pValue(GoodnessOfFit fit) {
    return Double.isNaN(fit.pValue()) ? "n/a (one bin)"
        : String.format(Locale.ROOT, "%.3g (dof %d)", fit.pValue(), fit.degreesOfFreedom());
  }
}
