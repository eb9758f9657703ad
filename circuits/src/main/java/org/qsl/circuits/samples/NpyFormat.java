package org.qsl.circuits.samples;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qsl.circuits.io.InputFormatException;

/**
 * Sample sets as NumPy {@code .npy} files (format versions 1.0 to 3.0, C order):
 *
 * <ul>
 *   <li>an m x n matrix of 0/1, one sample per row, column 0 = qubit 0 (written as uint8
 *       {@code |u1}; any little-endian integer or bool type is read, as
 *       {@code samples[:, None] >> np.arange(n)[::-1] & 1} makes int64);
 *   <li>a vector of m integers, the samples' values (written as int64 {@code <i8}; any
 *       little-endian integer type is read). It does not record n, so the reader needs it.
 * </ul>
 *
 * Header problems name what was found and what is supported.
 */
final class NpyFormat {
  /** numpy's GROWTH_AXIS_MAX_DIGITS: header room for the row count to grow in place. */
  private static final int GROWTH_DIGITS = 21;
  static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(\\w+)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
  /** Integer or bool element types: byte order, kind (i signed, u unsigned, b bool), size. */
  private static final Pattern INTEGER_TYPE = Pattern.compile("([<|=]?)([iub])([1248])");

  private NpyFormat() {}

  /**
   * Reads a matrix of bits, or a vector of integers when {@code qubits} says how many bits they
   * have (a vector read with {@code qubits} = 0 is an error that says so).
   */
  static SampleSet read(InputStream stream, String source, long dataBytes, int qubits)
      throws IOException {
    DataInputStream in = new DataInputStream(stream);
    Header h = readHeader(in, source);
    long elements = h.rows * h.columns;
    if (dataBytes - h.length != elements * h.itemSize) {
      throw new InputFormatException(source, 0, 0, "holds " + (dataBytes - h.length)
          + " data bytes after the header; shape " + h.shapeText + " of '" + h.descr + "' needs "
          + elements * h.itemSize);
    }
    if (h.rows > Integer.MAX_VALUE - 8) {
      throw new InputFormatException(source, 0, 0, "shape " + h.shapeText + ": at most "
          + (Integer.MAX_VALUE - 8) + " samples are supported");
    }
    int m = (int) h.rows;
    long[] samples = new long[m];
    Items items = new Items(in, h.itemSize, h.unsigned, source);
    int n;
    if (h.matrix) {
      n = (int) h.columns;
      if (n < 1 || n > SampleSet.MAX_QUBITS) {
        throw new InputFormatException(source, 0, 0, "shape " + h.shapeText + " has " + n
            + " columns (bits); expected 1.." + SampleSet.MAX_QUBITS);
      }
      if (qubits != 0 && qubits != n) {
        throw new InputFormatException(source, 0, 0, "shape " + h.shapeText + " has " + n
            + " bits per sample; expected " + qubits);
      }
      for (int i = 0; i < m; i++) {
        long x = 0;
        for (int q = 0; q < n; q++) {
          long bit = items.next();
          if (bit != 0 && bit != 1) {
            throw new InputFormatException(source, 0, 0,
                "element [" + i + ", " + q + "] is " + bit + "; expected 0 or 1");
          }
          x = (x << 1) | bit;
        }
        samples[i] = x;
      }
    } else {
      if (qubits == 0) {
        throw new InputFormatException(source, 0, 0, "a vector of integers (shape "
            + h.shapeText + ") does not say how many bits the samples have; give the qubit count");
      }
      n = qubits;
      for (int i = 0; i < m; i++) {
        long x = items.next();
        if (x < 0 || (n < 63 && x >= 1L << n)) {
          throw new InputFormatException(source, 0, 0, "element " + i + " is "
              + (h.unsigned && x < 0 ? Long.toUnsignedString(x) : x) + "; expected 0.."
              + ((1L << n) - 1) + " (" + n + " bits)");
        }
        samples[i] = x;
      }
    }
    return SampleSet.wrap(n, samples);
  }

  /** Reads little-endian integers of one size through a buffer. */
  private static final class Items {
    private final InputStream in;
    private final int size;
    private final boolean unsigned;
    private final String source;
    private final ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    Items(InputStream in, int size, boolean unsigned, String source) {
      this.in = in;
      this.size = size;
      this.unsigned = unsigned;
      this.source = source;
      buf.limit(0);
    }

    long next() throws IOException {
      if (buf.remaining() < size) {
        // reads come in multiples of the buffer size, a multiple of every item size
        int r = in.readNBytes(buf.array(), 0, buf.capacity());
        if (r < size) {
          throw new InputFormatException(source, 0, 0, "the data ended early");
        }
        buf.position(0).limit(r);
      }
      switch (size) {
        case 1:
          return unsigned ? buf.get() & 0xffL : buf.get();
        case 2:
          return unsigned ? buf.getShort() & 0xffffL : buf.getShort();
        case 4:
          return unsigned ? buf.getInt() & 0xffffffffL : buf.getInt();
        default:
          return buf.getLong();
      }
    }
  }

  /** The parsed header: element type and shape. */
  private record Header(String descr, int itemSize, boolean unsigned, boolean matrix, long rows,
      long columns, String shapeText, long length) {}

