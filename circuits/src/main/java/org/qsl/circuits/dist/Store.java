package org.qsl.circuits.dist;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * A long array of probabilities in double or float, split into chunks of 2^chunkBits entries
 * because one Java array holds fewer than 2^31. Algorithms read it block by block into a double
 * buffer ({@link #copyTo}), so they are written once for both precisions.
 */
abstract sealed class Store permits Store.Doubles, Store.Floats {
  /** Largest chunk: 2^30 entries, the largest power of two a Java array can hold. */
  static final int MAX_CHUNK_BITS = 30;

  final long length;
  final int chunkBits;
  final long chunkMask;

  private Store(long length, int chunkBits) {
    this.length = length;
    this.chunkBits = chunkBits;
    this.chunkMask = (1L << chunkBits) - 1;
  }

  /** Writes entries {@code from..from+length-1} into {@code out} at {@code offset}. */
  @FunctionalInterface
  interface Source {
    void fill(long from, double[] out, int offset, int length);
  }

  /** A zeroed store of {@code length} entries (a power of two); refused if the heap is short. */
  static Store allocate(long length, Precision precision, int chunkBits) {
    Heap.require(length * precision.bytes(),
        "a " + precision + " distribution of " + length + " probabilities");
    int bits = Math.min(chunkBits, Long.numberOfTrailingZeros(length));
    int chunks = (int) (length >>> bits);
    return precision == Precision.DOUBLE
        ? new Doubles(length, bits, new double[chunks][1 << bits])
        : new Floats(length, bits, new float[chunks][1 << bits]);
  }

  abstract Precision precision();

  abstract double get(long index);

  abstract void set(long index, double value);

  /** Copies entries {@code from .. from+len-1} into {@code dst} at {@code off}. */
  abstract void copyTo(long from, double[] dst, int off, int len);

  /** Overwrites entries {@code from .. from+len-1} with {@code src} from {@code off}. */
  abstract void copyFrom(long from, double[] src, int off, int len);

  /**
   * Lets {@code source} write entries {@code from .. from+len-1}; a double store hands it its own
   * array, so nothing is copied.
   */
  abstract void load(long from, int len, Source source);

  /** Sorts every chunk ascending in place. */
  abstract void sortChunks();

  /**
   * The array holding entries {@code from .. from+len-1}, at {@link #offset}(from) on, when they
   * are doubles in one chunk (read without copying), else null.
   */
  double[] doubles(long from, int len) {
    return null;
  }

  /** A zeroed store of the same size, precision and chunking. */
  Store emptyCopy() {
    return allocate(length, precision(), chunkBits);
  }

  /** A copy. */
  Store copy() {
    Store copy = emptyCopy();
    double[] buffer = new double[(int) Math.min(length, 1 << 16)];
    for (long i = 0; i < length; i += buffer.length) {
      copyTo(i, buffer, 0, buffer.length);
      copy.copyFrom(i, buffer, 0, buffer.length);
    }
    return copy;
  }

  /** A copy sorted ascending (chunks sorted, then merged). */
  Store sortedCopy() {
    Store chunks = copy();
    chunks.sortChunks();
    long chunkSize = 1L << chunkBits;
    if (chunkSize == length) {
      return chunks;
    }
    // k-way merge of the sorted chunks: cursor = {next index, end}
    Store sorted = emptyCopy();
    PriorityQueue<long[]> heads = new PriorityQueue<>(
        (a, b) -> Double.compare(chunks.get(a[0]), chunks.get(b[0])));
    for (long start = 0; start < length; start += chunkSize) {
      heads.add(new long[] {start, start + chunkSize});
    }
    for (long out = 0; out < length; out++) {
      long[] head = heads.poll();
      sorted.set(out, chunks.get(head[0]));
      if (++head[0] < head[1]) {
        heads.add(head);
      }
    }
    return sorted;
  }

  final int chunk(long index) {
    return (int) (index >>> chunkBits);
  }

  final int offset(long index) {
    return (int) (index & chunkMask);
  }

  /** One piece of a range that lies in one chunk. */
  @FunctionalInterface
  interface Piece {
    void apply(int chunk, int chunkOffset, int rangeOffset, int length);
  }

  /** Splits entries {@code from .. from+len-1} at chunk boundaries and applies {@code piece}. */
  final void pieces(long from, int len, Piece piece) {
    for (int done = 0; done < len; ) {
      long at = from + done;
      int n = (int) Math.min(len - done, (1L << chunkBits) - offset(at));
      piece.apply(chunk(at), offset(at), done, n);
      done += n;
    }
  }

  static final class Doubles extends Store {
    private final double[][] chunks;

    Doubles(long length, int chunkBits, double[][] chunks) {
      super(length, chunkBits);
      this.chunks = chunks;
    }

    @Override
    Precision precision() {
      return Precision.DOUBLE;
    }

    @Override
    double get(long index) {
      return chunks[chunk(index)][offset(index)];
    }

    @Override
    void set(long index, double value) {
      chunks[chunk(index)][offset(index)] = value;
    }

    @Override
    void copyTo(long from, double[] dst, int off, int len) {
      pieces(from, len, (c, o, r, n) -> System.arraycopy(chunks[c], o, dst, off + r, n));
    }

    @Override
    void copyFrom(long from, double[] src, int off, int len) {
      pieces(from, len, (c, o, r, n) -> System.arraycopy(src, off + r, chunks[c], o, n));
    }

    @Override
    void load(long from, int len, Source source) {
      pieces(from, len, (c, o, r, n) -> source.fill(from + r, chunks[c], o, n));
    }

    @Override
    double[] doubles(long from, int len) {
      return offset(from) + (long) len <= chunkMask + 1 ? chunks[chunk(from)] : null;
    }

    @Override
    void sortChunks() {
      for (double[] c : chunks) {
        Arrays.parallelSort(c);
      }
    }
  }

  static final class Floats extends Store {
    private final float[][] chunks;

    Floats(long length, int chunkBits, float[][] chunks) {
      super(length, chunkBits);
      this.chunks = chunks;
    }

    @Override
    Precision precision() {
      return Precision.FLOAT;
    }

    @Override
    double get(long index) {
      return chunks[chunk(index)][offset(index)];
    }

    @Override
    void set(long index, double value) {
      chunks[chunk(index)][offset(index)] = (float) value;
    }

    @Override
    void copyTo(long from, double[] dst, int off, int len) {
      pieces(from, len, (c, o, r, n) -> {
        float[] chunk = chunks[c];
        for (int i = 0; i < n; i++) {
          dst[off + r + i] = chunk[o + i];
        }
      });
    }

    @Override
    void copyFrom(long from, double[] src, int off, int len) {
      pieces(from, len, (c, o, r, n) -> {
        float[] chunk = chunks[c];
        for (int i = 0; i < n; i++) {
          chunk[o + i] = (float) src[off + r + i];
        }
      });
    }

    @Override
    void load(long from, int len, Source source) {
      double[] buffer = new double[Math.min(len, 1 << 14)];
      while (len > 0) {
        int n = Math.min(len, buffer.length);
        source.fill(from, buffer, 0, n);
        copyFrom(from, buffer, 0, n);
        from += n;
        len -= n;
      }
    }

    @Override
    void sortChunks() {
      for (float[] c : chunks) {
        Arrays.parallelSort(c);
      }
    }
  }
}
