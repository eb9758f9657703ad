package org.qsl.experiments.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code qsl} command line: a thin layer over the Java API. User mistakes (bad options, bad
 * files, sizes that cannot fit) print one line and exit with status 2; anything else is a bug and
 * prints its stack trace.
 */
@Command(
    name = "qsl",
    mixinStandardHelpOptions = true,
    versionProvider = Qsl.Version.class,
    description = "Quantum sample learning: simulate random circuits, sample, learn, score.",
    subcommands = {DemoCommand.class, SimulateCommand.class, SampleCommand.class,
        ScoreCommand.class, TrainCommand.class, GenerateCommand.class, ScanCommand.class,
        ComplexityCommand.class, BenchLstmCommand.class, BenchReportCommand.class})
public final class Qsl {

  /** Exit status for a user mistake. */
  public static final int USAGE_ERROR = 2;

  private Qsl() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Qsl());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (isUserError(e)) {
            commandLine.getErr().println(
                commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            return USAGE_ERROR;
          }
          throw e;
        });
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          String name = e.getCommandLine().getCommandSpec().qualifiedName();
          e.getCommandLine().getErr().println(
              name + ": " + message(e) + " (" + name + " --help lists the options)");
          return USAGE_ERROR;
        });
    return cli.execute(args);
  }

  /**
   * The parse error in words: picocli states a clash of mutually exclusive options with both
   * groups' whole synopses, so only the options actually given are kept.
   */
  private static String message(CommandLine.ParameterException e) {
    if (e.getMessage().contains("expected only one match")) {
      Matcher given = Pattern.compile("=\\{([^}]*)}").matcher(e.getMessage());
      List<String> groups = new ArrayList<>();
      while (given.find()) {
        groups.add(given.group(1));
      }
      if (groups.size() == 2) {
        return groups.get(0) + " cannot be combined with " + groups.get(1);
      }
    }
    return e.getMessage();
  }

  /** Errors caused by the input rather than by a bug: reported in one line. */
  static boolean isUserError(Throwable e) {
    return e instanceof IllegalArgumentException
        || e instanceof UncheckedIOException
        || e instanceof IOException;
  }

  /** Reports the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Qsl.class.getPackage().getImplementationVersion();
      return new String[] {"qsl " + (v == null ? "(development build)" : v)};
    }
  }
}
