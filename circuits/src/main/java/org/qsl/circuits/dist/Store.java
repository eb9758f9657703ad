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

  /** Writes {@code length} values into {@code out} from {@code offset}, for entries from {@code from}. */
  @FunctionalInterface
  interface Source {
    void fill(long from, double[] out, int offset, int length);
  }

  /** A zeroed store of {@code length} entries (a power of two), refused if the heap is too small. */
  static Store allocate(long length, Precision precision, int chunkBits) {
    Heap.require(length * precision.bytes(),
        "a " + precision + " distribution of " + length + " probabilities");
    int bits = (int) Math.min(chunkBits, Long.numberOfTrailingZeros(length));
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

  /** Length of the piece of {@code from .. from+len-1} that lies in {@code from}'s chunk. */
  final int piece(long from, int len) {
    return (int) Math.min(len, (1L << chunkBits) - offset(from));
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
      while (len > 0) {
        int n = piece(from, len);
        System.arraycopy(chunks[chunk(from)], offset(from), dst, off, n);
        from += n;
        off += n;
        len -= n;
      }
    }

    @Override
    void copyFrom(long from, double[] src, int off, int len) {
      while (len > 0) {
        int n = piece(from, len);
        System.arraycopy(src, off, chunks[chunk(from)], offset(from), n);
        from += n;
        off += n;
        len -= n;
      }
    }

    @Override
    void load(long from, int len, Source source) {
      while (len > 0) {
        int n = piece(from, len);
        source.fill(from, chunks[chunk(from)], offset(from), n);
        from += n;
        len -= n;
      }
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
      while (len > 0) {
        int n = piece(from, len);
        float[] c = chunks[chunk(from)];
        int o = offset(from);
        for (int i = 0; i < n; i++) {
          dst[off + i] = c[o + i];
        }
        from += n;
        off += n;
        len -= n;
      }
    }

    @Override
    void copyFrom(long from, double[] src, int off, int len) {
      while (len > 0) {
        int n = piece(from, len);
        float[] c = chunks[chunk(from)];
        int o = offset(from);
        for (int i = 0; i < n; i++) {
          c[o + i] = (float) src[off + i];
        }
        from += n;
        off += n;
        len -= n;
      }
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
