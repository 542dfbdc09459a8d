"""The reviews of session 42's code42 (source code read as notes: a code review, a review of
its fixes and a behaviour test) and of session 43's code43, each reviewer's evidence files
rebuilt under tests/data/code42_reviews/ as the reviews write them out (folders named after
the review: rv_, fr_, lastA_, rv43_): a file that is a program (it
imports an SDK, has a way in such as `func main()`, runs statements of its own, is a shell
script, or keeps a class of settings) gives none of its own settings as AWS facts, only what
its comments state, as main reads it; a cheat sheet of constants or dicts a student wrote
gives its limits, with the unit or the count its name says."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.formats import as_markdown

EVIDENCE = Path(__file__).parent / "data" / "code42_reviews"
NOT_IN_NOTES = None

# (folder, query, what the first answer's value says, or NOT_IN_NOTES; a value it must not be)
CASES = [
    # last_A finding 1: a cheat sheet's dict keys count what they name ("max: 10 tags")
    ("lastA_q5", "s3 max tags", "10 tags", None),
    ("lastA_q5", "s3 max parts", "10,000 parts", None),
    ("lastA_code3q", "lambda max layers", "5 layers", None),
    # last_A finding 2: a program's own settings are no AWS facts
    ("lastA_consumer", "dynamodb ttl", NOT_IN_NOTES, "7 days"),
    ("lastA_go", "s3 part size", "5 MB", "16 MB"),
    ("lastA_sh", "kinesis retention hours", NOT_IN_NOTES, "48 h"),
    ("lastA_sh", "sqs visibility timeout", NOT_IN_NOTES, "45"),
    ("lastA_cs", "dynamodb rcu", NOT_IN_NOTES, "5"),
    ("lastA_cs", "sqs long polling wait time", NOT_IN_NOTES, "5 s"),
    ("lastA_ts", "ebs volume types", NOT_IN_NOTES, "my dev server"),
    ("lastA_java", "elasticache thread pool", NOT_IN_NOTES, "thread pool for my app"),
    # code42 review findings 1-4
    ("rv_banner", "sqs max message size", "256 KB", None),
    ("rv_banner", "sqs default retention", "4 days", None),
    ("rv_banner", "lambda max timeout", "900 s", None),
    ("rv_banner", "lambda max layers", "5 layers", None),
    ("rv_notes", "kinesis shard write records per second", "1000 records/s", None),
    ("rv_notes", "kinesis shard write throughput", "1 MB/s", None),
    ("rv_notes", "lambda max memory", "10,240 MB", "512 MB"),
    ("rv_notes", "dynamodb max retries", NOT_IN_NOTES, "8"),
    ("rv_notes", "dynamodb max item size", "400 KB", None),
    # fix review findings 1-2
    ("fr_prose", "lambda max memory", "10,240 MB", None),
    ("fr_prose", "lambda max layers", "5 layers", None),
    ("fr_prose", "sqs max message size", "256 KB", None),
    ("fr_prose", "sqs max memory", NOT_IN_NOTES, "10,240 MB"),
    ("fr_prose", "sns max message size", NOT_IN_NOTES, "256 KB"),
    ("fr_prose2", "sns max visibility timeout", NOT_IN_NOTES, "12 h"),
    ("fr_rates", "kinesis shard read transactions per second", "5 transactions/s", None),
    ("fr_rates", "dynamodb wcu writes per second", "1 writes/s", None),
    # review of code43, finding 1: a comment beside a constant that names a service is the
    # student's fact, as main reads it
    ("rv43_comment", "lambda max timeout", "15 min", None),
    ("rv43_comment", "sqs visibility timeout max", "12 h", None),
    ("rv43_comment", "lambda async retries", "2 times", None),
    # finding 2: a batch size counts messages
    ("rv43_notes", "how many messages per receivemessage sqs", "10", None),
    ("rv43_notes", "receivemessage max messages", "10", None),
    ("rv43_notes", "how many messages can receivemessage return", "10", None),
    # finding 3: "is it free" is answered by the line's "free"; a price after the free tier
    # is not
    ("rv43_notes", "do gateway endpoints cost anything or are they free", "free", None),
    ("rv43_notes", "gateway endpoint pricing free or paid", "free", None),
    ("rv43_notes", "are gateway endpoints free cost", "free", None),
    # finding 4: a program's settings file (its package, its opening comment) gives none of
    # its constants; the student's Limits.java beside them still answers
    ("rv43_settings", "s3 part size", NOT_IN_NOTES, "16 MB"),
    ("rv43_settings", "sqs wait time", NOT_IN_NOTES, "5 s"),
    ("rv43_settings", "lambda memory", NOT_IN_NOTES, "256 MB"),
    ("rv43_settings", "lambda max timeout", "15 min", "30 s"),
    ("rv43_settings", "sqs visibility timeout max", "12 h", "60"),
    ("rv43_settings", "sqs retention days", "14 days", "7 days"),
    ("rv43_settings", "dynamodb read capacity", NOT_IN_NOTES, "5"),
]


@pytest.fixture(scope="module")
def databases(tmp_path_factory):
    root = tmp_path_factory.mktemp("code43")
    runner = CliRunner()
    made = {}
    for folder in sorted({case[0] for case in CASES}):
        db = str(root / f"{folder}.db")
        result = runner.invoke(app, ["ingest", str(EVIDENCE / folder), "--db", db, "--json"])
        assert result.exit_code == 0, result.output
        made[folder] = db
    return made


@pytest.mark.parametrize(("folder", "query", "says", "never"), CASES,
                         ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_the_reviews_findings_give_mains_answer_or_better(databases, folder, query, says,
                                                          never):
    result = CliRunner().invoke(app, ["lookup", query, "--json", "--db", databases[folder]])
    found = json.loads(result.stdout or "[]")
    if says is NOT_IN_NOTES:
        assert found == [], found[:1]
    else:
        assert found and says in found[0]["value"], found[:1]
    if never is not None:
        assert not any(hit["value"] == never or hit["value"].startswith(f"{never} ")
                       or f": {never}" in hit["value"] for hit in found), found


def test_a_program_gives_no_setting_its_constants_name():
    def facts(folder: str, name: str, suffix: str) -> list[str]:
        text = (EVIDENCE / folder / name).read_text()
        return [line for line in as_markdown(text, suffix).split("\n")
                if line.startswith(("- ", "  - "))]

    # a Go program (`package main`, `func main()`): its comment alone, as on main
    assert facts("lastA_go", "main.go", ".go") == [
        "- S3 uploader practice: S3 multipart part size min 5 MB"]
    # a shell script: its comments alone
    assert facts("lastA_sh", "setup.sh", ".sh") == ["- lab setup"]
    # a class of settings: none of its members
    assert not any("5" in line for line in facts("lastA_cs", "Config.cs", ".cs"))
    # a script that imports boto3 and runs main(): its DYNAMODB_CONFIG dict is its own
    assert not any("ttl" in line.lower() for line in facts("lastA_consumer", "consumer.py",
                                                           ".py"))
    # a CDK stack and a boto3 worker: their SERVICE_MAX_* settings are no limits
    assert not any("512" in line or "60" in line
                   for line in facts("rv_notes", "stack.ts", ".ts"))
    assert not any(w in line for line in facts("rv_notes", "worker.py", ".py")
                   for w in ("50", ": 5", "8"))
    # a comment beside a constant that is no fact is that constant's, not the object's
    assert facts("lastA_ts", "limits.ts", ".ts")[-1] != "- my dev server"
    assert "- thread pool for my app" not in facts("lastA_java", "Limits.java", ".java")


def test_a_labelled_threshold_counts_nothing_and_free_asked_is_no_price(tmp_path):
    """A key/value line's figure is what its label's last word measures: "health check
    failure threshold: 3" is a threshold, no count of health checks; a query that types
    "free" itself ("price after free tier") is not answered by a line whose only "price" is
    that same "free" (lookup/measure_label.py). Both were wrong answers unseen170's abstain
    set caught once its constants were read."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "net.md").write_text(
        "# Route 53\n\n- health check interval: 30 s\n- health check failure threshold: 3\n"
        "\n# CloudFront\n\n- invalidation paths free: 1000 (per month)\n")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0

    def first(query: str) -> str | None:
        found = json.loads(runner.invoke(app, ["lookup", query, "--json", "--db",
                                               db]).stdout or "[]")
        return found[0]["value"] if found else None

    assert first("route 53 max health checks per account") is None
    assert first("cloudfront invalidation price after free tier") is None
    # what the lines do say is still answered
    assert "3" in (first("route 53 health check failure threshold") or "")
    assert "1000" in (first("cloudfront free invalidation paths") or "")


