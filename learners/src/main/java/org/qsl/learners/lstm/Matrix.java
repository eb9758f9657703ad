package org.qsl.learners.lstm;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A row-major window of an ND4J buffer: {@code rows x cols} elements, row r starting
 * {@code r * stride} elements after {@code offset}. Windows with a stride larger than their width
 * are what BLAS calls leading dimensions; ND4J's own gemm refuses them as outputs, which is why the
 * LSTM calls BLAS on windows directly (see {@link Blas}).
 *
 * @param data a contiguous, c-ordered array of type FLOAT or DOUBLE, any rank (never a view)
 * @param offset index of element (0, 0) in {@code data}
 * @param rows number of rows
 * @param cols number of columns
 * @param stride elements from one row to the next, at least {@code cols}
 */
record Matrix(INDArray data, long offset, int rows, int cols, int stride) {

  Matrix {
    if (rows < 0 || cols < 0 || stride < cols || offset < 0
        || offset + (rows == 0 ? 0 : (rows - 1L) * stride + cols) > data.length()) {
      throw new IllegalArgumentException("window " + rows + "x" + cols + " (stride " + stride
          + ", offset " + offset + ") does not fit an array of " + data.length());
    }
  }

  /** A new zeroed matrix. */
  static Matrix zeros(DataType type, int rows, int cols) {
    return new Matrix(Nd4j.zeros(type, rows, cols), 0, rows, cols, cols);
  }

  /** The {@code rows x cols} elements of {@code flat} from {@code offset} on, row after row. */
  static Matrix window(INDArray flat, long offset, int rows, int cols) {
    if (flat.isView() || flat.ordering() != 'c') {
      throw new IllegalArgumentException("expected a c-ordered array that is not a view");
    }
    return new Matrix(flat, offset, rows, cols, cols);
  }

  DataType type() {
    return data.dataType();
  }

  /** Rows {@code from .. from + count - 1}. */
  Matrix rows(int from, int count) {
    return new Matrix(data, offset + (long) from * stride, count, cols, stride);
  }

  /** Columns {@code from .. from + count - 1}. */
  Matrix cols(int from, int count) {
    return new Matrix(data, offset + from, rows, count, stride);
  }

  /** Whether the rows follow each other without gaps. */
  boolean contiguous() {
    return stride == cols || rows <= 1;
  }

  FloatPointer floatPointer() {
    return ((FloatPointer) data.data().addressPointer()).position(offset);
  }

  DoublePointer doublePointer() {
    return ((DoublePointer) data.data().addressPointer()).position(offset);
  }

  /** Copies this FLOAT window into {@code dst} (rows x cols, row-major, from index 0). */
  void read(float[] dst) {
    read(dst, 0, cols);
  }

  /** Copies this FLOAT window into {@code dst}, row r from {@code dst[at + r * dstStride]}. */
  void read(float[] dst, int at, int dstStride) {
    FloatPointer p = floatPointer();
    if (contiguous() && dstStride == cols) {
      p.get(dst, at, rows * cols);
      return;
    }
    for (int r = 0; r < rows; r++) {
      p.position(offset + (long) r * stride).get(dst, at + r * dstStride, cols);
    }
  }

  /** Copies {@code src} (rows x cols, row-major) into this FLOAT window. */
  void write(float[] src) {
    write(src, 0, cols);
  }

  /** Copies into this FLOAT window row r from {@code src[at + r * srcStride]}. */
  void write(float[] src, int at, int srcStride) {
    FloatPointer p = floatPointer();
    if (contiguous() && srcStride == cols) {
      p.put(src, at, rows * cols);
      return;
    }
    for (int r = 0; r < rows; r++) {
      p.position(offset + (long) r * stride).put(src, at + r * srcStride, cols);
    }
  }

  /** The elements row by row, widened to double whatever the type. */
  double[] toDoubles() {
    double[] out = new double[rows * cols];
    if (type() == DataType.DOUBLE) {
      DoublePointer p = doublePointer();
      for (int r = 0; r < rows; r++) {
        p.position(offset + (long) r * stride).get(out, r * cols, cols);
      }
    } else {
      float[] f = new float[rows * cols];
      read(f);
      for (int i = 0; i < f.length; i++) {
        out[i] = f[i];
      }
    }
    return out;
  }

  /** Sets the elements row by row from {@code values}, rounded to the type. */
  void set(double[] values) {
    if (type() == DataType.DOUBLE) {
      DoublePointer p = doublePointer();
      for (int r = 0; r < rows; r++) {
        p.position(offset + (long) r * stride).put(values, r * cols, cols);
      }
    } else {
      float[] f = new float[rows * cols];
      for (int i = 0; i < f.length; i++) {
        f[i] = (float) values[i];
      }
      write(f);
    }
  }

  /** This window as an ND4J view (sharing the memory). */
  INDArray view() {
    return Nd4j.create(data.data(), new long[] {rows, cols}, new long[] {stride, 1}, offset, 'c',
        data.dataType());
  }

  /** Sets every element to {@code value}. */
  void fill(double value) {
    double[] v = new double[rows * cols];
    java.util.Arrays.fill(v, value);
    set(v);
  }
}
