OPENQASM 2.0;
include "qelib1.inc";
gate rzx(param0) q0,q1 { h q1; cx q0,q1; rz(param0) q1; cx q0,q1; h q1; }
gate ecr q0,q1 { rzx(pi/4) q0,q1; x q0; rzx(-pi/4) q0,q1; }
gate ryy(param0) q0,q1 { rx(pi/2) q0; rx(pi/2) q1; cx q0,q1; rz(param0) q1; cx q0,q1; rx(-pi/2) q0; rx(-pi/2) q1; }
gate fsim(param0,param1) q0,q1 { rxx(param0) q0,q1; ryy(param0) q0,q1; cp(-param1) q0,q1; }
gate gate_Q q0,q1,q2 { h q0; ccx q0,q1,q2; rzz(0.25) q1,q2; }
gate gate_circuit_160(param0) q0,q1,q2 { fsim(param0,pi/6) q0,q1; gate_Q q0,q1,q2; cu3(param0/2,0.1,-0.2) q2,q0; }
qreg q[4];
creg meas[4];
h q[0];
h q[1];
ecr q[0],q[1];
fsim(pi/2,pi/6) q[1],q[2];
gate_circuit_160(1.2345678901234) q[1],q[2],q[3];
crz(-pi/3) q[3],q[0];
cy q[2],q[3];
ch q[0],q[2];
csx q[1],q[0];
cu(pi/3,pi/5,-pi/7,0.3) q[2],q[1];
rxx(0.9) q[0],q[3];
rzz(-1.1) q[1],q[3];
crx(0.4) q[0],q[1];
cry(-0.6) q[2],q[0];
cswap q[0],q[1],q[2];
c3x q[3],q[2],q[1],q[0];
p(-3*pi/8) q[3];
sxdg q[2];
barrier q[0],q[1],q[2],q[3];
measure q[0] -> meas[0];
measure q[1] -> meas[1];
measure q[2] -> meas[2];
measure q[3] -> meas[3];
