"""The work after parsing that many facts share is done once (issue #12), and sharing it
changes no answer: the card sync hashes the fact rows once, the stem rules found through
their per-service index are the rules a scan of every rule finds, stems cached by measure are
the stems worked out afresh, and a line's claim matches kept for one reference never answer
for another."""

from __future__ import annotations

import dataclasses
import importlib
import random
from pathlib import Path

import pytest

from studycli.cards import sync_cards
from studycli.model import Fact, Kind, ParsedNote
from studycli.questions import stems
from studycli.questions.askable import attribute_base
from studycli.reference.assess import assess
from studycli.reference.loader import load_reference
from studycli.store.db import connect
from studycli.store.facts import replace_source

from .helpers import a_share
from .quiz_facts import sample_facts

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "data" / "reference_fixture"
# the module (the package exports its function `assess` under the same name)
assess_module = importlib.import_module("studycli.reference.assess")


def _facts_sql(conn) -> list[str]:
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    return seen


def test_a_card_sync_reads_the_fact_rows_for_its_key_once(_private_db):
    db = connect(_private_db)
    replace_source(db, ParsedNote(source="sample.md", facts=sample_facts()), "sha-1")
    statements = _facts_sql(db.conn)
    assert sync_cards(db)["added"] > 0
    db.conn.set_trace_callback(None)
    key_reads = [s for s in statements if s.startswith("SELECT * FROM facts ORDER BY rowid")]
    assert len(key_reads) == 1  # before the sync; the key after it reuses the hash
    # ...and the key kept after the sync is the one the next ingest computes: nothing to do
    assert sync_cards(db) == {"added": 0, "revived": 0, "missing": 0}


def test_a_card_sync_after_a_changed_mark_is_not_skipped(_private_db):
    """The key kept after the sync covers the cards' marks as the sync left them."""
    db = connect(_private_db)
    replace_source(db, ParsedNote(source="sample.md", facts=sample_facts()), "sha-1")
    sync_cards(db)
    some = db.conn.execute("SELECT id FROM cards ORDER BY id LIMIT 1").fetchone()[0]
    db.conn.execute("UPDATE cards SET missing = 1 WHERE id = ?", [some])
    assert sync_cards(db)["revived"] == 1


def _scanned_rule(fact: Fact, field: str) -> dict | None:
    """The first stem_conditions rule for `field`, scanning every rule (the rule as written
    before the rules were indexed by service)."""
    bases = {attribute_base(fact.attribute), stems.spelled(attribute_base(fact.attribute)).lower()}
    subject = fact.subject.strip().lower()
    said = f"{fact.attribute} {fact.subject}".lower()
    for rule in stems._rules("stem_conditions"):
        if field not in rule or rule.get("service") != fact.service:
            continue
        if rule.get("subject", "") != "*" and rule.get("subject", "").lower() != subject:
            continue
        if not any(m == base or base.startswith(m + " ") or base.endswith(" " + m)
                   for m in rule.get("measures", []) for base in bases):
            continue
        if field == "name" and stems._kind_unsaid(attribute_base(fact.attribute),
                                                  frozenset(rule.get("measures", [])), rule,
                                                  subject):
            continue  # the base names a kind the rule's name does not (mendqt47)
        if "qualifiers" in rule and fact.qualifier not in rule["qualifiers"]:
            continue
        if "numbers" in rule and not stems._holds_for(fact, rule["numbers"]):
            continue
        if field == "condition" and any(stems.has_word(said, w.lower())
                                        for w in rule.get("unless", [])):
            continue
        return rule
    return None


def _facts_for_every_rule() -> list[Fact]:
    """Facts built around each rule: its service and subject (or another), each measure alone,
    with words before or after, qualifiers, and the rule's numbers or others."""
    rng = random.Random(8)
    out = []
    for rule in stems._rules("stem_conditions"):
        service = rule.get("service", "")
        subject = rule.get("subject", "")
        for measure in rule.get("measures", []):
            for attribute in (measure, f"max {measure}", f"{measure} per account",
                              f"total {measure}", measure.upper(), f"{measure}s"):
                for subj in {subject if subject != "*" else "anything", "", "Other thing"}:
                    number = rng.choice([*rule.get("numbers", []), 7.0, None])
                    kind = rng.choice([Kind.LIMIT, Kind.DEFAULT, Kind.RANGE])
                    high = number if kind == Kind.RANGE else None
                    out.append(Fact(service, subj, attribute, kind,
                                    rng.choice(["max", "min", "default", "range", ""]),
                                    "v", None if high is not None else number, "s",
                                    0.0 if high is not None else None, high))
    return out


def test_the_indexed_stem_rule_is_the_first_rule_a_full_scan_finds():
    facts = _facts_for_every_rule()
    found = 0
    for fact in facts:
        for field in ("name", "condition"):
            rule = stems._rule_for(fact, field)
            assert rule is _scanned_rule(fact, field), (fact, field)
            found += rule is not None
    assert found > len(stems._rules("stem_conditions"))  # the facts do meet the rules


