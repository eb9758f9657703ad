package org.qsl.experiments;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qsl.circuits.io.AtomicFiles;

/**
 * The results of a scan in its run folder: {@value #ROWS}, one JSON line per finished
 * configuration (the record), and {@value #TABLE}, the same rows as a flat table for spreadsheets
 * (appended to with the record, and rewritten from it, atomically, whenever the folder is opened).
 *
 * <p>Each row is appended with a single write and forced to disk before the scan moves on, so a
 * killed scan leaves at most its last line incomplete. Opening the folder finds such a line (it
 * has no line end), reports it, moves it to {@value #TRUNCATED} and cuts it off, so that its
 * configuration is computed again. A line that is not a valid row is reported with its file,
 * line and column and left in place; it is never dropped silently. One scan at a time may write
 * to a folder: opening takes a lock on {@value #LOCK}.
 */
public final class ResultLog implements AutoCloseable {
  /** The record of finished configurations, one JSON object per line. */
  public static final String ROWS = "results.jsonl";
  /** The same rows as CSV. */
  public static final String TABLE = "results.csv";
  /** Where an incomplete last line is moved. */
  public static final String TRUNCATED = "results.jsonl.truncated";
  /** The lock file. */
  public static final String LOCK = ".results.lock";

  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /**
   * A row the scan did not use, or a repair it made.
   *
   * @param file the file
   * @param line 1-based line
   * @param message what is wrong and what was done
   */
  public record Problem(Path file, int line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  /**
   * A valid row and where it is.
   *
   * @param line 1-based line in {@value #ROWS}
   * @param row the row
   */
  public record Entry(int line, ResultRow row) {}

  private final Path folder;
  private final Path rows;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final List<Entry> entries = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private int lines;

  private ResultLog(Path folder, FileChannel lockChannel, FileLock lock) {
    this.folder = folder;
    this.rows = folder.resolve(ROWS);
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Opens (creating if needed) the run folder {@code folder}: locks it, reads its rows, repairs
   * an incomplete last line and rewrites the CSV from the rows.
   *
   * @throws IllegalArgumentException if another scan holds the folder's lock
   * @throws UncheckedIOException if the folder cannot be read or written
   */
  public static ResultLog open(Path folder) {
    FileChannel channel = null;
    try {
      Files.createDirectories(folder);
      channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new IllegalArgumentException("another scan is writing to " + folder
            + " (it holds " + LOCK + "); wait for it or use another folder");
      }
      ResultLog log = new ResultLog(folder, channel, lock);
      channel = null;
      log.read();
      log.writeTable();
      return log;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the run folder " + folder + ": "
          + e.getMessage(), e);
    } finally {
      closeQuietly(channel);
    }
  }

