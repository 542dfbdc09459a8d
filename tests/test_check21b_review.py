"""Reviewer findings on check21 (check21b): an any-line claim is not read on a line about
another service; a retry count is a client's only in the client's own clause; a dated line is
history when it records a change or puts its value in the past; a bare "size" that some entry
states today is left alone, and only an outdated finding is told of one."""

from __future__ import annotations

from types import SimpleNamespace

from studycli.model import Fact, Kind

from .helpers import check_findings, stale_ids, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def test_other_engines_global_clusters_and_other_category_lists_are_left_alone(tmp_path):
    """DocumentDB's global clusters and Neptune's global databases still allow 5 secondary
    Regions; Cost Optimization Hub's 5 categories are not Trusted Advisor's."""
    stale = ("# Databases\n\n- Aurora Global Database: up to 5 secondary regions\n"
             "- Trusted Advisor checks 5 categories: cost optimization, performance\n"
             "- 5 categories: cost optimization, performance, security, fault tolerance,"
             " service limits\n")
    right = ("# DocumentDB\n\n- Global clusters span up to 5 secondary regions\n"
             "- DocumentDB global clusters: one primary, up to five secondary regions\n"
             "- Neptune global database: up to 5 secondary regions\n"
             "- Cost Optimization Hub groups recommendations in 5 categories\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_ids(notes, tmp_path / "s.db")
    assert any(i.startswith("aurora.global-database.secondaries") for i in flags[3]), flags
    assert "trustedadvisor.check-categories" in flags[4], flags
    assert "trustedadvisor.check-categories" in flags[5], flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_an_any_line_claim_skips_a_line_naming_only_other_services():
    """The line's own service names decide, outside its parentheses (an aside or example)."""
    from studycli.reference.line_claims import _about_other_services

    aurora = SimpleNamespace(service="Aurora", statement="An Aurora global database has 10.",
                             claim_names=())
    assert _about_other_services(aurora, "ElastiCache global datastore: 5 secondary")
    assert not _about_other_services(aurora, "Aurora global database: 5 secondary")
    assert not _about_other_services(aurora, "Aurora vs ElastiCache: 5 secondary")
    assert not _about_other_services(aurora, "global database: 5 secondary")
    assert not _about_other_services(aurora, "global database (not ElastiCache): 5 secondary")
    # a claim about how two services meet is about both
    fifo = SimpleNamespace(service="SNS", statement="SNS FIFO topics deliver to SQS queues.",
                           claim_names=())
    assert not _about_other_services(fifo, "FIFO topics: only SQS FIFO subscribers")
    assert _about_other_services(fifo, "Kinesis: only FIFO subscribers")


def test_an_any_line_claim_on_a_line_of_another_service_is_not_told(tmp_path):
    """Through the CLI: the entry's own words on a line that names only another service."""
    stale = "# SAA\n\n- Trusted Advisor: 5 categories, cost optimization first\n"
    # the pattern alone reads it (five categories beside fault tolerance); the line names
    # Cost Explorer only
    right = "# SAA\n\n- Cost Explorer: 5 categories: cost optimization, fault tolerance\n"
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_ids(notes, tmp_path / "s.db")
    assert "trustedadvisor.check-categories" in flags[3], flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def _retries(snippet: str):
    from studycli.reference import assess

    return assess(Fact(service="Lambda", subject="", attribute="retries", kind=Kind.LIMIT,
                       qualifier="", value=snippet, number=3, unit="count", snippet=snippet))


def test_a_retry_count_is_a_clients_only_in_the_clients_clause():
    told = _retries("Lambda async: 3 retries then DLQ (set in the SDK or console)")
    assert told is not None and told.flagged and told.entry_id == "lambda.retries.max"
    for said in ("default 3 retries for most SDKs, 10 for DynamoDB in JS SDK v2",
                 "boto3 retries 3 times by default"):
        found = _retries(said)
        assert found is None or not found.flagged, said


def test_a_dated_line_is_history_by_a_recorded_change_or_a_past_tense(tmp_path):
    """An arrow beside one value is a flow or advice, and "now" the line's own day: still
    told. Two values joined by a change, or a past tense, are history."""
    stale = ("# Lambda log\n\n- 2024-03: S3 -> Lambda, memory max 3008 MB\n"
             "- 2024-03-10: Lambda /tmp storage max 512 MB -> use EFS for more\n")
    right = ("# Lambda timeline\n\n- 2019: Lambda memory max was 3008 MB\n"
             "- 2019: Lambda memory max 3008 MB (before the 10 GB increase)\n"
             "- 2024-05: SQS max message size 256 KB\n"
             "- 2017-11 Lambda memory max raised from 1536 MB to 3008 MB\n")
    notes = two_note_folder(tmp_path, stale, right)
    (notes / "now.md").write_text("# Lambda log\n\n- 2024-03: Lambda memory max now 3008 MB\n",
                                  encoding="utf-8")
    flags = stale_ids(notes, tmp_path / "s.db")
    assert "lambda.memory.max" in flags[3], flags
    assert "lambda.ephemeral-storage.max" in flags[4], flags
    _, found = check_findings(notes / "now.md", db=tmp_path / "n.db")
    assert (3, "lambda.memory.max") in _flagged(found), found
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def _bare_size(service: str, value: str, number: float):
    from studycli.reference import assess

    return assess(Fact(service=service, subject="", attribute="size", kind=Kind.LIMIT,
                       qualifier="", value=value, number=number, unit="B", snippet=value))


def test_a_bare_size_some_entry_states_today_is_left_alone():
    """/tmp's 512 MB is today's default (and the old maximum); SNS's 256 KB likewise: a bare
    "size" does not say which it means. Lambda's 3008 MB is today's value of no entry."""
    mib = 1048576
    assert _bare_size("Lambda", "512 MB.", 512 * mib) is None
    assert _bare_size("SNS", "256 KB, same as SQS.", 256 * 1024) is None
    old = _bare_size("Lambda", "3008 MB", 3008 * mib)
    assert (old.status, old.entry_id) == ("outdated", "lambda.memory.max")


def test_a_bare_size_is_never_told_wrong(monkeypatch):
    """Only an outdated finding is told of a bare size: one judged wrong under the measure it
    is an old value of is left alone."""
    import importlib

    from studycli.reference.entry import Assessment

    assess_module = importlib.import_module("studycli.reference.assess")

    real = assess_module._by_key

    def wrong(f, family):
        found = real(f, family)
        return Assessment("wrong", found.entry, found.how) if found is not None else None

    monkeypatch.setattr(assess_module, "_by_key", wrong)
    assert _bare_size("Lambda", "3008 MB", 3008 * 1048576) is None
