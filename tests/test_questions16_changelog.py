"""What reviewers of unseen35-37 (blind12_final) found in questions on a changelog of limits
and on dense cheat-sheet lines, each a class the question layer can see for itself:

- "Your note says 5 min: it is out of date" under "Lambda max timeout was 5 min, now 15 min":
  the note line says the change itself (and a typed card's answer said "your note says 5 min");
- "(ephemeral storage was)" cut from "was 512 MB fixed, now ..." into a stem;
- "your note says 3000 IOPS: it disagrees with the AWS docs" under the question keyed from the
  line that gives gp2's 16,000 (the 3,000 is a burst figure lines below);
- "says 120,000 messages: it is out of date. AWS docs: 120,000 messages" (the line's stale
  figure is FIFO's 20,000) under "the maximum number of messages" (in-flight, the line says);
- a token validity keyed 5 minutes, the range's low bound, asked as "the validity";
- "Bad gateway" offered beside other codes' causes; 401 offered for an expired token's 403.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studycli.compare_model import Side
from studycli.model import Fact, Kind
from studycli.questions.currency import Currency, as_vouched, correction
from studycli.questions.option_text import without_status_phrase
from studycli.questions.stems import attribute_name
from tests.helpers import note_db

DATA = Path(__file__).resolve().parent / "data"

NOTE = """# Limits that changed

## 2021
- CHANGED: Lambda max timeout was 5 min, now 15 min (this was actually 2018)
- CHANGED: Lambda max memory was 3,008 MB, now 10,240 MB (10 GB)
- CHANGED: Lambda /tmp (ephemeral storage) was 512 MB fixed, now configurable 512 MB to 10,240 MB

## SQS extras
- in-flight limit ~120,000 msgs for standard, 20,000 for FIFO

## Cognito user pools
- ID/Access token valid 1 hour (default), configurable 5 min - 1 day
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from studycli.exam.generate import generate_exam, load_pool
    from studycli.exam.profiles import get_profile
    from studycli.store.db import connect
    from tests.review.harness import quiz_items

    path = note_db(tmp_path_factory.mktemp("q16"), NOTE)
    db = connect(path)
    out = [{"stem": q["stem"], "explanation": q.get("explanation", ""), "right": q["right"]}
           for q in quiz_items(db)]
    pool = load_pool(db)
    for profile in ("saa-c03", "dva-c02"):
        for seed in (1, 2, 3, 7391, 8491):
            for q in generate_exam(pool, get_profile(profile), seed).questions:
                out.append({"stem": q.stem, "explanation": q.explanation,
                            "right": " | ".join(q.options[i] for i in q.answers)})
    db.conn.close()
    return out


def test_the_notes_make_questions(generated):
    assert len(generated) >= 5, generated


def test_a_changelog_line_is_never_called_out_of_date(generated):
    text = json.dumps(generated)
    assert "says 5 min" not in text and "says 3,008" not in text, text  # as numbers print
    assert "(512 MB), which is out of date" not in text, text
    assert "your note says 5 min" not in text


def test_no_changelog_fragment_in_a_stem(generated):
    for q in generated:
        assert " was)" not in q["stem"] and "(now)" not in q["stem"] and " was," not in q["stem"]


def test_a_burst_figure_is_no_disagreement_under_the_line_that_gives_the_maximum(tmp_path):
    """A development note (unseen37): its matrix gives gp2 16,000 IOPS, and lines below, "gp2
    burst up to 3,000 IOPS" is read as a second maximum (the parser's misreading)."""
    from studycli.exam.generate import generate_exam, load_pool
    from studycli.exam.profiles import get_profile
    from studycli.store.db import connect

    note = DATA / "unseen37_notes" / "e_comparison_matrices.md"
    db = connect(note_db(tmp_path, note.read_text(encoding="utf-8"), note.name))
    pool = load_pool(db)
    explained = [q.explanation for profile in ("saa-c03", "dva-c02") for seed in (7391, 8491, 5)
                 for q in generate_exam(pool, get_profile(profile), seed).questions]
    db.conn.close()
    assert any("gp2" in e for e in explained)
    assert not any("says 3000 IOPS" in e for e in explained)


def test_a_note_that_gives_aws_value_is_not_out_of_date_with_it(generated):
    for q in generated:
        assert "says 120,000 messages: it is out of date" not in q["explanation"], q
        if "120,000" in q["right"] and "SQS" in q["stem"]:
            assert "in-flight" in q["stem"], q


def test_a_range_bound_is_asked_as_that_bound():
    fact = Fact(service="Cognito", subject="user pool", attribute="ID/access token validity",
                kind=Kind.LIMIT, qualifier="", value="5 min", number=300.0, unit="s",
                source="n.md", line=3, snippet="- ID/Access token valid 1 hour (default), "
                                               "configurable 5 min - 1 day")
    cur = Currency("current", "5 minutes to 1 day", "https://x", "2026-12-01", "", None, "s",
                   300.0, 86400.0, kind="range", qualifier="range")
    assert as_vouched(fact, cur).qualifier == "min"


