"""Session 51: figures the parser read wrong (extraction).

Each case is a shape students write, read through a real ingest (the typer CLI in process,
`folder_cli`) into a tmp database, then `facts --json` / `lookup --json`."""

from __future__ import annotations

import pytest

from tests.helpers import REPO, folder_cli


def _figures(ask) -> set[tuple[str, str, str]]:
    """(attribute, qualifier, value) of every figure (not whole-line) fact."""
    return {(f["attribute"], f["qualifier"], f["value"]) for f in ask("facts")
            if f["kind"] != "fact"}


# --- struck-through text is the student's correction: never a value --------------------------

# each line strikes an old value and gives the new one; the old must be taught nowhere
STRUCK_LINES = {
    "- retention max <del>7 days</del> 14 days": "14 days",
    "- retention max <s>7 days</s> 14 days": "14 days",
    "- retention max <strike>7 days</strike> 14 days": "14 days",
    "- retention: default 4 days, max {--7 days--}{++14 days++}": "14 days",
    "- retention: default 4 days, max {~~7 days~>14 days~~}": "14 days",
    "| retention max | <del>7 days</del> 14 days |": "14 days",
}


@pytest.mark.parametrize("line", list(STRUCK_LINES))
def test_a_struck_value_is_no_value(tmp_path, line):
    table = "| setting | value |\n|---|---|\n" if line.startswith("|") else ""
    ask = folder_cli(tmp_path, {"sqs.md": f"# SQS\n\n{table}{line}\n"})
    maxima = {v for a, q, v in _figures(ask) if q == "max"}
    assert maxima == {STRUCK_LINES[line]}
    assert all("7 days" not in f["value"] for f in ask("facts"))
    hits = ask("lookup", "sqs retention max")
    assert hits and hits[0]["value"] == "14 days"
    # the line a fact cites stays as the student wrote it, struck value included
    assert "7 days" in hits[0]["snippet"]


def test_an_edit_wrapped_over_two_lines_is_read_where_it_opens(tmp_path):
    ask = folder_cli(tmp_path, {"lambda.md": "# Lambda\n\n- memory max {~~3008 MB\n"
                                              "~>10,240 MB~~}, 1 MB steps\n- timeout max 15 min\n"})
    facts = {(f["attribute"], f["value"], f["line"]) for f in ask("facts") if f["kind"] != "fact"}
    assert ("memory", "10,240 MB", 3) in facts
    assert not any(v == "3008 MB" for _, v, _ in facts)
    assert any(v == "15 min" and line == 5 for _, v, line in facts)  # lines below keep theirs


def test_struck_text_in_an_html_page_and_a_forum_post(tmp_path):
    ask = folder_cli(tmp_path, {
        "page.html": "<html><body><h2>SQS</h2>\n<ul>\n"
                     "<li>retention max <del>7 days</del> 14 days</li>\n</ul></body></html>\n",
        "post.txt": "[b]SNS[/b]\n[list]\n[*]SNS max subscriptions per topic "
                    "[s]10,000,000[/s] 12,500,000\n[/list]\n"})
    values = {v for _, _, v in _figures(ask)}
    assert "14 days" in values and any(v.startswith("12,500,000") for v in values)
    assert not any("7 days" in v or v.startswith("10,000,000") for v in values)


@pytest.mark.parametrize("text", [
    "- a <s>tag</s> word: max 5 items",  # a struck word, no figure: the line still reads
    "- Step Functions wait max <seconds> 1 year",  # "<seconds>" is no strike mark
])
def test_lines_with_no_struck_figure_keep_their_figure(tmp_path, text):
    ask = folder_cli(tmp_path, {"n.md": f"# Step Functions\n\n{text}\n"})
    assert _figures(ask)


# --- a count, then a size: "batch max 10 256 KB" is two numbers ------------------------------

@pytest.mark.parametrize("line", [
    "- SQS batch max 10 256 KB total",  # a count word before the lead: ten, and 256 KB
    "- max 10 256 KB per batch",  # 10,256 KB is no round figure; 256 KB is
])
def test_a_count_before_a_size_is_not_one_spaced_number(tmp_path, line):
    ask = folder_cli(tmp_path, {"sqs.md": f"# SQS\n\n{line}\n"})
    values = {v for _, _, v in _figures(ask)}
    assert "256 KB" in values
    assert not any("10,256" in v or "10256" in v for v in values)
    assert all("10,256" not in h["value"] for h in ask("lookup", "sqs batch max size"))


@pytest.mark.parametrize(("line", "value"), [
    # a quantity's own groups make a round whole: read as one number, as before
    ("- memory max 10 240 MB", "10,240 MB"),
    ("- template body max 51 200 bytes", "51,200 bytes"),
    ("- cache TTL max 3 600 s", "3600 s"),
])
def test_a_round_spaced_number_stays_one(tmp_path, line, value):
    ask = folder_cli(tmp_path, {"n.md": f"# Lambda\n\n{line}\n"})
    assert value in {v for _, _, v in _figures(ask)}


# --- a date, a week or an exam's code is no value of a setting --------------------------------

DATED_LINES = {
    # the line names the setting and the bound; its only figures are the student's study
    "- 11 Nov (SAA-C03) this one was painful: delay queue max": "sqs delay queue max",
    "- visibility timeout max — 2024-03-02 quiz, got it wrong": "sqs visibility timeout max",
    "- batch max - SAA-C03 q14": "sqs batch max",
    "- timeout question 11 Nov (SAA-C03) this one was painful": "sqs timeout default",
    "- retention default - week 3 review": "sqs retention default",
    # a practice score (the final review found these answered: no cue of one was read)
    "- delay queue max - practice score 61%": "sqs delay queue max",
    "- visibility timeout max (got 3/10 right)": "sqs visibility timeout max",
}


