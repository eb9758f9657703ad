package org.qsl.circuits;

/** Shared instances of the parameterless gates and the Sycamore gate. */
public final class Gates {
  private Gates() {}

  public static final Gate I = new Gate.I();
  public static final Gate X = new Gate.X();
  public static final Gate Y = new Gate.Y();
  public static final Gate Z = new Gate.Z();
  public static final Gate H = new Gate.H();
  public static final Gate S = new Gate.S();
  public static final Gate T = new Gate.T();
  public static final Gate SQRT_X = new Gate.SqrtX();
  public static final Gate SQRT_Y = new Gate.SqrtY();
  public static final Gate SQRT_W = new Gate.SqrtW();
  public static final Gate I2 = new Gate.I2();
  public static final Gate CZ = new Gate.CZ();
  public static final Gate CNOT = new Gate.CNOT();
  public static final Gate SWAP = new Gate.Swap();
  public static final Gate ISWAP = new Gate.ISwap();

  /** The Sycamore two-qubit gate of the 2019 experiment, fSim(pi/2, pi/6). */
  public static final Gate SYCAMORE = new Gate.FSim(Math.PI / 2, Math.PI / 6);
}
