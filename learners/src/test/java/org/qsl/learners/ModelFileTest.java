package org.qsl.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.qsl.circuits.io.InputFormatException;
import org.qsl.learners.product.ProductConfig;
import org.qsl.learners.product.ProductLearner;

class ModelFileTest {
  @TempDir Path dir;

  private static String loadError(Path file) {
    InputFormatException e = assertThrows(InputFormatException.class, () -> Learner.load(file));
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    assertEquals(file.toString(), e.source());
    return e.getMessage();
  }

  @Test
  void aTextFileIsNotAModel() throws IOException {
    Path file = Files.writeString(dir.resolve("samples.txt"), "0101\n1100\n");
    assertEquals(file + ": not a qsl model file, or truncated or corrupted"
        + " (zip END header not found)", loadError(file));
  }

  @Test
  void aTruncatedModelIsRefused() throws IOException {
    Path file = dir.resolve("model.qslm");
    new ProductLearner(5, ProductConfig.DEFAULTS).save(file);
    byte[] whole = Files.readAllBytes(file);
    for (int length : new int[] {0, 10, whole.length / 2, whole.length - 1}) {
      Path cut = Files.write(dir.resolve("cut" + length + ".qslm"),
          Arrays.copyOf(whole, length));
      assertTrue(loadError(cut).contains("not a qsl model file, or truncated or corrupted"));
    }
  }

  @Test
  void aZipWithoutManifestIsNotAModel() throws IOException {
    Path file = dir.resolve("other.zip");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("configuration.json"));
      zip.write("{}".getBytes());
    }
    assertEquals(file + ": not a qsl model file (no manifest.json)", loadError(file));
  }

  private Path withManifest(String learner, int version) {
    Path file = dir.resolve(learner + version + ".qslm");
    ModelFile.write(file, new Manifest(ModelFile.FORMAT, version, learner, 3,
        JsonNodeFactory.instance.objectNode(), null, List.of()), Map.of());
    return file;
  }

  @Test
  void aNewerFormatVersionIsRefused() {
    Path file = withManifest("product", 2);
    assertEquals(file + ": model format version 2 is not supported (this qsl reads versions 1..1)",
        loadError(file));
  }

  @Test
  void anUnknownLearnerIsNamed() {
    Path file = withManifest("transformer", 1);
    assertEquals(file + ": unknown learner 'transformer' (this qsl has: "
        + String.join(", ", LearnerRegistry.names()) + ")", loadError(file));
    assertTrue(LearnerRegistry.names().contains("product"));
  }

  @Test
  void aBadConfigIsReportedInOneLine() {
    Path file = withManifest("product", 1);
    assertTrue(loadError(file).startsWith(file + ": bad learner config: "));
  }

  @Test
  void aMissingArrayIsNamed() {
    Path file = dir.resolve("noarrays.qslm");
    ModelFile.write(file, new Manifest(ModelFile.FORMAT, 1, "product", 3,
        Json.tree(ProductConfig.DEFAULTS), null, List.of()), Map.of());
    assertEquals(file + ": model has no array 'logits'", loadError(file));
  }

  @Test
  void aMissingFileIsAnIoError() {
    Path file = dir.resolve("absent.qslm");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Learner.load(file));
    assertEquals("cannot read " + file + ": no such file", e.getMessage());
  }

  @Test
  void arraysKeepTheirValuesShapeAndType() {
    Path file = dir.resolve("arrays.qslm");
    double[] values = {1.5, -2.25, Math.PI, 1e-300};
    ModelFile.write(file, new Manifest(ModelFile.FORMAT, 1, "product", 3,
        JsonNodeFactory.instance.objectNode(), null, List.of("w")),
        Map.of("w", Nd4j.createFromArray(values).reshape(2, 2)));
    SavedModel saved = ModelFile.read(file);
    assertEquals(Nd4j.createFromArray(values).reshape(2, 2), saved.arrays().get("w", 2, 2));
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> saved.arrays().get("w", 4));
    assertEquals(file + ": array 'w' has shape [2, 2], expected [4]", e.getMessage());
  }

  @Test
  void viewsAndFortranOrderArraysAreStoredByValue() {
    INDArray big = Nd4j.linspace(1, 24, 24, DataType.FLOAT).reshape(4, 6);
    Map<String, INDArray> arrays = new LinkedHashMap<>();
    arrays.put("block", big.get(NDArrayIndex.interval(1, 3), NDArrayIndex.interval(2, 5)));
    arrays.put("column", big.getColumn(3));
    arrays.put("fortran", Nd4j.create(new double[] {1, 2, 3, 4, 5, 6}, new long[] {2, 3}, 'f'));
    Path file = dir.resolve("views.qslm");
    ModelFile.write(file, new Manifest(ModelFile.FORMAT, 1, "product", 3,
        JsonNodeFactory.instance.objectNode(), null, List.copyOf(arrays.keySet())), arrays);
    ModelArrays read = ModelFile.read(file).arrays();
    // block: rows 1-2, columns 2-4 of 1..24 laid out 4 x 6
    assertEquals(Nd4j.createFromArray(new float[][] {{9, 10, 11}, {15, 16, 17}}),
        read.get("block", 2, 3));
    assertEquals(Nd4j.createFromArray(new float[] {4, 10, 16, 22}), read.get("column", 4));
    assertEquals(Nd4j.createFromArray(new double[][] {{1, 3, 5}, {2, 4, 6}}),
        read.get("fortran", 2, 3));
  }

  @Test
  void aSaveLeavesNoTemporaryFiles() throws IOException {
    new ProductLearner(4, ProductConfig.DEFAULTS).save(dir.resolve("m.qslm"));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("m.qslm")), files.toList());
    }
  }
}