  private static Header readHeader(DataInputStream in, String source) throws IOException {
    byte[] magic = in.readNBytes(MAGIC.length);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new InputFormatException(source, 0, 0, "not a .npy file: it starts with "
          + printable(magic) + ", not \\x93NUMPY");
    }
    try {
      int major = in.readUnsignedByte();
      int minor = in.readUnsignedByte();
      if (major < 1 || major > 3) {
        throw new InputFormatException(source, 0, 0, "format version " + major + "." + minor
            + " is not supported; expected 1.0, 2.0 or 3.0");
      }
      long headerLength;
      int prefix;
      if (major == 1) {
        headerLength = Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
        prefix = 10;
      } else {
        headerLength = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
        prefix = 12;
      }
      if (headerLength > 1 << 20) {
        throw new InputFormatException(source, 0, 0,
            "header length " + headerLength + " bytes is not plausible");
      }
      byte[] text = new byte[(int) headerLength];
      in.readFully(text);
      String header = new String(text, major == 3 ? StandardCharsets.UTF_8
          : StandardCharsets.ISO_8859_1).strip();
      return parseHeader(header, source, prefix + headerLength);
    } catch (EOFException e) {
      throw new InputFormatException(source, 0, 0, "the .npy header is cut short");
    }
  }

  private static Header parseHeader(String header, String source, long length) {
    Matcher descr = DESCR.matcher(header);
    Matcher fortran = FORTRAN.matcher(header);
    Matcher shape = SHAPE.matcher(header);
    if (!descr.find() || !fortran.find() || !shape.find()) {
      throw new InputFormatException(source, 0, 0, "the header " + header
          + " lacks 'descr', 'fortran_order' or 'shape'");
    }
    if (!fortran.group(1).equals("False")) {
      throw new InputFormatException(source, 0, 0, "'fortran_order': " + fortran.group(1)
          + " is not supported; save a C-ordered array (np.ascontiguousarray)");
    }
    String type = descr.group(1);
    Matcher t = INTEGER_TYPE.matcher(type);
    if (!t.matches()) {
      throw new InputFormatException(source, 0, 0, "element type '" + type + "' is not "
          + "supported; expected little-endian integers ('|u1', '<i8', ...) or bool ('|b1')");
    }
    String[] dims = shape.group(1).split(",");
    String shapeText = "(" + shape.group(1).strip() + ")";
    long[] sizes;
    try {
      sizes = Arrays.stream(dims).map(String::strip).filter(s -> !s.isEmpty())
          .mapToLong(Long::parseLong).toArray();
    } catch (NumberFormatException e) {
      throw new InputFormatException(source, 0, 0,
          "shape " + shapeText + " is not a tuple of whole numbers");
    }
    if (sizes.length != 1 && sizes.length != 2) {
      throw new InputFormatException(source, 0, 0, "shape " + shapeText
          + " has " + sizes.length + " dimensions; expected (m, n) bits or (m,) integers");
    }
    if (t.group(1).isEmpty() && !t.group(3).equals("1")) {
      throw new InputFormatException(source, 0, 0, "element type '" + type
          + "' does not state its byte order; expected '<' (little-endian)");
    }
    int itemSize = Integer.parseInt(t.group(3));
    boolean unsigned = !t.group(2).equals("i"); // u: unsigned, b: bool
    return new Header(type, itemSize, unsigned, sizes.length == 2, sizes[0],
        sizes.length == 2 ? sizes[1] : 1, shapeText, length);
  }

  /** Writes an m x n uint8 matrix of bits, or an int64 vector of the samples' values. */
  static void write(SampleSet samples, OutputStream out, boolean integers) throws IOException {
    int m = samples.size();
    int n = samples.qubits();
    String dict = integers
        ? "{'descr': '<i8', 'fortran_order': False, 'shape': (" + m + ",), }"
        : "{'descr': '|u1', 'fortran_order': False, 'shape': (" + m + ", " + n + "), }";
    // as numpy writes it (version 1.0): room for the row count to grow to 21 digits, then
    // spaces and '\n' so that magic + version + length + header is a multiple of 64 bytes
    StringBuilder header = new StringBuilder(dict);
    header.append(" ".repeat(GROWTH_DIGITS - Integer.toString(m).length()));
    int padded = (10 + header.length() + 1 + 63) / 64 * 64 - 10;
    header.append(" ".repeat(padded - 1 - header.length())).append('\n');
    out.write(MAGIC);
    out.write(new byte[] {1, 0, (byte) padded, (byte) (padded >>> 8)});
    out.write(header.toString().getBytes(StandardCharsets.ISO_8859_1));
    ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < m; i++) {
      if (buf.remaining() < Math.max(8, n)) {
        out.write(buf.array(), 0, buf.position());
        buf.clear();
      }
      long x = samples.get(i);
      if (integers) {
        buf.putLong(x);
      } else {
        for (int q = 0; q < n; q++) {
          buf.put((byte) ((x >>> (n - 1 - q)) & 1));
        }
      }
    }
    out.write(buf.array(), 0, buf.position());
  }

  private static String printable(byte[] bytes) {
    StringBuilder s = new StringBuilder("'");
    for (byte b : bytes) {
      s.append(b >= 32 && b < 127 ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xff));
    }
    return s.append('\'').toString();
  }
}
