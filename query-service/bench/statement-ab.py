#!/usr/bin/env python3
"""Interleaved A/B of prepared statements' database CPU, robust to a shared machine's load.

statement-cpu.py runs one statement's executions back to back, so two variants measured minutes apart see
different loads (on 2 cores shared with other work the same statement measured 4.5 and 6.0 ms in two runs).
This keeps one psql session per variant (each a PreparedPlans script's PREPARE, warmed past the plan cache's
first runs), runs the variants in blocks, rotated and reversed each round so that each sees the same load,
and reads each backend's own CPU time (utime + stime, /proc/PID/stat) around its blocks.
The EXECUTEs cycle through the read benchmark's full-text queries (ReadBenchmark.FULL_TEXT), every
parameter of the statement bound to the query, as PreparedPlans' full-text statement takes it.

  CP=query-service/target/test-classes:query-service/target/classes:$(cat $BENCH_DIR/classpath.txt)
  java -cp $CP io.claimstream.query.bench.PreparedPlans named | awk '/=== fulltext/,0' > main.sql
  (a variant: a copy of main.sql with its PREPARE changed)
  PGPASSWORD=claimstream query-service/bench/statement-ab.py PORT ROUNDS PER_BLOCK main.sql variant.sql ...
"""
import os
import re
import subprocess
import sys

port, rounds, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
files = sys.argv[4:]
QUERIES = ["export controls", "reward signals", "open weights", "humanoid robot", '"coding assistants"',
           "diminishing returns", "gigawatt data centres", "synthetic data", "red-team results", "token prices"]


def literal(text):
    return "'" + text.replace("'", "''") + "'"


class Session:
    def __init__(self, script):
        self.prepare = re.search(r"PREPARE .*?;\n", open(script).read(), re.S).group(0)
        self.parameters = len(set(re.findall(r"\$(\d+)", self.prepare)))
        self.psql = subprocess.Popen(["psql", "-X", "-q", "-A", "-t", "-h", "127.0.0.1", "-p", port, "-U", "claimstream",
                                      "claimstream"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.send(self.prepare)
        self.send("SELECT 'pid', pg_backend_pid();")
        self.pid = int(self.line("pid|").split("|")[1])
        self.run(12)  # past the driver's and the plan cache's first runs, as on a pooled connection
        self.ticks = 0
        self.executions = 0

    def send(self, text):
        self.psql.stdin.write(text + "\n")
        self.psql.stdin.flush()

    def line(self, prefix):
        while True:
            read = self.psql.stdout.readline()
            if not read:
                sys.exit("psql ended")
            if read.startswith(prefix):
                return read.strip()

    def run(self, executions):
        self.send("\\o /dev/null")
        for i in range(executions):
            query = literal(QUERIES[i % len(QUERIES)])
            self.send("EXECUTE fulltext(" + ", ".join([query] * self.parameters) + ");")
        self.send("\\o")
        self.send("SELECT 'done';")
        self.line("done")

    def cpu(self):
        fields = open(f"/proc/{self.pid}/stat").read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])


sessions = [Session(f) for f in files]
for r in range(rounds):
    order = sessions[r % len(sessions):] + sessions[:r % len(sessions)]
    for s in (order if r % 2 == 0 else order[::-1]):
        before = s.cpu()
        s.run(per)
        s.ticks += s.cpu() - before
        s.executions += per
hz = os.sysconf("SC_CLK_TCK")
for f, s in zip(files, sessions):
    print(f"{os.path.basename(f):24s} {s.ticks * 1000 / hz / s.executions:.3f} ms backend CPU per execution "
          f"({s.executions} executions)")
