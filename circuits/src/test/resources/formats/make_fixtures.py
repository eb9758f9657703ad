"""Writes the NumPy fixtures of SampleFilesTest and ProbabilityFilesTest (numpy 2.x).

Run from this folder: python3 make_fixtures.py
"""
import numpy as np

values = np.array([0b00101, 0b11111, 0b10000], dtype=np.int64)  # 5 bits, qubit 0 leftmost
bits = (values[:, np.newaxis] >> np.arange(5)[::-1] & 1)        # as the paper's code makes them
np.save('bits_u1.npy', bits.astype(np.uint8))
np.save('bits_i8.npy', bits)                                     # int64 matrix
np.save('bits_bool.npy', bits.astype(bool))
np.save('values_i8.npy', values)
np.save('values_u4.npy', values.astype(np.uint32))
np.save('floats.npy', bits.astype(np.float64))
np.save('fortran.npy', np.asfortranarray(bits.astype(np.uint8)))
np.save('cube.npy', np.zeros((2, 2, 2), dtype=np.uint8))
np.save('not_bits.npy', bits.astype(np.uint8) * 2)
np.save('big_endian.npy', values.astype('>i8'))

p = np.loadtxt('../reference/q12c0.txt')
p.astype(np.float32).tofile('q12c0.f32')                         # raw little-endian float32
