"""Start-up by CPU time: each everyday command as a whole process, against a bare Python
start-up, by the CPU time the kernel counted for it (user + system), not the wall clock.

    python bench/startup_cpu.py [--runs N] [--only WORD] [--tree PATH]

bench/startup.py times the first byte on the wall clock, which on a shared machine measures
the other users as much as the command; CPU time does not wait for a core. It is the whole
process's, so for a command that prints much (facts, cards) it is more than its first
output costs. `--tree` runs another checkout of studycli (its own bytecode cache, database
and cache folder, from the same shipped notes), for a before/after on one machine at one
moment; runs of the two alternate.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from startup import ANSWER_Q, COMMANDS, cli_args, tree_envs, with_seed  # noqa: E402


def cpu_of(cmd: list[str], env: dict, stdin: str = "") -> float:
    """User + system seconds of one run (in its tree: `python -m` imports from the cwd)."""
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=env["PYTHONPATH"])
    assert proc.stdin is not None
    proc.stdin.write(stdin.encode())
    proc.stdin.close()
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0  # reaped here
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    args, commands, trees = cli_args(COMMANDS)
    with tempfile.TemporaryDirectory() as tmp:
        envs = tree_envs(trees, tmp)
        for env in envs.values():
            subprocess.run([sys.executable, "-m", "studycli", "ingest"], env=env,
                           capture_output=True, cwd=env["PYTHONPATH"])
        for env in envs.values():  # warm bytecode caches and kept results
            for command in commands:
                cpu_of([sys.executable, "-m", "studycli", *with_seed(command)], env,
                       "q\n" if command in ANSWER_Q else "")
        print(f"{'command':<24}" + "".join(f"{name + ' CPU':>12} {'x bare':>7}"
                                           for name in trees))
        bare = [cpu_of([sys.executable, "-c", "print()"], envs["this"])
                for _ in range(args.runs * 2)]
        for command in commands:
            runs: dict[str, list[float]] = {name: [] for name in trees}
            for _ in range(args.runs):
                bare.append(cpu_of([sys.executable, "-c", "print()"], envs["this"]))
                for name, env in envs.items():
                    # NEW: a seed never drawn before (startup.with_seed), not the word itself
                    runs[name].append(cpu_of([sys.executable, "-m", "studycli",
                                              *with_seed(command)],
                                             env, "q\n" if command in ANSWER_Q else ""))
            b = statistics.median(bare)
            print(f"{' '.join(command)[:24]:<24}" + "".join(
                f"{statistics.median(r) * 1000:9.0f} ms {statistics.median(r) / b:6.1f}x"
                for r in runs.values()), flush=True)
        print(f"bare python start-up    {statistics.median(bare) * 1000:9.1f} ms CPU (median)")


if __name__ == "__main__":
    main()
