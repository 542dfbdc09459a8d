"""What an AWS-certified reviewer refused to sign in the questions of session 17's unseen notes,
each as the mechanism that made it:

- a typical figure ("standard retrievals typically complete within 3-5 hours", a bare
  "expedited 1-5 min") asked as a minimum, a maximum or an "allowed range", with made-up ranges
  such as "1 minute to 75 seconds" beside it: asked as what it typically is, or not at all;
- a stem built from a note fragment: "the retention period (hr data)" from "1 hr data 455 days";
- an explanation quoting a claim the AWS reference contradicts (HTTP APIs "support usage plans")
  as support for another answer: the line stated the requirement only across two statements;
- cards that make no question at all counted by `stats` and `readiness` as work waiting.
"""

from __future__ import annotations

import random
import re

from studycli.database import ensure_database
from studycli.errors import StudyError
from studycli.exam.generate import generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.questions import FactPool, build_question, card_types_for
from studycli.questions.askable import cut_aside
from studycli.questions.quantities import format_span
from studycli.store.facts import list_facts
from tests.helpers import note_db

GLACIER = ("# S3 storage\n\n"
           "- Glacier Flexible Retrieval: expedited 1-5 min, standard 3-5 hrs, bulk 5-12 hrs, "
           "90 days min\n")


def _questions(tmp_path, text: str) -> list:
    db = ensure_database(note_db(tmp_path, text))
    pool = FactPool.from_facts(list_facts(db))
    out: list = []
    for fact in pool.facts:
        for card_type in card_types_for(fact):
            q = build_question(fact, card_type, pool, random.Random(7))
            if q is not None:
                out.append(q)
    exam_pool = load_pool(db)
    for seed in (1, 2, 3):
        try:
            out += generate_exam(exam_pool, get_profile("dva-c02"), seed).questions
        except StudyError:  # nothing an exam can ask: the quiz's questions are the test's
            break
    return out


def test_a_typical_range_is_asked_as_typical_never_as_a_bound(tmp_path):
    # (the line's "90 days min", read since session 31, is asked as the class's minimum
    # storage duration: its stem names Glacier Flexible Retrieval, no retrieval time)
    asked = [q for q in _questions(tmp_path, GLACIER) if "retrieval" in q.stem.lower()
             and "storage duration" not in q.stem]
    assert asked, "no retrieval question"
    for q in asked:
        assert not re.search(r"\b(minimum|maximum|allowed range)\b", q.stem), q.stem
        assert "typical" in q.stem, q.stem
        assert "tuning timings" not in q.stem, q.stem  # no setting a team tunes
    options = [o for q in asked for o in q.options]
    assert "3\u20135 hours" in options
    # every option a clean range of one shape: no "1 minute to 75 seconds", no zero floor
    for option in options:
        assert not option.startswith("0 "), option
        assert not re.search(r"minutes? to \d+ seconds|hours? to \d+ minutes", option), option


def test_a_note_s_usually_makes_a_figure_no_bound(tmp_path):
    note = "# CloudFront\n\n- CloudFront invalidation usually takes ~5 min\n"
    db = ensure_database(note_db(tmp_path, note))
    # the line does make a limit fact (else nothing below could fail) ...
    assert [f for f in list_facts(db) if f.kind == "limit" and f.number == 300]
    # ... and no question asks it as a bound
    qs = _questions(tmp_path / "q", note) if (tmp_path / "q").mkdir() is None else []
    assert not [q for q in qs if re.search(r"\b(maximum|minimum)\b", q.stem)], \
        [q.stem for q in qs]


def test_format_span_says_the_unit_once():
    assert format_span(10800, 18000, "s") == "3\u20135 hours"
    assert format_span(60, 300, "s") == "1\u20135 minutes"
    assert format_span(720, 3600, "s") == "12 minutes to 1 hour"


def test_an_aside_that_opens_on_a_unit_is_a_fragment(tmp_path):
    assert cut_aside("retention period (hr data)")
    assert not cut_aside("retention (per shard)") and not cut_aside("timeout (ms)")
    note = ("# CloudWatch\n\n- metric data retention: <60s data 3 hrs, 1 min data 15 days, "
            "5 min data 63 days, 1 hr data 455 days\n")
    for q in _questions(tmp_path, note):
        assert not re.search(r"\((?:hr|min|s) data\)", q.stem), q.stem


