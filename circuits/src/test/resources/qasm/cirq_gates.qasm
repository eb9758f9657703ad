// Generated from Cirq v1.4.1

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4)]
qreg q[5];
creg m_result[5];


h q[0];
sx q[1];
sxdg q[2];
rx(pi*0.875) q[3];
ry(pi*-0.375) q[4];
rz(pi*0.625) q[0];
u3(pi*0.5,pi*1.75,pi*0.25) q[1];
x q[2];
y q[3];
z q[4];
s q[0];
sdg q[1];
t q[2];
tdg q[3];
id q[4];
cz q[0],q[1];
cx q[2],q[3];
cy q[3],q[4];
ch q[4],q[0];
swap q[1],q[2];

// Gate: ISWAP
cx q[0],q[3];
h q[0];
cx q[3],q[0];
s q[0];
cx q[3],q[0];
sdg q[0];
h q[0];
cx q[0],q[3];

// Gate: CCZ
h q[2];
ccx q[0],q[1],q[2];
h q[2];

ccx q[4],q[3],q[1];
cswap q[2],q[0],q[4];
u3(pi*1.5,pi*1.0,pi*0.25) q[3];
rx(0) q[4];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='result'), ())
measure q[0] -> m_result[0];
measure q[1] -> m_result[1];
measure q[2] -> m_result[2];
measure q[3] -> m_result[3];
measure q[4] -> m_result[4];