@pytest.mark.parametrize("line", list(DATED_LINES))
def test_a_line_whose_only_figures_are_dates_answers_no_bound(tmp_path, line):
    ask = folder_cli(tmp_path, {"sqs.md": f"# SQS\n\n{line}\n"})
    assert ask("lookup", DATED_LINES[line]) == []
    assert not _figures(ask)


@pytest.mark.parametrize("line", [
    "- retention default: week 3 topic",  # was a default of "3 topics", then of "topic"
    "- delay default, week 2 topic",  # was a limit of "2 topics"
])
def test_a_plan_week_after_a_label_is_no_value(tmp_path, line):
    ask = folder_cli(tmp_path, {"sqs.md": f"# SQS\n\n{line}\n"})
    assert not _figures(ask)


def test_a_figure_beside_a_date_still_answers(tmp_path):
    ask = folder_cli(tmp_path, {"sqs.md": "# SQS\n\n- retention max 14 days (reviewed 2024-03-02)\n"
                                          "- delay max 15 min, SAA-C03 q14 asked it\n"})
    assert ask("lookup", "sqs retention max")[0]["value"] == "14 days"
    assert ask("lookup", "sqs delay max")[0]["value"] == "15 min"


def test_a_percentage_of_aws_is_no_practice_score(tmp_path):
    ask = folder_cli(tmp_path, {"s3.md": "# S3\n\n- durability 99.999999999% (11 nines)\n"})
    assert ask("lookup", "s3 durability")[0]["value"].startswith("99.999999999")


# --- "I thought X ..., but actually Y": the belief's figures are the student's mistake --------

@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("- I thought io2 Block Express max was 64,000 IOPS, but actually 256,000 IOPS",
     "64,000 IOPS", "256,000 IOPS"),
    ("- I thought Aurora has max 5 read replicas like RDS, but actually up to 15 replicas",
     "5 read replicas", "15 replicas"),
    # (Aurora's SLA is 99.99%: https://aws.amazon.com/legal/service-level-agreements/; the
    # line was "the SLA was 99.99%; it is 100%" under "# EBS", whose SLA is 99.99%)
    ("- I assumed the Aurora SLA was 99.9%; it is 99.99%", "99.9%", "99.99%"),
])
def test_a_figure_in_a_corrected_belief_is_no_value(tmp_path, line, wrong, right):
    ask = folder_cli(tmp_path, {"n.md": f"# EBS\n\n{line}\n"})
    values = {v for _, _, v in _figures(ask)}
    assert wrong not in values
    assert right in values


def test_a_figure_after_the_correction_keeps_its_clause(tmp_path):
    # "I thought" closes at the correction: what the line then states is the student's fact
    ask = folder_cli(tmp_path, {"n.md": "# EBS\n\n- I thought gp2 was slow. gp2 max 16,000 IOPS\n"})
    assert "16,000 IOPS" in {v for _, _, v in _figures(ask)}


# --- a later part of a line opened by another service keeps that service's figures -----------

@pytest.mark.parametrize("line", [
    "- Secrets Manager auto rotation w/ Lambda, $0.40/secret/mo; Parameter Store std = free, "
    "4KB values",
    "- Secrets Manager = auto rotation; SSM Parameter Store standard = free, 4 KB, no rotation",
])
def test_a_figure_after_a_semicolon_is_the_service_that_part_opens_with(tmp_path, line):
    ask = folder_cli(tmp_path, {"n.md": f"# Security\n\n{line}\n"})
    sized = {f["service"] for f in ask("facts") if f["kind"] == "limit" and "KB" in f["value"]}
    assert sized == {"Systems Manager Parameter Store"}


# --- a list's member named by one word under the label saying what it is ----------------------

PLACEMENT = ("- Placement groups: cluster (same rack, low latency), spread (max 7 instances per "
             "AZ), partition (up to 7 partitions per AZ)\n")


def test_a_bracketed_figure_is_the_labelled_member_s(tmp_path):
    ask = folder_cli(tmp_path, {"ec2.md": f"# EC2\n\n{PLACEMENT}"})
    by_subject = {(f["subject"], f["value"]) for f in ask("facts") if f["kind"] == "limit"}
    assert ("spread placement group", "7 instances") in by_subject
    assert ("partition placement group", "7 partitions") in by_subject
    assert ask("lookup", "spread placement group max instances")[0]["value"] == "7 instances"


def test_a_lookup_of_plain_figures_compiles_no_schedule_pattern(tmp_path):
    # lookup/dated_only reads a statement's dates with study_schedule's patterns only where
    # the statement holds a cue of one: compiling them all cost the fast path some 50 ms
    import subprocess
    import sys

    folder_cli(tmp_path, {"sqs.md": "# SQS\n\n- retention max 14 days, default 4 days\n"
                                    "- visibility timeout max — see the quiz\n"})
    code = ("import sys\nfrom studycli.entry import main\n"
            f"rc = main(['lookup', '--db', {str(tmp_path / 'notes.db')!r}, 'sqs retention max'])\n"
            "print('SCHEDULE', 'studycli.study_schedule' in sys.modules, rc)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**__import__("os").environ,
                                            "PYTHONPATH": str(REPO)})
    assert done.stdout.strip().splitlines()[-1] == "SCHEDULE False 0", done.stderr
