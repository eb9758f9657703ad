package org.qsl.circuits;

/** Shared instances of the parameterless gates and the Sycamore gate. */
public final class Gates {
  private Gates() {}

  /** Identity. */
  public static final Gate I = new Gate.I();
  /** Pauli X. */
  public static final Gate X = new Gate.X();
  /** Pauli Y. */
  public static final Gate Y = new Gate.Y();
  /** Pauli Z. */
  public static final Gate Z = new Gate.Z();
  /** Hadamard. */
  public static final Gate H = new Gate.H();
  /** S = sqrt Z. */
  public static final Gate S = new Gate.S();
  /** T = Z^(1/4). */
  public static final Gate T = new Gate.T();
  /** sqrt X, a Sycamore single-qubit gate. */
  public static final Gate SQRT_X = new Gate.SqrtX();
  /** sqrt Y, a Sycamore single-qubit gate. */
  public static final Gate SQRT_Y = new Gate.SqrtY();
  /** sqrt W with W = (X + Y) / sqrt 2, a Sycamore single-qubit gate. */
  public static final Gate SQRT_W = new Gate.SqrtW();
  /** Two-qubit identity. */
  public static final Gate I2 = new Gate.I2();
  /** Controlled Z. */
  public static final Gate CZ = new Gate.CZ();
  /** Controlled NOT, control = first qubit. */
  public static final Gate CNOT = new Gate.CNOT();
  /** SWAP. */
  public static final Gate SWAP = new Gate.Swap();
  /** iSWAP. */
  public static final Gate ISWAP = new Gate.ISwap();

  /** The Sycamore two-qubit gate of the 2019 experiment, fSim(pi/2, pi/6). */
  public static final Gate SYCAMORE = new Gate.FSim(Math.PI / 2, Math.PI / 6);
}
