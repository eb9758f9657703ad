package org.qsl.learners.lstm;

import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMActivations;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDataFormat;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDirectionMode;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMLayerConfig;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.weights.LSTMLayerWeights;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * One way of training the reference model (1 LSTM layer, the previous bit as one scalar input with
 * 0 at the start, one logit per bit, binary cross-entropy, Adam), for {@link LstmBenchmark}.
 */
abstract class TrainingCandidate implements AutoCloseable {
  final String name;
  final LstmShape shape;
  /** OpenBLAS threads while this candidate runs, or 0 for the benchmark's setting. */
  final int blasThreads;

  TrainingCandidate(String name, LstmShape shape, int blasThreads) {
    this.name = name;
    this.shape = shape;
    this.blasThreads = blasThreads;
  }

  /** One optimisation step on {@code batch} (n-bit strings, qubit 0 most significant). */
  abstract void step(long[] batch);

  /** Releases threads. */
  @Override
  public void close() {}

  /** The candidates, each ready for batches of {@code batch} strings. */
  static TrainingCandidate[] all(int qubits, int units, int batch) {
    LstmShape shape = new LstmShape(qubits, 1, units, StartToken.ZERO);
    return new TrainingCandidate[] {
      new HandWritten("hand-written, fused cell, 2 threads", shape, batch, 2, 1,
          FusedCell::new),
      new HandWritten("hand-written, fused cell, 1 thread", shape, batch, 1, 1, FusedCell::new),
      new HandWritten("hand-written, fused cell, 2 BLAS threads", shape, batch, 1, 2,
          FusedCell::new),
      new HandWritten("hand-written, ND4J-ops cell, 2 BLAS threads", shape, batch, 1, 2,
          (u, s, m) -> new Nd4jCell(DataType.FLOAT, u, s, m)),
      new Dl4jLayer(shape),
      new SameDiffLayer(shape),
    };
  }

  /** Inputs (previous bit, 0 at the start) and labels (the bit) as [batch][step] arrays. */
  float[][][] sequences(long[] batch) {
    int n = shape.qubits();
    float[][] in = new float[batch.length][n];
    float[][] out = new float[batch.length][n];
    for (int b = 0; b < batch.length; b++) {
      for (int t = 0; t < n; t++) {
        out[b][t] = (batch[b] >>> (n - 1 - t)) & 1;
        if (t > 0) {
          in[b][t] = out[b][t - 1];
        }
      }
    }
    return new float[][][] {in, out};
  }

  /** This package's {@link LstmNetwork} with the given cell, and {@link HeapAdam}. */
  private static final class HandWritten extends TrainingCandidate {
    private final LstmModel model;
    private final Team team;
    private int iteration;

    HandWritten(String name, LstmShape shape, int batch, int threads, int blasThreads,
        LstmNetwork.CellFactory cells) {
      super(name, shape, blasThreads);
      model = new LstmModel(shape, Optimiser.ADAM, 1e-3, batch, new SplittableRandom(1),
          team = new Team(threads), cells);
    }

    @Override
    public void close() {
      team.close();
    }

    @Override
    void step(long[] batch) {
      double[] logits = model.logits(batch);
      double[] gradient = new double[logits.length];
      BitCrossEntropy.mean(batch, shape.qubits(), logits, gradient);
      model.descend(gradient, iteration++, 1);
    }
  }

  /** Deeplearning4j's LSTM layer and RNN output layer in a MultiLayerNetwork. */
  private static final class Dl4jLayer extends TrainingCandidate {
    private final MultiLayerNetwork network;

    Dl4jLayer(LstmShape shape) {
      super("DL4J LSTM layer", shape, 0);
      MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
          .seed(1)
          .dataType(DataType.FLOAT)
          .updater(new Adam(1e-3))
          .list()
          .layer(new LSTM.Builder().nIn(1).nOut(shape.units()).activation(Activation.TANH).build())
          .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.XENT)
              .activation(Activation.SIGMOID).nIn(shape.units()).nOut(1).build())
          .build();
      network = new MultiLayerNetwork(conf);
      network.init();
    }

    @Override
    void step(long[] batch) {
      float[][][] s = sequences(batch);
      int n = shape.qubits();
      // DL4J's recurrent layout: [batch, features, steps]
      INDArray in = Nd4j.createFromArray(s[0]).reshape(batch.length, 1, n);
      INDArray out = Nd4j.createFromArray(s[1]).reshape(batch.length, 1, n);
      network.fit(new DataSet(in, out));
    }
  }

  /** SameDiff's fused lstmLayer op, a dense output and sigmoid cross-entropy. */
  private static final class SameDiffLayer extends TrainingCandidate {
    private final SameDiff graph;

    SameDiffLayer(LstmShape shape) {
      super("SameDiff lstmLayer", shape, 0);
      int h = shape.units();
      graph = SameDiff.create();
      SDVariable in = graph.placeHolder("in", DataType.FLOAT, -1, shape.qubits(), 1);
      SDVariable label = graph.placeHolder("label", DataType.FLOAT, -1, 1);
      Nd4j.getRandom().setSeed(1);
      LSTMLayerWeights weights = LSTMLayerWeights.builder()
          .weights(graph.var("w", Nd4j.rand(DataType.FLOAT, 1, 4 * h).subi(0.5).muli(0.2)))
          .rWeights(graph.var("rw", Nd4j.rand(DataType.FLOAT, h, 4 * h).subi(0.5).muli(0.1)))
          .bias(graph.var("b", Nd4j.zeros(DataType.FLOAT, 4 * h)))
          .build();
      LSTMLayerConfig config = LSTMLayerConfig.builder()
          .lstmdataformat(LSTMDataFormat.NTS)
          .directionMode(LSTMDirectionMode.FWD)
          .gateAct(LSTMActivations.SIGMOID)
          .cellAct(LSTMActivations.TANH)
          .outAct(LSTMActivations.TANH)
          .retFullSequence(true)
          .build();
      SDVariable hidden = graph.rnn().lstmLayer(in, weights, config)[0].reshape(-1, h);
      SDVariable logits = hidden.mmul(graph.var("wo", Nd4j.rand(DataType.FLOAT, h, 1).subi(0.5)))
          .add(graph.var("bo", Nd4j.zeros(DataType.FLOAT, 1)));
      graph.loss().sigmoidCrossEntropy("loss", label, logits, null);
      graph.setLossVariables("loss");
      graph.setTrainingConfig(TrainingConfig.builder()
          .updater(new Adam(1e-3))
          .dataSetFeatureMapping("in")
          .dataSetLabelMapping("label")
          .build());
    }

    @Override
    void step(long[] batch) {
      float[][][] s = sequences(batch);
      int n = shape.qubits();
      INDArray in = Nd4j.createFromArray(s[0]).reshape(batch.length, n, 1);
      INDArray out = Nd4j.createFromArray(s[1]).reshape((long) batch.length * n, 1);
      graph.fit(new DataSet(in, out));
    }
  }
}
