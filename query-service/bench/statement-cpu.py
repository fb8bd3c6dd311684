#!/usr/bin/env python3
"""The database CPU one prepared statement costs, whatever else the machine runs.

EXPLAIN ANALYZE gives wall times, which on a shared machine are mostly the wait for a core. This
runs a statement of a PreparedPlans script (PREPARE, then its first three EXECUTEs, cycled) N times
in one psql session and reads the backend's own CPU time (utime + stime, /proc/PID/stat) before
and after: CPU milliseconds per execution, planning included. psql and PostgreSQL on this machine.

  java -cp <the benchmark's classpath> io.claimstream.query.bench.PreparedPlans named > plans.sql
  awk '/=== speaker/,/=== dates/' plans.sql > speaker.sql
  PGPASSWORD=claimstream query-service/bench/statement-cpu.py speaker.sql 300 55432
  PRE='SET plan_cache_mode = force_generic_plan;' ... (a setting for the session first)
"""
import os
import re
import subprocess
import sys
import tempfile

script, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 150
port = sys.argv[3] if len(sys.argv) > 3 else "55432"
text = open(script).read()
prepare = re.search(r"PREPARE .*?;\n", text, re.S).group(0)
executes = re.findall(r"^EXECUTE .*?;$", text, re.M)[:3]
pid_file = tempfile.NamedTemporaryFile(suffix=".pid", delete=False).name
cpu = "\\! awk '{print \"cpu\", $14 + $15}' /proc/$(tr -d ' \\n' < " + pid_file + ")/stat"
lines = ["\\pset pager off"] + ([os.environ["PRE"]] if os.environ.get("PRE") else []) + [prepare, "\\o /dev/null"]
lines += executes * 3  # past the driver's and the plan cache's first runs, as on a pooled connection
lines += ["\\o", "\\pset tuples_only on", "\\o " + pid_file, "SELECT pg_backend_pid();", "\\o", cpu, "\\o /dev/null"]
lines += [executes[i % len(executes)] for i in range(runs)]
lines += ["\\o", cpu]
out = subprocess.run(["psql", "-X", "-q", "-h", "127.0.0.1", "-p", port, "-U", "claimstream", "claimstream"],
                     input="\n".join(lines) + "\n", capture_output=True, text=True)
ticks = [int(t) for t in re.findall(r"^cpu (\d+)$", out.stdout, re.M)]
os.unlink(pid_file)
if len(ticks) != 2:
    sys.exit("no CPU readings: " + out.stderr.strip()[:500])
hz = os.sysconf("SC_CLK_TCK")
print(f"{script}: {(ticks[1] - ticks[0]) * 1000 / hz / runs:.2f} ms backend CPU per execution over {runs} executions")