def test_records_change_needs_aws_value_on_the_line():
    from studycli.questions.currency import records_change

    cur = Currency("outdated", "900 s (15 min)", "https://x", "2026-12-01", "", 900.0, "s",
                   None, None, kind="limit", qualifier="max")
    note = Fact(service="Lambda", subject="", attribute="execution timeout", kind=Kind.LIMIT,
                qualifier="max", value="5 min", number=300.0, unit="s", source="n.md", line=4,
                snippet="- CHANGED: Lambda max timeout was 5 min, now 15 min")
    assert records_change(note, cur)
    assert "records this change" in correction(note, cur)
    stale = Fact(**{**note.__dict__, "snippet": "- Lambda max timeout 5 min"})
    assert not records_change(stale, cur) and "is out of date" in correction(stale, cur)
    wrong_now = Fact(**{**note.__dict__, "snippet": "- Lambda timeout was 5 min, now 10 min"})
    assert not records_change(wrong_now, cur)


def test_a_changelog_aside_is_no_part_of_the_measure():
    fact = Fact(service="Lambda", subject="", attribute="ephemeral storage (/tmp) (ephemeral "
                "storage was)", kind=Kind.LIMIT, qualifier="max", value="512 MB",
                number=536870912.0, unit="B", source="n.md", line=5, snippet="")
    assert attribute_name(fact) == "ephemeral storage (/tmp)"


def test_an_http_phrase_with_its_cause_offers_the_cause():
    assert without_status_phrase("Bad gateway (target closed conn)", "502") == \
        "Target closed connection"
    assert without_status_phrase("Gateway Timeout", "504") == "Gateway Timeout"


def test_401_and_403_are_not_offered_together_for_a_token_meaning():
    from studycli.questions.distractors import overlapping_codes

    assert overlapping_codes("403", "Access denied: invalid API key or expired token") == {"401"}
    assert overlapping_codes("401", "Unauthorized: missing token") == {"403"}
    assert overlapping_codes("403", "WAF blocked the request") == set()


def test_a_type_name_keeps_its_case():
    assert Side("EBS", "io2").label == "io2"
    assert Side("SQS", "standard queue").label == "Standard queue"


def test_a_correction_of_a_case_the_line_names_apart_is_not_keyed():
    """"max 12 hours (role max session setting), same for role chaining" is wrong about role
    chaining (1 hour); keying 1 hour as the line's "session duration" taught a false maximum."""
    from studycli.questions.currency import keyed_fact

    note = Fact(service="IAM", subject="", attribute="session duration", kind=Kind.LIMIT,
                qualifier="max", value="12 h", number=43200.0, unit="s", source="n.md", line=40,
                snippet="- AssumeRole default session 1 hour, max 12 hours (role max session "
                        "setting), same for role chaining")
    cur = Currency("wrong", "1 hour (cannot be increased)", "https://x", "2026-12-02", "",
                   3600.0, "s", None, None, kind="limit", qualifier="max",
                   reference_id="sts.role-chaining-duration.max")
    assert keyed_fact(note, cur) is None
    chained = Fact(**{**note.__dict__, "attribute": "role chaining",
                      "snippet": "- role chaining max 12 hours"})
    assert keyed_fact(chained, cur) is not None


def test_a_statements_question_says_each_measure_once(tmp_path):
    """A development note set (unseen31) names Lambda's maximum event age two ways ("retry
    duration (asynchronous)", "event age"): "Which THREE statements ...?" offered both as
    right options, one statement twice."""
    from studycli.exam.generate import generate_exam, load_pool
    from studycli.exam.profiles import get_profile
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    db = connect(tmp_path / "n.db")
    ingest_paths(db, [DATA / "unseen31_notes"])
    pool = load_pool(db)
    multi = [q for seed in (4242, 9090) for q in
             generate_exam(pool, get_profile("saa-c03"), seed).questions
             if q.qtype == "multi_statements"]
    db.conn.close()
    assert multi
    for q in multi:
        said = [o for o in q.options if "event age" in o or "retry duration" in o]
        assert len(said) <= 1, q.options


def test_an_sts_operation_noted_under_iam_is_asked_as_sts():
    from studycli.questions.stems import value_stem

    fact = Fact(service="IAM", subject="GetSessionToken", attribute="session duration",
                kind=Kind.LIMIT, qualifier="max", value="36 h", number=129600.0, unit="s",
                source="n.md", line=1, snippet="")
    assert value_stem(fact) == "What is the maximum session duration for AWS STS (GetSessionToken)?"


def test_a_statement_caveat_says_what_the_docs_list_is_of(monkeypatch):
    """"Your note line is out of date: AWS docs: standard SQS queue, standard SNS topic, ..."
    (unseen34) left the stale part to guess: the entry's attribute names it."""
    from studycli.questions import currency

    class Entry:
        subject, attribute = "destinations", "destination types"

    monkeypatch.setattr(currency, "_entry", lambda *a, **k: Entry)
    cur = Currency("outdated", "SQS queue, SNS topic, S3 bucket", "https://x", "2026-12-01", "",
                   None, "", None, None, kind="fact", reference_id="lambda.destinations.targets")
    assert currency._statement_topic(cur) == "destination types"


def test_a_stale_number_beside_a_change_of_another_is_no_history():
    from studycli.questions.currency import records_change

    cur = Currency("outdated", "120,000", "https://x", "2026-12-01", "", 120000.0, "count",
                   None, None, kind="limit", qualifier="max")
    note = Fact(service="SQS", subject="FIFO queue", attribute="in-flight messages",
                kind=Kind.LIMIT, qualifier="max", value="20,000", number=20000.0, unit="count",
                source="n.md", line=7, snippet="- in-flight: standard now 120,000, FIFO 20,000")
    assert not records_change(note, cur)  # the FIFO 20,000 is stale, not told as the old value
    told = Fact(**{**note.__dict__, "snippet": "- FIFO in-flight was 20,000, now 120,000"})
    assert records_change(told, cur)
