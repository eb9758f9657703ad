package org.qsl.learners.lstm;

/**
 * The elementwise part of one LSTM layer over a sequence of steps, between the matrix products
 * that the network does: gate activations, the cell state and the output, and their backward pass:
 * i = sigmoid(a_i), f = sigmoid(a_f), o = sigmoid(a_o), g = tanh(a_g);
 * c_t = f c_{t-1} + i g (c_{-1} = 0) and h_t = o tanh(c_t). A cell keeps what its backward pass
 * needs for every step of the current batch.
 *
 * <p>Each call handles one chunk of hidden units (see {@link LstmShape}): its gate columns and its
 * h columns. Calls for different chunks of the same step may run at the same time.
 */
interface LstmCell {

  /**
   * Step t of the forward pass for one chunk (steps come in order; step 0 starts a new batch).
   *
   * @param gates pre-activations, batch x 4H; the cell may overwrite the chunk's columns
   * @param h receives h_t, batch x H, in the chunk's columns
   */
  void forward(int t, Matrix gates, Matrix h, LstmShape.Chunk chunk);

  /**
   * Step t of the backward pass for one chunk, after the whole forward pass, in order from the
   * last step to 0.
   *
   * @param dh the loss gradient with respect to h_t (from the output and from step t + 1)
   * @param gates the rows {@link #forward} had for step t; receives, in the chunk's columns, the
   *     loss gradient with respect to the pre-activations
   */
  void backward(int t, Matrix dh, Matrix gates, LstmShape.Chunk chunk);
}