def test_the_smaller_output_problems_of_the_code42_review():
    """Review of code42, finding 7: a figure its comment states is that figure, with no unit
    named ("4 days", not "345600"), said once ("12 hrs", not "12 hrs (12 hrs)"); CommonJS's
    `module.exports = {...}` read as the object it is; `class DynamoDB:` said as written."""
    limits = (EVIDENCE / "rv_notes" / "limits.py").read_text()
    out = as_markdown(limits, ".py").split("\n")
    assert "- SQS message retention default: 4 days" in out
    assert as_markdown("SQS_VISIBILITY_TIMEOUT_MAX_S = 12 * 60 * 60   # 12 hrs\n",
                       ".py").split("\n")[0] == "- SQS visibility timeout max: 12 hrs"
    common = ("module.exports = {\n  lambda: {\n    timeoutMaxSec: 900,\n  },\n"
              "  sqs: {\n    maxMessageKb: 256,\n  },\n};\n")
    out = as_markdown(common, ".js").split("\n")
    assert out[1:4] == ["## lambda", "- timeout max: 900 s", ""]
    assert "- max message: 256 KB" in out
    assert as_markdown("class DynamoDB:\n    ITEM_MAX_KB = 400\n", ".py").split("\n")[:2] == [
        "# DynamoDB", "- item max: 400 KB"]
