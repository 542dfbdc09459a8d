"""The ingest's work after the parse (speed15, issue #12): what is read off one line for its
facts is read once per line, and every result stays what it was."""

from __future__ import annotations

import importlib
from pathlib import Path

import studycli.extract.quantities as quantities
from studycli.extract import parse_note
from studycli.reference.currency import currency_rows

assess_module = importlib.import_module("studycli.reference.assess")

REPO = Path(__file__).resolve().parent.parent

# One pasted line of many measures of several services, as a long line of a transcript:
# wrong numbers, weighed against the other quantities of the line; two services under two
# subjects each.
_MEASURES = ["Lambda timeout max 20 minutes", "Lambda memory max 5000 MB",
             "DynamoDB item size max 500 KB", "SQS retention period max 30 days",
             "API Gateway timeout max 60 seconds", "SQS message size max 256 KB",
             "Lambda payload size max 6 MB", "SQS visibility timeout max 12 hours",
             "Kinesis record size max 2 MB",
             "SQS FIFO queue throughput max 300 messages per second",
             "Kinesis shard write max 1 MB per second"]
_LONG_LINE = " ".join(f"{m}, the function keeps running when it waits." for m in _MEASURES)


def _line_facts():
    note = parse_note(f"# Limits\n\n{_LONG_LINE}\n\n{_LONG_LINE.replace('function', 'queue')}\n",
                      "long.md")
    assert len({f.line for f in note.facts}) == 2 and len(note.facts) >= 16
    # in key order, as the ingest lists them: one line's facts are not next to each other
    return sorted(note.facts, key=lambda f: (f.service, f.subject, f.attribute, f.qualifier))


def test_a_lines_quantities_are_read_once_for_its_facts(monkeypatch):
    facts = _line_facts()
    read: list[str] = []
    real = quantities.find_quantities

    def counted(text, *args, **kwargs):
        read.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(quantities, "find_quantities", counted)
    assess_module.forget_line_claims()
    currency_rows(facts)
    snippets = [t for t in read if t in {f.snippet for f in facts}]
    assert snippets  # facts of these lines are weighed against their line's quantities
    assert len(snippets) == 2  # once per line, not once per fact


def test_a_services_claim_prefilter_reads_a_line_once(monkeypatch):
    """Whether a service's claims can match a line (its words, or its alternation where a
    pattern needs no word) is worked out once per (service, line), not once per subject."""
    facts = _line_facts()
    worked_out: list[tuple[str, str]] = []
    real = assess_module._prefilter_meets

    def counted(last_line, service, prefilter, text, *args, **kwargs):
        if last_line[0] != text or service not in last_line[1]:
            worked_out.append((service, text))
        return real(last_line, service, prefilter, text, *args, **kwargs)

    monkeypatch.setattr(assess_module, "_prefilter_meets", counted)
    assess_module.forget_line_claims()
    currency_rows(facts)
    assert worked_out
    assert len(worked_out) == len(set(worked_out))  # once per (service, line), not per subject


def test_rows_are_those_of_each_fact_alone_in_the_facts_order():
    """Assessed line by line, the rows are still each fact's own, in the facts' order."""
    facts = []
    for note in sorted(p for p in (REPO / "content").rglob("*") if p.is_file()):
        facts += parse_note(note.read_text(encoding="utf-8"), note.name).facts
    facts = [*_line_facts(), *sorted(facts, key=lambda f: (f.service, f.attribute, f.value))]
    assess_module.forget_line_claims()
    together = currency_rows(facts)
    alone = []
    for fact in facts:
        assess_module.forget_line_claims()
        assess_module._LAST_QUANTITIES[:] = [None, ()]
        alone += currency_rows([fact])
    assert together == alone
    assert {r["status"] for r in together} >= {"current", "outdated"}


def _shipped_facts():
    facts = []
    for note in sorted(p for p in (REPO / "content").rglob("*") if p.is_file()):
        facts += parse_note(note.read_text(encoding="utf-8"), note.name).facts
    return facts


def test_fact_ids_are_stable_ids_of_their_fields():
    """The id joined at once is stable_id's: ids in every database stay what they were."""
    import dataclasses

    from studycli.model import _fact_id, stable_id

    facts = _shipped_facts()
    odd = dataclasses.replace(facts[0], qualifier=None)  # not text: stable_id's own conversion
    for f in [*facts, odd]:
        assert f.id == stable_id("fact", f.source, *f.key, f.kind, f.value.lower())
    _fact_id.cache_clear()
    assert odd.id == stable_id("fact", odd.source, odd.service.lower(), odd.subject.lower(),
                               odd.attribute.lower(), "", odd.kind, odd.value.lower())


def test_assessed_fields_are_read_as_before():
    fields = [*assess_module._TEXT_FIELDS, *assess_module._NUMBER_FIELDS]
    for fact in [*_shipped_facts()[:300], {"service": "SQS", "number": 3, "kind": None}]:
        read = assess_module._F(fact)
        for name in fields:
            v = fact.get(name) if isinstance(fact, dict) else getattr(fact, name)
            want = (None if v is None else float(v)) if name in assess_module._NUMBER_FIELDS \
                else ("" if v is None else str(v))
            assert getattr(read, name) == want and type(getattr(read, name)) is type(want)
