#!/usr/bin/env python3
"""A teacher's connection that reads every class_state for SECONDS and prints how many and how many bytes.
Usage: scripts/class-state-reader.py PORT DATA_DIR/teacher.key SECONDS  (see docs/PERFORMANCE.md)."""
import socket, sys, time, json
port=int(sys.argv[1]); key=open(sys.argv[2]).read().strip(); secs=float(sys.argv[3])
s=socket.create_connection(("127.0.0.1",port))
s.sendall((json.dumps({"type":"hello","name":"teach","protocol":1,"teacherKey":key})+"\n").encode())
f=s.makefile("rb")
n=0; b=0; t0=time.time()
s.settimeout(2)
s.settimeout(None)
import select
while time.time()-t0<secs:
    r,_,_=select.select([s],[],[],0.5)
    if not r: continue
    l=f.readline()
    if not l: print("closed by server"); break
    b+=len(l)
    if b'"class_state"' in l[:40]: n+=1
print(f"class_state {n} in {time.time()-t0:.1f}s, {b/1e6:.1f} MB")
