package org.qsl.learners.lstm;

/**
 * The elementwise part of one LSTM layer over a sequence of steps, between the matrix products
 * that the network does: gate activations, the cell state and the output, and their backward pass.
 * Gate pre-activations come in rows of 4H, in the order input, forget, output, candidate:
 * i = sigmoid(a_i), f = sigmoid(a_f), o = sigmoid(a_o), g = tanh(a_g); then
 * c_t = f c_{t-1} + i g (c_{-1} = 0) and h_t = o tanh(c_t). A cell keeps what its backward pass
 * needs for every step of the current batch.
 *
 * <p>Each call handles the hidden units {@code from .. to - 1} (their four gate columns and their
 * h column); the network's parallel parties call it for disjoint unit ranges at the same time.
 */
interface LstmCell {

  /**
   * Step t of the forward pass for units from .. to - 1 (steps come in order; step 0 starts a new
   * batch).
   *
   * @param gates pre-activations, batch x 4H; the cell may overwrite its units' columns
   * @param h receives h_t, batch x H, in the units' columns
   */
  void forward(int t, Matrix gates, Matrix h, int from, int to);

  /**
   * Step t of the backward pass for units from .. to - 1, after the whole forward pass, in order
   * from the last step to 0.
   *
   * @param dh the loss gradient with respect to h_t (from the output and from step t + 1)
   * @param gates the rows {@link #forward} had for step t; receives, in the units' columns, the
   *     loss gradient with respect to the pre-activations
   */
  void backward(int t, Matrix dh, Matrix gates, int from, int to);
}
