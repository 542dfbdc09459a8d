"""What a fast command's start-up leaves unloaded: `inspect` (dataclasses' import of it is
~10% of the quiz's start: studycli/inspect_on_demand.py) and OpenSSL (~3%: studycli/digest.py)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_REPORT = (
    "m = sys.modules.get('inspect')\n"
    "print('RC', rc, 'INSPECT', type(m).__name__ if m else None, "
    "'OPENSSL', '_hashlib' in sys.modules, file=sys.stderr)\n"
)


def _last_line(code: str) -> str:
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    return proc.stderr.strip().splitlines()[-1]


def test_every_dataclass_has_a_doc_string():
    """A dataclass without one has dataclasses read its signature through `inspect` when it
    is made, which loads `inspect` at every start-up that imports it."""
    bare = []
    for path in sorted((REPO / "studycli").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "dataclass" not in text:  # no decorator below could name one: not worth a parse
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef) and ast.get_docstring(node) is None and any(
                    "dataclass" in ast.unparse(d) for d in node.decorator_list):
                bare.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name}")
    assert bare == []


def test_the_quiz_s_first_card_loads_neither_inspect_nor_openssl(quiz_db, _private_db):
    code = ("import sys, io\n"
            "sys.stdin = io.StringIO('q\\n')\n"
            "from studycli.entry import main\n"
            f"rc = main(['quiz', '--db', {str(_private_db)!r}])\n" + _REPORT)
    assert _last_line(code) == "RC 0 INSPECT _OnDemand OPENSSL False"


def test_a_new_exam_loads_neither_inspect_nor_openssl(exam_db, _private_db):
    """A new seed's exam once the notes' question pool is kept (the first exam of a fact base
    reads the AWS reference, whose loader hashes its files with hashlib)."""
    from studycli.entry import main

    assert main(["exam", "--json", "-p", "quick", "--seed", "10", "--db", str(_private_db)]) == 0
    code = ("import sys\n"
            "from studycli.entry import main\n"
            f"rc = main(['exam', '--json', '-p', 'quick', '--seed', '11', '--db', "
            f"{str(_private_db)!r}])\n" + _REPORT)
    assert _last_line(code) == "RC 0 INSPECT _OnDemand OPENSSL False"


def test_inspect_loads_when_first_used():
    code = ("import sys\n"
            "from studycli.inspect_on_demand import defer\n"
            "defer()\n"
            "import dataclasses\n"
            "stand_in = sys.modules['inspect']\n"
            "@dataclasses.dataclass\n"
            "class A:\n"
            "    x: int\n"  # no doc string: dataclasses reads its signature
            "import inspect\n"
            "print(A.__doc__, inspect.isclass(A), stand_in.signature is inspect.signature, "
            "type(inspect).__name__)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=60)
    assert proc.stdout.split("\n")[0] == "A(x: int) True True module", proc.stderr
