package org.qsl.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * A learner's size knob: the one setting a learnability scan turns to give the model more or
 * fewer parameters (an LSTM's hidden units, a GAN's layer width, a DBM's hidden units), with the
 * other settings at the learner's defaults. Each learner package registers its knob in
 * {@code META-INF/services/org.qsl.learners.SizeKnob}.
 */
public interface SizeKnob {

  /** The learner's registered name, e.g. "lstm". */
  String learner();

  /** What the knob sets, e.g. "hidden units". */
  String name();

  /** The grid of the knobs that count units: 2, 4, 8, ..., 512. */
  List<Integer> POWERS_OF_TWO = List.of(2, 4, 8, 16, 32, 64, 128, 256, 512);

  /** The sizes a full scan tries, smallest first (e.g. 2, 4, ..., 512 hidden units). */
  List<Integer> grid();

  /**
   * An untrained learner of {@code size} for {@code qubits}-bit samples that trains for
   * {@code epochs} epochs with master seed {@code seed}.
   *
   * @throws IllegalArgumentException if the size or epoch count is out of range
   */
  Learner create(int qubits, int size, int epochs, long seed);

  /** The knobs of every learner on the class path, sorted by learner name. */
  static List<SizeKnob> all() {
    List<SizeKnob> all = new ArrayList<>();
    ServiceLoader.load(SizeKnob.class).forEach(all::add);
    all.sort((a, b) -> a.learner().compareTo(b.learner()));
    return all;
  }

  /**
   * The knob of {@code learner}.
   *
   * @throws IllegalArgumentException naming the learners there are, if there is none such
   */
  static SizeKnob of(String learner) {
    List<SizeKnob> all = all();
    return all.stream().filter(k -> k.learner().equals(learner)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("no learner '" + learner + "' with a size knob;"
            + " available: " + (all.isEmpty() ? "none" : all.stream().map(SizeKnob::learner)
                .collect(Collectors.joining(", ")))));
  }
}