  private void read() throws IOException {
    if (!Files.exists(rows)) {
      return;
    }
    byte[] bytes = Files.readAllBytes(rows);
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lines++;
      String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      if (end == bytes.length) {
        cutIncompleteLine(start, line);
        return;
      }
      parse(line);
      start = end + 1;
    }
  }

  private void parse(String line) {
    if (line.isBlank()) {
      return;
    }
    try {
      entries.add(new Entry(lines, JSON.readValue(line, ResultRow.class)));
    } catch (JsonProcessingException e) {
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      problems.add(new Problem(rows, lines, "column " + column + ": not a result row, ignored ("
          + e.getOriginalMessage().lines().findFirst().orElse("") + ")"));
    }
  }

  /** Moves the incomplete last line, which starts at byte {@code start}, out of the record. */
  private void cutIncompleteLine(int start, String line) throws IOException {
    Path aside = folder.resolve(TRUNCATED);
    String before = Files.exists(aside) ? Files.readString(aside, StandardCharsets.UTF_8) : "";
    AtomicFiles.writeText(aside, w -> w.write(before + line + "\n"));
    try (FileChannel c = FileChannel.open(rows, StandardOpenOption.WRITE)) {
      c.truncate(start);
      c.force(true);
    }
    problems.add(new Problem(rows, lines, "incomplete last row (the scan stopped while writing"
        + " it): moved to " + TRUNCATED + "; its configuration is computed again"));
    lines--;
  }

  /** The valid rows, in file order. */
  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /** Lines that are not valid rows, and repairs made on opening. */
  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** The record file. */
  public Path rowsFile() {
    return rows;
  }

  /**
   * Appends {@code row} as one line (a single write, forced to disk) and rewrites the CSV.
   *
   * @throws UncheckedIOException if it cannot be written
   */
  public synchronized void append(ResultRow row) {
    try {
      appendLine(rows, JSON.writeValueAsString(row) + "\n");
      appendLine(folder.resolve(TABLE), CSV.writer(schema(false)).writeValueAsString(flat(row)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + rows + ": " + e.getMessage(), e);
    }
    entries.add(new Entry(++lines, row));
  }

  /** Appends {@code text} with a single write and forces it to disk. */
  private static void appendLine(Path file, String text) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      while (bytes.hasRemaining()) {
        c.write(bytes);
      }
      c.force(false);
    }
  }

  private static final CsvMapper CSV = CsvMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
  private static final List<String> COLUMNS = List.of("qubits", "circuit", "instance", "target",
      "learner", "knob", "size", "parameters", "train_samples", "epochs", "test_samples", "seed",
      "normalised_xeb", "exact_normalised_xeb", "linear_xeb", "theoretical_xeb", "exact_kl",
      "smoothed_kl", "normalised_logistic_xeb", "final_loss", "training_seconds", "wall_seconds",
      "finished_at", "qsl", "deeplearning4j", "nd4j_backend", "java", "note");

  private static CsvSchema schema(boolean header) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(header);
    COLUMNS.forEach(schema::addColumn);
    return schema.build();
  }

  /** Rewrites the CSV from the record (it may lack the last row if a scan stopped between). */
  private void writeTable() {
    AtomicFiles.writeText(folder.resolve(TABLE), w -> {
      try (SequenceWriter out = CSV.writer(schema(true)).writeValues(w)) {
        for (Entry e : entries) {
          out.write(flat(e.row()));
        }
      }
    });
  }

  /** The row as the CSV's columns. */
  private static Map<String, Object> flat(ResultRow r) {
    Configuration c = r.configuration();
    Scores s = r.scores();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("qubits", c.qubits());
    m.put("circuit", c.circuit());
    m.put("instance", c.instance());
    m.put("target", c.target());
    m.put("learner", c.learner());
    m.put("knob", r.knob());
    m.put("size", c.size());
    m.put("parameters", r.parameters());
    m.put("train_samples", c.trainSamples());
    m.put("epochs", c.epochs());
    m.put("test_samples", c.testSamples());
    m.put("seed", c.seed());
    m.put("normalised_xeb", s.normalisedXeb());
    m.put("exact_normalised_xeb", s.exactNormalisedXeb());
    m.put("linear_xeb", s.linearXeb());
    m.put("theoretical_xeb", s.theoreticalXeb());
    m.put("exact_kl", s.exactKl());
    m.put("smoothed_kl", s.smoothedKl());
    m.put("normalised_logistic_xeb", s.normalisedLogisticXeb());
    m.put("final_loss", r.losses().isEmpty() ? null : r.losses().get(r.losses().size() - 1));
    m.put("training_seconds", r.trainingSeconds());
    m.put("wall_seconds", r.wallSeconds());
    m.put("finished_at", r.finishedAt());
    Object versions = r.provenance().get("versions");
    Map<?, ?> v = versions instanceof Map<?, ?> map ? map : Map.of();
    m.put("qsl", v.get("qsl"));
    m.put("deeplearning4j", v.get("deeplearning4j"));
    m.put("nd4j_backend", v.get("nd4jBackend"));
    m.put("java", v.get("java"));
    m.put("note", r.note());
    return m;
  }

  /** Releases the folder's lock. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(lockChannel);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // closing a lock file cannot lose data
      }
    }
  }
}
