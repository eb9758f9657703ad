package org.qsl.experiments.charts;

import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.qsl.circuits.io.AtomicFiles;

/**
 * Writes charts as PNG (for reading) and SVG (for papers), each file atomically. Rendering needs
 * no display: the JVM is put in headless mode before AWT is first used.
 */
public final class ChartFiles {
  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ChartFiles() {}

  /** Makes sure AWT starts headless (call before building a chart). */
  static void headless() {
    // the static initialiser does the work
  }

  /**
   * Writes {@code chart} to {@code folder/name.png} and {@code folder/name.svg}.
   *
   * @return the two files
   * @throws java.io.UncheckedIOException if a file cannot be written
   */
  public static List<Path> save(Chart<?, ?> chart, Path folder, String name) {
    Path png = folder.resolve(name + ".png");
    Path svg = folder.resolve(name + ".svg");
    AtomicFiles.write(png, out -> BitmapEncoder.saveBitmap(chart, out,
        BitmapEncoder.BitmapFormat.PNG));
    AtomicFiles.write(svg, out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out,
        VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
    return List.of(png, svg);
  }
}
