"""An exam explanation vouches for no more of a note line than the answer needs, and marks
what `studycli check` contradicts in what it shows.

Independent reviewers of session 17: an explanation quoted the student's line as support while
the same line stated another claim that is false or outdated, shown uncorrected, so the student
re-read it as endorsed. The rule: a scenario quotes only the part of the line that states its
requirement (a stale claim left out is not shown); whatever is shown, a claim check finds
outdated or wrong in it is marked, including one no fact of the line carries (a claim entry's
pattern: "the 29 sec limit" on a 504 line)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.database import ensure_database
from studycli.exam.generate import generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.exam.requirements import requirements
from studycli.exam.scenario_questions import supporting_clause
from studycli.model import Fact, Kind
from tests.helpers import note_db

ERRORS = ("# Lambda misc / errors\n\n"
          "- 502 from API GW → usually Lambda returned malformed response (not proper JSON)\n"
          "- 504 from API GW → integration timeout (Lambda took longer than API GW's **29 sec** "
          "limit)\n")
LARGE = "# SQS\n\n- sqs msg size max 256 KB (use extended client lib + S3 for up to 2 GB)\n"


def _questions(tmp_path, text: str, profile: str = "dva-c02", seeds=range(1, 6)) -> list:
    pool = load_pool(ensure_database(note_db(tmp_path, text)))
    return [q for s in seeds for q in generate_exam(pool, get_profile(profile), s).questions]


def test_a_quoted_line_holding_a_claim_check_contradicts_says_so(tmp_path):
    # The 29 s is no fact the reference flags (the line's fact is the 504 and a "29 s"
    # Lambda timeout); check reads the claim off the line (apigateway.integration-timeout.
    # raisable) and the review shows the line beside the 504 question
    asked = [q for q in _questions(tmp_path, ERRORS) if "504" in q.explanation]
    assert asked, "no 504 question"
    for q in asked:
        assert "integration timeout limit is out of date" in q.explanation, q.explanation
        assert "not a hard limit" in q.explanation and "https://" in q.explanation


def _fact(service: str, snippet: str) -> Fact:
    return Fact(service=service, subject="", attribute="x", qualifier="", kind=Kind.FACT,
                value="v", source="n.md", line=3, snippet=snippet)


def test_a_scenario_quotes_the_part_of_the_line_that_states_its_requirement():
    wanted = {r.id: r for r in requirements()}
    large = wanted["sqs-extended-client-large-messages"]
    assert supporting_clause(large, _fact("SQS", LARGE.splitlines()[-1][2:])) == \
        "… use extended client lib + S3 for up to 2 GB"
    cells = ("| Message size max | 256 KB | use Extended Client Library + S3 for bigger "
             "(up to 2 GB) |")
    assert supporting_clause(large, _fact("SQS", cells)) == \
        "… use Extended Client Library + S3 for bigger (up to 2 GB)"
    sentences = ("**[08:40]** Message size is **max 256 KB**. Anything bigger → use the *SQS "
                 "Extended Client Library* and put the payload in S3 (up to **2 GB**).")
    assert supporting_clause(large, _fact("SQS", sentences)) == (
        "… Anything bigger → use the SQS Extended Client Library and put the payload in S3 "
        "(up to 2 GB).")
    # a line whose parts do not state it alone is quoted whole
    whole = "msg size <= 256KB -> bigger = Extended Client (S3)"
    assert supporting_clause(large, _fact("SQS", whole)) == whole
    firehose = wanted["firehose-load-destinations"]
    line = ("Firehose is near real time: buffer interval 60 to 900 seconds. Destinations: S3, "
            "Redshift, OpenSearch, Splunk. No replay.")
    assert supporting_clause(firehose, _fact("Data Firehose", line)) == \
        "… Destinations: S3, Redshift, OpenSearch, Splunk. …"


def test_a_stale_figure_the_quote_leaves_out_is_neither_shown_nor_corrected(tmp_path):
    made = [q for q in _questions(tmp_path, LARGE, "saa-c03") if q.style == "scenario"]
    assert made, "no scenario"
    for q in made:
        assert '"… use extended client lib + S3 for up to 2 GB" (n.md:3)' in q.explanation
        assert "256 KB" not in q.explanation, q.explanation


def test_the_exported_answer_key_does_not_show_the_whole_line_a_quote_left_stale(tmp_path):
    # The quote leaves the 256 KB out, so nothing corrects it; the export printed the whole
    # line under the answer, 256 KB and all, where the interactive review prints none
    from typer.testing import CliRunner

    from studycli.cli import app

    db = note_db(tmp_path, LARGE)
    target = tmp_path / "ex.md"
    result = CliRunner().invoke(app, ["exam", "--seed", "1", "--export", str(target),
                                      "--db", str(db)])
    assert result.exit_code == 0, result.output
    key = target.read_text(encoding="utf-8").split("## Answer key")[1]
    assert "(n.md:3)" in key, key  # the scenario quotes the line
    assert "256 KB" not in key, key


def test_a_quoted_part_states_a_figure_only_as_a_whole_number():
    # A stale "1 MB" on a line was taken as said by a quote holding "11 MB" (a substring),
    # and its correction told of a figure the quote does not show
    from studycli.exam.generate import said_in

    line = "Lambda sync payload 6 MB; a quote of 11 MB, 2.1 MB or 1,024 MB elsewhere"
    one = Fact(service="Lambda", subject="", attribute="payload", qualifier="", kind=Kind.FACT,
               value="1 MB", number=1.0, unit="MB", source="n.md", line=3, snippet=line)
    for part in ("… a quote of 11 MB", "… 2.1 MB …", "… or 1,024 MB elsewhere"):
        assert not said_in(one, part), part
    for part in ("… payload **1 MB** …", "… payload 1MB", "… 1 mb, 2 MB"):
        assert said_in(one, part), part


def test_a_marked_claim_reads_as_the_correction_sentence_does(tmp_path):
    # "That note line's claim about integration timeout limit is out of date: AWS docs: 29 s
    # is a default, not a hard limit: ..." had no article and three colons; the four entries
    # whose attribute ends in "claim" read "claim about record size claim"
    from studycli.exam.line_marks import _about

    asked = [q for q in _questions(tmp_path, ERRORS) if "504" in q.explanation]
    assert asked, "no 504 question"
    for q in asked:
        assert ("claim about the integration timeout limit is out of date. AWS docs: "
                in q.explanation), q.explanation
    assert _about("record size claim") == "claim about the record size"
    assert _about("claim") == "claim"


def test_the_line_marks_read_the_database_through_the_store(tmp_path):
    # design rule: SQL lives in studycli/store; line_marks ran its own two queries
    import inspect

    import studycli.exam.line_marks as line_marks
    from studycli.store.db import connect
    from studycli.store.facts import facts_of_line

    assert "SELECT" not in inspect.getsource(line_marks).upper()
    db = connect(note_db(tmp_path, ERRORS))
    on_four = facts_of_line(db, "n.md", 4)
    assert on_four and {(f.source, f.line) for f in on_four} == {("n.md", 4)}
    assert any("504" in f.snippet for f in on_four)
    assert facts_of_line(db, "n.md", 99) == []


def test_another_services_claim_is_named_and_a_maximum_still_the_default_told_so(tmp_path):
    # "SQS max message size 256 KB, SNS max message size 256 KB" under an SQS question said
    # "That note line's claim about the message size is out of date. AWS docs: 1 MiB (topic
    # MaximumMessageSize)": read as SQS's, and 256 KiB is still every SNS topic's default
    # (an AWS-certified reviewer, session 34)
    from studycli.exam.line_marks import _about

    told = _explanations(tmp_path, "# Messaging\n\n- SQS max message size 256 KB, SNS max "
                         "message size 256 KB\n", "Amazon SQS")
    assert told, "no SQS question"
    for text in told:
        # (since session 45 the line gives SNS a fact of its own, "SNS max message size 256
        # KB", which the parser's repeat check had dropped as the SQS figure said again; the
        # explanation names it as that fact: "The same note line's Amazon SNS message size
        # (256 KB) is still the default; ...")
        assert "The same note line's Amazon SNS message size (256 KB) is still the default; " \
               "the maximum, 1 MiB (topic MaximumMessageSize)" in text, text
        assert "message size is out of date. AWS docs: 1 MiB (topic" not in text
    assert _about("record size", "Kinesis Data Streams") \
        == "claim about Amazon Kinesis Data Streams's record size"
    # a measure that names its service is not named twice ("Amazon S3's S3 Object Lambda")
    assert _about("S3 Object Lambda availability", "S3") \
        == "claim about the S3 Object Lambda availability"


def test_another_services_stale_figure_on_the_asked_line_is_named_and_told_as_a_default(tmp_path):
    # "SQS visibility timeout default 30 s; SNS max message size 256 KB": the question on the
    # SQS default said "the message size figure, 256 KB, is out of date (AWS docs: 1 MiB ...)"
    told = _explanations(tmp_path, "# Messaging\n\n- SQS visibility timeout default 30 s; "
                         "SNS max message size 256 KB\n", "visibility timeout")
    assert told, "no visibility timeout question"
    for text in told:
        assert "the Amazon SNS message size figure, 256 KB, is still the default; the maximum, " \
               "1 MiB" in text, text


def _explanations(tmp_path, text: str, stem_has: str) -> list[str]:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "m.md").write_text(text)
    db = tmp_path / "m.db"
    assert CliRunner().invoke(app, ["ingest", str(notes), "--db", str(db)]).exit_code == 0
    r = CliRunner().invoke(app, ["exam", "-p", "dva-c02", "--json", "--seed", "1",
                                 "--db", str(db)])
    return [q["explanation"] for q in json.loads(r.stdout)["questions"] if stem_has in q["stem"]]


def test_a_default_on_the_line_of_another_measure_reads_as_a_sentence(tmp_path):
    # the line caveat named by its line ("Your note line (m.md:3) also gives ...") read
    # "also gives Amazon SNS message size (256 KB) is still the default" (session 34 review)
    told = _explanations(tmp_path, "# SQS\n\n- max message size 1 MiB, max SNS message size "
                         "256 KB\n", "Amazon SQS")
    assert told, "no SQS question"
    for text in told:
        assert "also gives Amazon SNS message size (256 KB), which is still the default; the " \
               "maximum, 1 MiB" in text, text
