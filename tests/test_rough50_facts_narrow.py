"""`studycli facts` at 80 columns cuts no name mid-word (issue 12: "API Gatew…", "Kinesis D…",
"applicati…"): a service's name is whole in its column (wrapped between words at most), the
other columns' words whole where the row has room for them, and where it has none the kind
goes under the value with the location, not cut."""

from __future__ import annotations

import pytest
from rich.console import Console

from studycli.model import Fact
from studycli.ui.facts_table import render_facts

from .helpers import run_here

LONG = "000_4c356a59b3abc6e0_lecture.txt"


def _fact(service: str, attribute: str, kind: str = "limit") -> Fact:
    return Fact(service, "", attribute, kind, "max", "500 transactions per second", 500,
                "per_s", source=LONG, line=12, snippet="- 500 TPS")


def _columns(text: str) -> list[list[str]]:
    """Each table row's cells (the header and the rule left out)."""
    return [[c.strip() for c in line.split("\u2502")] for line in text.splitlines()[2:]
            if "\u2502" in line]


def _shown(facts: list[Fact], width: int) -> str:
    console = Console(width=width, record=True, color_system=None)
    for table in render_facts(facts, width):
        console.print(table)
    return console.export_text()


@pytest.mark.parametrize("width", [80, 100])
def test_no_service_or_word_is_cut_at_a_narrow_width(width):
    facts = [_fact("Kinesis Data Streams", "enhanced fan-out consumers per stream"),
             _fact("API Gateway", "application throttling", "invocation_mode"),
             _fact("CloudFormation", "architecture patterns")]
    text = _shown(facts, width)
    assert "\u2026" not in text
    assert all(len(line.rstrip()) <= width for line in text.splitlines())
    services = " ".join(row[0] for row in _columns(text)).split()
    for name in ("Kinesis", "Data", "Streams", "API", "Gateway", "CloudFormation"):
        assert name in services
    words = " ".join(" ".join(row) for row in _columns(text)).split()
    for word in ("application", "architecture", "consumers", "invocation_mode",
                 f"{LONG}:12"):
        assert word in words


def test_the_facts_command_at_80_columns_shows_every_service_whole(shipped_copy):
    shown = run_here("facts", db=shipped_copy, env={"COLUMNS": "80"})
    assert shown.returncode == 0, shown.stderr
    assert all(len(line.rstrip()) <= 80 for line in shown.stdout.splitlines())
    rows = _columns(shown.stdout)
    services = [row[0] for row in rows]
    assert not any("\u2026" in s for s in services)
    assert not any("\u2026" in cell for row in rows for cell in row[1:3])  # subject, attribute
    said = " ".join(services)
    for name in ("API Gateway", "Step Functions", "CloudFormation", "EventBridge"):
        assert all(word in said.split() for word in name.split())
