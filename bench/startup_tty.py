"""Start-up as a student sees it: CPU time to the first visible output on a terminal.

    python bench/startup_tty.py [--runs N] [--only WORD] [--tree PATH]

bench/startup.py and bench/startup_cpu.py run each command with its output piped. A pipe is
not what a student sees: on a terminal a long listing (facts, cards, conflicts) goes through
the pager, and what the pager shows first is what the command hands it first; colours and
the terminal's width change the layout too. Here each command runs on a pseudo-terminal
(120 x 40) whose input is the same terminal, and the pager is `cat` (less shows its first
screen from the same bytes; cat adds no wait of its own). The first figure is the command's CPU
time (user + system, its own process's, read from /proc/PID/schedstat in nanoseconds) at the
moment the first printable character reaches the terminal, not counting escape sequences
(colours, cursor moves) that show nothing. The child runs at a lower priority (nice 10) so
that this process, woken by that character, reads the figure before the child runs much
further; what it runs on meanwhile is counted against it, so the figures err high. The
second, "settled", is the whole run's CPU, or for the quiz and the exam, which wait for a key,
the CPU when the screen they wait on was shown (for the exam: its first question, not the
"Drawing..." line it prints first).

The ratio is against a bare Python start-up that prints a line, by the same measure.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from startup import ANSWER_Q, COMMANDS, cli_args, tree_envs, with_seed  # noqa: E402

# escape sequences that show nothing: CSI (colours, cursor), OSC (titles, links), charsets
ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)"
                     rb"|[()][0-9A-Za-z]|[=>78])")


def cpu_ns(pid: int) -> int:
    """CPU time the kernel has counted for `pid` so far, all its threads (nanoseconds)."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/schedstat") as f:
            total += int(f.read().split()[0])
    return total


def first_visible(cmd: list[str], env: dict, stdin: str, cwd: Path) -> tuple[float, float]:
    """CPU seconds of `cmd` when its first printable character reached the terminal, and
    when it settled: ended, or (a quiz or an exam) showed the screen it then waits on for a
    key (it used no CPU for half a second after)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    proc = subprocess.Popen(cmd, env=env, stdin=slave, stdout=slave, stderr=slave, cwd=cwd,
                            preexec_fn=lambda: os.nice(10), start_new_session=True)
    os.close(slave)
    seen = b""
    cpu = None
    try:
        while cpu is None:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                raise TimeoutError(" ".join(cmd))
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the terminal: it printed nothing
                chunk = b""
            if not chunk:
                raise RuntimeError(f"no output: {' '.join(cmd)}")
            seen += chunk
            if ESCAPES.sub(b"", seen).strip():
                cpu = cpu_ns(proc.pid) / 1e9
        # A quiz or exam waiting for a key is ended there, its start-up measured (an attempt
        # left unanswered is not saved); every other command runs to its end.
        # The screen a quiz or exam waits on is the last output before it waits: work it
        # does after showing it (keeping the drawn exam for next time) is not counted.
        last, shown, settled = cpu_ns(proc.pid), cpu, None
        while settled is None:
            ready, _, _ = select.select([master], [], [], 0.5)
            try:
                if ready and not os.read(master, 65536):
                    break
            except OSError:  # the child closed the terminal: it ended
                break
            now = cpu_ns(proc.pid)
            if ready:
                shown = now / 1e9
            elif stdin and now - last < 5_000_000:  # < 5 ms in 0.5 s: waiting for a key
                settled = shown
            last = now
    finally:
        # not Popen.kill, which polls (reaps) first: an ended child is a zombie till wait4
        os.kill(proc.pid, signal.SIGKILL)
        _, _, usage = os.wait4(proc.pid, 0)
        proc.returncode = 0  # reaped here
        os.close(master)
    return cpu, settled if settled is not None else usage.ru_utime + usage.ru_stime


def main() -> None:
    args, commands, trees = cli_args(COMMANDS)
    with tempfile.TemporaryDirectory() as tmp:
        envs = tree_envs(trees, tmp, PAGER="cat", TERM="xterm-256color")
        for name, env in envs.items():
            subprocess.run([sys.executable, "-m", "studycli", "ingest"], env=env,
                           capture_output=True, cwd=trees[name])
            for command in commands:  # warm bytecode caches and kept results
                first_visible([sys.executable, "-m", "studycli", *with_seed(command)], env,
                              "q\n" if command in ANSWER_Q else "", trees[name])
        print(f"{'command':<24}" + "".join(
            f"{name + ' first':>12} {'x bare':>7} {'settled':>9} {'x bare':>7}"
            for name in trees))
        bare_cmd = [sys.executable, "-c", "print('x')"]
        bare = [first_visible(bare_cmd, envs["this"], "", REPO)[0] for _ in range(args.runs)]
        for command in commands:
            runs: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
            for _ in range(args.runs):
                bare.append(first_visible(bare_cmd, envs["this"], "", REPO)[0])
                for name, env in envs.items():
                    runs[name].append(first_visible(
                        [sys.executable, "-m", "studycli", *with_seed(command)], env,
                        "q\n" if command in ANSWER_Q else "", trees[name]))
            b = statistics.median(bare)
            cells = []
            for r in runs.values():
                first = statistics.median(x[0] for x in r)
                settled = statistics.median(x[1] for x in r)
                cells.append(f"{first * 1000:9.0f} ms {first / b:6.1f}x "
                             f"{settled * 1000:6.0f} ms {settled / b:6.1f}x")
            print(f"{' '.join(command)[:24]:<24}" + "".join(cells), flush=True)
        print(f"bare python start-up    {statistics.median(bare) * 1000:9.1f} ms CPU (median)")


if __name__ == "__main__":
    main()