COMPARISON = ("# API Gateway\n\n"
              "- REST API vs HTTP API: HTTP API = cheaper (~70%), lower latency, supports usage "
              "plans + API keys too<br>REST API = caching, request validation, WAF, X-Ray\n"
              "- API GW cache TTL default 300 sec, max 3600 sec\n")


def test_a_line_stating_a_requirement_only_across_two_statements_supports_nothing(tmp_path):
    # "lower latency ... <br> REST API = caching" is no statement that caching cuts latency: the
    # caching scenario quoted the whole line, usage plans for HTTP APIs and all
    from studycli.exam.scenario_questions import candidates

    facts = list_facts(ensure_database(note_db(tmp_path, COMPARISON)))
    cited = [f.snippet for r, support in candidates(facts) for f in support
             if r.id == "apigw-cache-backend-calls"]
    assert not [s for s in cited if "usage plans" in s], cited
    # the same words in one statement still state it
    said = "# API Gateway\n\n- REST API caching cuts latency and backend calls\n"
    other = tmp_path / "said"
    other.mkdir()
    facts = list_facts(ensure_database(note_db(other, said)))
    assert [r.id for r, _ in candidates(facts)] == ["apigw-cache-backend-calls"]


def test_check_reads_a_comparison_line_giving_http_apis_usage_plans(tmp_path):
    from studycli.reference.currency import currency_rows

    db = ensure_database(note_db(tmp_path, COMPARISON))
    rows = currency_rows(list_facts(db))
    assert any(r and r.get("reference_id") == "apigateway.http-api.usage-plans"
               and r["status"] == "wrong" for r in rows)


def test_a_card_that_makes_no_question_is_not_counted_as_waiting(shipped_db_file, tmp_path):
    from datetime import UTC, datetime

    from studycli.app.stats import collect
    from studycli.questions.unasked import unasked_cards
    from studycli.store.readiness import active_cards
    from tests.conftest import copy_of

    db = ensure_database(copy_of(shipped_db_file, tmp_path))
    recorded = {r[0] for r in db.conn.execute("SELECT card_id FROM cards_unasked")}
    assert recorded and recorded == set(unasked_cards(db))
    assert not recorded & {c["id"] for c in active_cards(db)}
    d = collect(db, datetime.now(UTC))
    assert d["new"] + d["learning"] + d["review"] + d["suspended"] + d["unaskable"] == d["cards"]
    # a student who suspended nothing sees "suspended 0", as `cards --json` says; the cards no
    # question is built for are counted apart, and the text output says what they are
    assert d["suspended"] == 0 and d["unaskable"] == len(recorded)
    from rich.console import Console

    from studycli.ui.stats_view import render_stats

    console = Console(width=100, record=True)
    console.print(render_stats(d))
    text = " ".join(console.export_text().split())
    assert f"{len(recorded)} more cards the quiz can build no question for" in text
    # the table's total is what its columns add up to: "111" over 87 + 17 + 3 confused a new user
    shown = d["new"] + d["learning"] + d["review"] + d["suspended"]
    row = [str(n) for n in (shown, d["new"], d["learning"], d["review"], d["suspended"])]
    assert " │ ".join(row) in text


def test_typical_is_said_of_the_value_in_its_own_clause():
    from studycli.model import Fact, Kind
    from studycli.questions.typical import typical_in_note

    def limit(snippet: str, attribute: str, number: float) -> Fact:
        return Fact("Lambda", "", attribute, Kind.LIMIT, "max", "x", number, "s", None, None,
                    "n.md", 1, snippet)

    assert typical_in_note(limit("- standard retrievals typically complete within 5 hours",
                                 "completion window", 18000))
    assert typical_in_note(limit("- delivers to S3 within ~15 min of the call", "delay", 900))
    # the line's "usually" is about something else: the timeout is a bound
    assert not typical_in_note(limit("- Lambda usually sits behind API GW; timeout max 15 min",
                                     "timeout", 900))
