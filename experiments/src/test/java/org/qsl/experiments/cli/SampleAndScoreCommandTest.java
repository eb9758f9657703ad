package org.qsl.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsl.experiments.cli.CliRun.qsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.ProbabilityFiles;
import org.qsl.circuits.dist.Target;
import org.qsl.circuits.metrics.Xeb;
import org.qsl.circuits.samples.SampleFiles;
import org.qsl.circuits.samples.SampleSet;

class SampleAndScoreCommandTest {
  private static final Path REFERENCE = Path.of("../circuits/src/test/resources/reference");
  private static final String Q12 = REFERENCE.resolve("q12c0.txt").toString();
  private static final String HARDWARE =
      REFERENCE.resolve("experimental_samples_q12c0d14_test.txt").toString();

  @TempDir
  Path dir;

  @Test
  void scoresTheHardwareBitstrings() {
    CliRun run = qsl("score", "-s", HARDWARE, "-p", Q12);
    assertEquals(0, run.status(), run.err());
    // model and ideal columns; the published figures are 0.338 and 1.0175 / 1.0057
    assertTrue(run.out().matches("(?s).*\\nlinear XEB +0\\.3377 \\+- 0\\.1130 +1\\.0175\\n.*"),
        run.out());
    assertTrue(run.out().matches("(?s).*\\nlogistic XEB +0\\.3351 \\+- 0\\.1267 +1\\.0057\\n.*"),
        run.out());
  }

  @Test
  void samplesThenScoresAsJson() throws Exception {
    Path samples = dir.resolve("s.npy");
    CliRun sample = qsl("sample", "-p", Q12, "-o", samples.toString(), "-m", "20000", "--seed", "5");
    assertEquals(0, sample.status(), sample.err());
    assertEquals("", sample.err());
    assertEquals(20000, SampleFiles.read(samples).size());
    CliRun score = qsl("score", "-s", samples.toString(), "-p", Q12, "--json", "--training",
        HARDWARE);
    assertEquals(0, score.status(), score.err());
    JsonNode card = new ObjectMapper().readTree(score.out());
    double xeb = card.at("/model/linearXeb/value").asDouble();
    double se = card.at("/model/linearXeb/standardError").asDouble();
    assertTrue(Math.abs(xeb - 1.0174870124690165) < 3 * se, xeb + " +- " + se);
    assertEquals(xeb / card.at("/training/linearXeb/value").asDouble(),
        card.at("/normalisedLinearXeb").asDouble(), 1e-12);
    assertEquals(20000, card.at("/model/samples").asInt());
  }

  @Test
  void writesTheTargetAndSamplesFromIt() throws Exception {
    Path target = dir.resolve("sorted.bin");
    Path samples = dir.resolve("s.txt");
    CliRun run = qsl("sample", "-p", Q12, "-o", samples.toString(), "--target", "sorted",
        "--target-out", target.toString(), "-m", "50000", "-F", "0.5", "--format", "text-spaced");
    assertEquals(0, run.status(), run.err());
    Distribution sorted = ProbabilityFiles.read(target);
    Distribution expected = new Target.Sorted().apply(ProbabilityFiles.read(Path.of(Q12)));
    for (long x = 0; x < 4096; x += 97) {
      assertEquals(expected.probability(x), sorted.probability(x), 1e-7 * expected.probability(x));
    }
    assertTrue(Files.readString(samples).matches("([01]( [01]){11}\\n){50000}"));
    SampleSet s = SampleFiles.read(samples);
    double xeb = Xeb.linear(sorted, s).value();
    double se = Xeb.linear(sorted, s).standardError();
    assertTrue(Math.abs(xeb - 0.5 * Xeb.idealLinear(sorted)) < 3 * se, xeb + " +- " + se);
  }

  @Test
  void userMistakesAreOneLineWithStatusTwo() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.txt"), "0.5\nhalf\n");
    CliRun run = qsl("sample", "-p", bad.toString(), "-o", dir.resolve("s.txt").toString());
    assertEquals(Qsl.USAGE_ERROR, run.status());
    assertEquals("qsl sample: " + bad + ":2:1: expected a probability (a number >= 0), found 'half'\n",
        run.err());
    CliRun target = qsl("sample", "-p", Q12, "-o", dir.resolve("s.txt").toString(), "--target",
        "parity");
    assertEquals(Qsl.USAGE_ERROR, target.status());
    assertTrue(target.err().startsWith("qsl sample: unknown target 'parity'"), target.err());
    CliRun mismatch = qsl("score", "-s", HARDWARE, "-p",
        dir.resolve("missing.txt").toString());
    assertEquals(Qsl.USAGE_ERROR, mismatch.status());
    assertEquals(1, mismatch.err().lines().count(), mismatch.err());
  }
}
