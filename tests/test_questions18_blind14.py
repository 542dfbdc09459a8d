"""What reviewers of unseen41-43 (blind14) found in questions, each a class the question layer
can see for itself (the facts themselves are the parser's and the reference's to mend; see
the questions18 parser notes):

- "The same note line's gp3 throughput (baseline) (125 MiB/s) is out of date: AWS docs:
  80,000 IOPS" (4): a flag from an entry measured in another unit;
- "the deduplication interval for Amazon SQS (FIFO queue, per api action)" (4): the words of
  "300 TPS per API action" read as 5 minutes' (300 s);
- "the maximum object size in a single PUT" keyed 50 TB (3): the line names the object size
  before the value and the single PUT after it;
- "the maximum number of nodes per cluster for ElastiCache (Redis)" keyed "500 shards", with
  no cluster mode (5);
- "the warning time of a Spot Instance interruption notice for Amazon EC2 (Savings Plans)" (2).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from studycli.model import Fact, Kind
from studycli.questions.currency import Currency

DATA = Path(__file__).resolve().parent / "data"


def _fact(attribute, value, number, unit, snippet, subject="", service="EBS", qualifier="max"):
    return Fact(service=service, subject=subject, attribute=attribute, kind=Kind.LIMIT,
                qualifier=qualifier, value=value, number=number, unit=unit, low=None, high=None,
                source="n.md", line=1, snippet=snippet)


def _cur(value, number, unit, reference_id, status="outdated"):
    return Currency(status, value, "https://docs.aws.amazon.com/x.html", "2026-12-02", "",
                    number, unit, None, None, kind=Kind.LIMIT, qualifier="max",
                    reference_id=reference_id)


def test_an_entry_in_another_unit_calls_no_value_stale():
    from studycli.questions.currency import same_measure, stale_on_note

    line = "gp3: baseline 3,000 IOPS + 125 MiB/s regardless of size, up to 16,000 IOPS"
    baseline = _fact("throughput (baseline)", "125 MiB/s", 131072000.0, "B/s", line,
                     subject="gp3", qualifier="")
    iops = _cur("80,000 IOPS", 80000.0, "per_s", "ebs.gp3.iops.max")
    assert not same_measure(baseline, iops)
    assert not stale_on_note(baseline, iops)
    ceiling = _fact("IOPS", "16,000 IOPS", 16000.0, "per_s", line, subject="gp3")
    assert stale_on_note(ceiling, iops)


def test_a_value_is_read_where_its_own_unit_says_it():
    from studycli.questions.stems import _words_around_value, condition

    line = ("[^2]: FIFO = exactly-once processing, 300 TPS per API action without batching, "
            "3,000 msgs/s with batching of 10. MessageGroupId for ordering, dedup interval is "
            "5 minutes.")
    dedup = _fact("deduplication interval", "5 min", 300.0, "s", line, subject="FIFO queue",
                  service="SQS", qualifier="")
    before, _after = _words_around_value(dedup)
    assert "dedup interval" in before
    assert "api action" not in condition(dedup).lower()


def test_a_stale_value_named_before_by_another_measure_is_not_keyed():
    from studycli.questions.currency import keyed_fact

    line = ("- object size max 5 TB — single PUT max 5 GB, use multipart above 100 MB "
            "(required above 5 GB)")
    put = _fact("single PUT upload size", "5 TB", 5 * 2.0**40, "B", line, service="S3")
    cur = _cur("50 TB", 50 * 2.0**40, "B", "s3.object-size.max")
    assert keyed_fact(put, cur) is None
    size = _fact("object size", "5 TB", 5 * 2.0**40, "B", line, service="S3")
    assert keyed_fact(size, cur) is not None
    # "per object" after the value is its scope, not another measure's name
    cloudfront = _fact("object size (per object)", "20 GB", 20 * 2.0**30, "B",
                       "CloudFront max file size 20 GB per object", service="CloudFront")
    assert keyed_fact(cloudfront, _cur("50 GB", 50 * 2.0**30, "B", "cloudfront.file-size.max")) \
        is not None


@pytest.mark.parametrize("line, mode", [
    ("Redis cluster mode: up to 500 shards (was 90 - check)", "cluster mode"),
    ("- Redis cluster mode enabled: até 500 shards (nós)", "cluster mode enabled"),
    ("redis_cluster_mode_enabled = data sharded, up to 500 shards", "cluster mode enabled"),
])
def test_the_mode_a_value_holds_in_is_asked(line, mode):
    from studycli.questions.stems import value_stem

    shards = _fact("shards", "500 shards", 500.0, "count", line, subject="Redis",
                   service="ElastiCache")
    assert f", {mode})" in value_stem(shards)


def test_no_mode_where_the_line_names_none():
    from studycli.questions.stems import note_condition

    assert note_condition(_fact("shards", "500 shards", 500.0, "count",
                                "ElastiCache Redis 500 shards", subject="Redis",
                                service="ElastiCache")) == ""


def test_a_subject_labelling_another_item_is_not_asked():
    from studycli.questions.attribution import subject_of_another_item

    line = ("Savings Plans: commit $/hr for 1 or 3 yr, Compute SP up to 66%, EC2 Instance SP "
            "up to 72% · Spot: up to 90% off, AWS can reclaim with a 2 minute warning. good "
            "for batch")
    spot = _fact("interruption notice", "2 min", 120.0, "s", line, subject="Savings Plans",
                 service="EC2", qualifier="")
    assert subject_of_another_item(spot)
    sp = _fact("instance sp", "72%", 72.0, "%", line, subject="Savings Plans", service="EC2")
    assert not subject_of_another_item(sp)


FILES = ("unseen41_notes/c_jira_databases.txt", "unseen42_notes/b_s3_ebs_efs_cli_practice.sh",
         "unseen43_notes/b_saa_storage_network_mindmap.opml",
         "unseen43_notes/c_messaging_streaming_footnotes.md",
         "unseen43_notes/d_clf_keep_export.json")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from studycli.exam.generate import generate_exam, load_pool
    from studycli.exam.profiles import get_profile
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect
    from tests.review.harness import quiz_items

    folder = tmp_path_factory.mktemp("q18")
    for name in FILES:
        shutil.copy(DATA / name, folder / Path(name).name)
    db = connect(folder / "n.db")
    ingest_paths(db, [folder / Path(name).name for name in FILES])
    out = [{"stem": q["stem"], "explanation": q.get("explanation", ""), "right": q["right"]}
           for q in quiz_items(db)]
    pool = load_pool(db)
    for profile, seed in (("saa-c03", 7391), ("dva-c02", 8491), ("clf-c02", 1)):
        for q in generate_exam(pool, get_profile(profile), seed).questions:
            out.append({"stem": q.stem, "explanation": q.explanation,
                        "right": " | ".join(q.options[i] for i in q.answers)})
    db.conn.close()
    return out


def test_the_reviewers_defects_are_gone(generated):
    assert len(generated) >= 30
    for q in generated:
        text = f"{q['stem']} {q['explanation']}"
        assert "out of date: AWS docs: 80,000 IOPS" not in text or "(125 MiB/s)" not in text, q
        assert "per api action" not in text.lower() or "deduplication" not in text, q
        assert not ("single PUT" in q["stem"] and "50 TB" in q["right"]), q
        assert "nodes per cluster" not in q["stem"], q
        assert "(Savings Plans)" not in q["stem"] or "Spot" not in q["stem"], q


def test_the_questions_are_still_asked(generated):
    stems = " ".join(q["stem"] for q in generated)
    assert "deduplication interval for Amazon SQS (FIFO queue)?" in stems
    assert "Spot Instance interruption notice for Amazon EC2?" in stems
    assert "number of shards for Amazon ElastiCache (Redis, cluster mode)" in stems


def test_a_domain_nothing_speaks_for_is_unknown_not_projected():
    import io

    from rich.console import Console

    from studycli.readiness import DomainReport, Readiness
    from studycli.ui.readiness_view import render_readiness

    silent = DomainReport("Design Secure Architectures", 30, ["IAM", "STS"], [], ["IAM", "STS"])
    studied = DomainReport("Design Resilient Architectures", 26, ["SQS"],
                           [{"service": "SQS", "facts": 3, "cards": 2, "studied": 1}], [],
                           cards=2, studied=1)
    # cards never studied are no measure either: its share is the prior, as the silent one's
    unstudied = DomainReport("Design High-Performing Architectures", 24, ["SQS"],
                             [{"service": "SQS", "facts": 3, "cards": 2, "studied": 0}], [],
                             cards=2)
    silent.p = studied.p = unstudied.p = 0.4
    assert not silent.measured and studied.measured and not unstudied.measured
    assert silent.to_dict()["expected_correct"]["basis"] == "prior"
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(
        render_readiness(Readiness("saa-c03", 720, 460, 200, 800,
                                   [silent, studied, unstudied], [], []), plain=True))
    text = out.getvalue()
    assert "Secure" in text and "no data yet (30% of exam)" in text
    assert "no data yet (24% of exam)" in text
    assert "40% (26% of exam)" in text


def test_a_question_names_the_service_its_stem_asks():
    from studycli.questions.stems import asked_service, value_stem

    token = _fact("session duration", "36 hours", 129600.0, "s", "GetSessionToken max 36 h",
                  subject="GetSessionToken", service="IAM")
    assert asked_service(token) == "STS"
    assert "AWS STS" in value_stem(token)


def test_the_reference_asks_the_mode_judgement_of_no_question_module():
    import inspect

    import studycli.reference.assess as assess
    from studycli.mode_said import mode_said_on_line

    assert "studycli.questions" not in inspect.getsource(assess)
    assert not mode_said_on_line("API Gateway", "API GW gives up at 29 s. Nothing you can do "
                                                "except make the function faster or go async")
    assert mode_said_on_line("S3", "S3 events - to SNS, SQS, Lambda (async)") is False


def test_a_caveat_names_the_service_where_the_subject_only_repeats_the_measure(tmp_path):
    from studycli.database import ensure_database
    from studycli.questions import FactPool
    from studycli.questions.currency import line_caveat
    from tests.helpers import note_db

    text = ("## RDS / Aurora questions\n\n"
            "why: RDS MySQL max 5 read replicas. Aurora up to 15 replicas with <10ms lag "
            "(shared storage).\n")
    pool = FactPool.load(ensure_database(note_db(tmp_path, text)))
    aurora = [f for f in pool.facts if f.service == "Aurora" and f.number == 15]
    assert aurora
    said = line_caveat(pool, aurora[0].source, aurora[0].line, {aurora[0].id})
    assert "read replica read replicas" not in said
    assert "5 read replicas" in said and "Amazon RDS" in said


def test_the_waf_requirement_cites_the_waf_documentation():
    import json

    from studycli.paths import read_data

    scenarios = json.loads(read_data("categories.json"))["scenario_categories"]
    waf = next(r for r in scenarios["requirements"] if r["id"] == "waf-filter-web-requests")
    assert waf["url"].startswith("https://docs.aws.amazon.com/waf/")


def test_a_value_the_line_gives_another_measure_is_not_keyed_under_the_notes_name():
    from studycli.questions.currency import keyed_fact

    line = ("✓ correct TransactWriteItems. Batch isn't atomic, each item can fail separately "
            "(UnprocessedItems). Transactions max 25 items per call.")
    batch = _fact("batch size (per call)", "25 items", 25.0, "count", line, service="DynamoDB")
    cur = _cur("100 actions", 100.0, "count", "dynamodb.transaction-items.max")
    assert keyed_fact(batch, cur) is None