def test_a_stem_kept_for_a_measure_is_the_stem_of_every_fact_of_it():
    facts = _facts_for_every_rule() + sample_facts()
    for fact in facts:
        stems.value_stem(fact)  # fill the cache with the first fact of each measure
    for fact in facts:
        other = dataclasses.replace(fact, value="other", source="b.md", line=9, snippet="x")
        assert stems.value_stem(other) == stems._value_stem(other) == stems._value_stem(fact)
        assert stems.context(other) == stems._context.__wrapped__(*stems._measure(fact))


def _shipped_facts() -> list[Fact]:
    from studycli.extract import parse_note

    facts = []
    for note in sorted(p for p in (REPO / "content").rglob("*") if p.is_file()):
        facts += parse_note(note.read_text(encoding="utf-8"), str(note.relative_to(REPO))).facts
    return facts


def _fresh(fact, reference):
    assess_module.forget_line_claims()
    return assess(fact, reference)


def _status(a) -> tuple | None:
    return None if a is None else (a.status, a.how, a.entry_id)


@pytest.fixture(scope="module")
def shipped_facts():
    return _shipped_facts()


def test_claims_kept_for_one_reference_never_answer_for_another(shipped_facts):
    real, fixture = load_reference(), load_reference(FIXTURE)
    assert real.index() is not fixture.index()
    expected = {id(f): (_status(_fresh(f, real)), _status(_fresh(f, fixture)))
                for f in shipped_facts}
    by_claim = [f for f in shipped_facts if expected[id(f)][0] is not None
                and expected[id(f)][0][1] == "claim"]
    assert by_claim  # the shipped notes do meet claim patterns
    assert any(expected[id(f)][0] != expected[id(f)][1] for f in by_claim)
    for f in shipped_facts:  # alternately: each answer from the reference asked
        assert (_status(assess(f, real)), _status(assess(f, fixture))) == expected[id(f)]


def test_facts_of_one_line_share_its_claims_yet_keep_their_own_status(shipped_facts):
    """Every fact of a line meets the same claim entries; a number is vouched for only by
    an entry that states it, so the facts of one line can still differ."""
    real = load_reference()
    assess_module.forget_line_claims()
    memo_statuses = [_status(assess(f, real)) for f in shipped_facts]
    fresh_statuses = [_status(_fresh(f, real)) for f in shipped_facts]
    assert memo_statuses == fresh_statuses


def _lines() -> list[str]:
    """Lines of the shipped and some development notes, and the lines claims were read from
    (every one of those; every other line of the notes in the everyday suite, all of them
    under bench/properties.py: about 12,000 fewer service-line pairs)."""
    import json

    out: list[str] = []
    # (the shipped notes and one development folder: every entry's patterns meet lines of
    # both, and the fact-check quotes below are the lines most likely to meet a claim)
    for folder in ("content", "tests/data/unseen4_notes"):
        for note in sorted(p for p in (REPO / folder).rglob("*") if p.is_file()):
            out += note.read_text(encoding="utf-8", errors="replace").splitlines()
    out = a_share(sorted({line.strip() for line in out if line.strip()}))
    for name in ("shipped_claims.jsonl", "unseen4_claims.jsonl"):
        for row in (REPO / "tests" / "data" / name).read_text(encoding="utf-8").splitlines():
            out.append(json.loads(row)["quote"])
    return sorted({line.strip() for line in out if line.strip()})


@pytest.mark.parametrize("directory", [None, FIXTURE], ids=["shipped", "fixture"])
def test_a_line_ruled_out_at_once_meets_no_claim_a_full_scan_finds(directory):
    """_claims_on_line tries an entry's patterns only when one pattern built from all of them
    matches the line (entries whose patterns cannot join it are always tried): the same
    entries, in the same order, as trying every entry."""
    from studycli.reference.keys import norm_subject

    index = load_reference(directory).index()
    assess_module.forget_line_claims()
    lines, met = _lines(), 0
    # The full scan of a line that no pattern of a service's entries matches is [] (an entry
    # is met only through one of its patterns, as _compiled reads it): each pattern is
    # searched once per line here, then only the lines some pattern of a service met are
    # scanned entry by entry (a few hundred of ~97,000 service-line pairs; trying every entry
    # on every line cost the suite ~6 s of CPU for the same answers).
    met_by: dict[str, set[int]] = {}
    for service_entries in index.claims_by_service.values():
        for e in service_entries:
            for pattern in (*e.supported_by, *e.contradicted_by):
                if pattern not in met_by:
                    rx = assess_module._compiled(pattern)
                    met_by[pattern] = set() if rx is None else {
                        i for i, text in enumerate(lines) if rx.search(text)}
    for service, entries in index.claims_by_service.items():
        # (the subject picks entries after the line is ruled in or out: any one will do)
        subject = min(norm_subject(service, e.subject) for e in entries)
        key = (service, subject, "")
        some_pattern_met = set().union(*(met_by[p] for e in entries
                                         for p in (*e.supported_by, *e.contradicted_by)))
        for i, text in enumerate(lines):
            full = (assess_module._claims_matching(key, entries, text)
                    if i in some_pattern_met else [])
            assert assess_module._claims_on_line(index, key, text) == full, (key, text)
            met += bool(full)
    assert met > 10  # the lines do meet claims
