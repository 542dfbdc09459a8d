"""A comparison row neither of whose sides resolves is looked for in every service at once
(compare._prefix_subjects, one pass over the subject aliases, kept per text): it asked each
service in turn, some 170 _prefix_subject calls a row, a fifth of a table-heavy note's
card sync (bench/ingest_devnotes.py). The same sides as before."""

from __future__ import annotations

import random

from studycli import compare
from studycli.services import catalog


def _texts() -> list[str]:
    rng = random.Random(42)
    aliases = sorted(catalog().subject_aliases)
    out = ["", "  ", "REST", "HTTP", "Standard", "FIFO", "Gateway", "On-Demand", "x"]
    for alias in rng.sample(aliases, min(300, len(aliases))):
        words = alias.split()
        out.append(" ".join(words[:rng.randint(1, len(words))]))
        out.append(f"  {alias.upper()} ")
    return out


def test_every_services_prefix_subject_at_once() -> None:
    for text in _texts():
        every = compare._prefix_subjects(text)
        for service in catalog().full_names:
            assert every.get(service) == compare._prefix_subject(text, service), (text, service)


def test_an_unresolved_row_asks_no_service_in_turn(monkeypatch) -> None:
    calls: list[str] = []
    real = compare._prefix_subject

    def counted(text: str, service: str):
        calls.append(service)
        return real(text, service)
    monkeypatch.setattr(compare, "_prefix_subject", counted)
    a, b = compare.resolve_pair("REST", "HTTP")  # API Gateway's two kinds of API
    assert a is not None and b is not None and a.service == b.service == "API Gateway"
    assert compare.resolve_pair("Notes", "AZs") == (None, None)
    assert calls == []
