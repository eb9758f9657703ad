package org.qsl.learners;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.qsl.circuits.io.AtomicFiles;
import org.qsl.circuits.io.InputFormatException;

/**
 * The one-file model format: a zip archive holding {@code manifest.json} (learner, qubits, config,
 * provenance with library versions) and one NumPy {@code .npy} file per named array under
 * {@code arrays/}. The zip's CRCs and central directory make corrupted or truncated files fail
 * to open instead of loading garbage.
 */
final class ModelFile {
  /** The manifest's {@code format} value. */
  static final String FORMAT = "qsl-model";
  /** The current format version; files with a higher one are refused. */
  static final int VERSION = 1;

  private static final String MANIFEST = "manifest.json";
  private static final Pattern ARRAY_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

  private ModelFile() {}

  /** Writes {@code manifest} and {@code arrays} to {@code file} atomically. */
  static void write(Path file, Manifest manifest, Map<String, INDArray> arrays) {
    for (String name : arrays.keySet()) {
      if (!ARRAY_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("array name '" + name + "' is not [A-Za-z0-9_.-]+");
      }
    }
    AtomicFiles.write(file, out -> {
      ZipOutputStream zip = new ZipOutputStream(out);
      zip.putNextEntry(new ZipEntry(MANIFEST));
      zip.write(Json.MAPPER.writeValueAsBytes(manifest));
      zip.closeEntry();
      for (Map.Entry<String, INDArray> a : arrays.entrySet()) {
        zip.putNextEntry(new ZipEntry(entryName(a.getKey())));
        // ND4J's .npy writer copies the raw buffer: views, offsets and 'f' order come out wrong
        zip.write(Nd4j.toNpyByteArray(a.getValue().dup('c')));
        zip.closeEntry();
      }
      zip.finish();
    });
  }

  /**
   * Reads a model file.
   *
   * @throws InputFormatException (one line, naming the file) if it is not a qsl model, is
   *     truncated or corrupted, or was written by a newer qsl
   * @throws UncheckedIOException if it cannot be read
   */
  static SavedModel read(Path file) {
    String source = file.toString();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(MANIFEST);
      if (entry == null) {
        throw new InputFormatException(source, 0, 0, "not a qsl model file (no " + MANIFEST + ")");
      }
      Manifest manifest = manifest(source, readEntry(zip, entry));
      Map<String, INDArray> arrays = new LinkedHashMap<>();
      for (String name : manifest.arrays()) {
        ZipEntry a = zip.getEntry(entryName(name));
        if (a == null) {
          throw new InputFormatException(source, 0, 0, "model file lacks array '" + name + "'");
        }
        // dup(): the array must not share memory with the byte buffer it was parsed from
        arrays.put(name, Nd4j.createNpyFromByteArray(readEntry(zip, a)).dup());
      }
      return new SavedModel(source, manifest, new ModelArrays(source, arrays));
    } catch (ZipException e) {
      throw new InputFormatException(source, 0, 0,
          "not a qsl model file, or truncated or corrupted (" + e.getMessage() + ")");
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + source + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private static Manifest manifest(String source, byte[] json) {
    try {
      JsonNode tree = Json.MAPPER.readTree(json);
      if (!tree.isObject() || !FORMAT.equals(tree.path("format").asText())) {
        throw new InputFormatException(source, 0, 0,
            "not a qsl model file (" + MANIFEST + " does not say format \"" + FORMAT + "\")");
      }
      int version = tree.path("version").asInt();
      if (version < 1 || version > VERSION) {
        throw new InputFormatException(source, 0, 0, "model format version " + version
            + " is not supported (this qsl reads versions 1.." + VERSION + ")");
      }
      return Json.MAPPER.treeToValue(tree, Manifest.class);
    } catch (JsonProcessingException e) {
      throw new InputFormatException(source, 0, 0, "bad " + MANIFEST + ": " + Json.message(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entry's bytes; reading to the end verifies its CRC. */
  private static byte[] readEntry(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  private static String entryName(String arrayName) {
    return "arrays/" + arrayName + ".npy";
  }
}
