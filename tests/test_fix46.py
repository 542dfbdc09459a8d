"""Wrong answers testers found on main (session 46): a key's length read as its object's size,
one tier's figure answering for another, texting's "def" read as a default, a chat filed
under the first service it named, an exam promising more questions than it gives, and the
figure of a case whose noun a line leaves out."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from tests.helpers import first_value, lookup_values, notes_conn, parsed_quantities, run_here

# 1. "Q: max size of an S3 object key?" / "A: 1024 bytes" is the key's length ------------------

KEY_CARD = "# S3 flashcards\n\nQ: max size of an S3 object key?\nA: 1024 bytes\n"


@pytest.mark.parametrize("text", [
    KEY_CARD,
    "# S3\n\n- S3 object key max 1024 bytes\n",
    "# S3\n\n- max size of an S3 object key: 1024 bytes\n",
])
def test_a_keys_size_is_its_length_not_the_objects_size(tmp_path, text):
    facts = parsed_quantities(text)
    assert [(s, a, v) for s, _, a, _, v in facts] == [("S3", "object key length", "1,024 bytes")]
    conn = notes_conn(tmp_path, text)
    assert lookup_values(conn, "s3 max object size") == []
    assert first_value(conn, "s3 object key max length") == "1,024 bytes"


def test_a_flashcard_question_naming_a_service_with_digits_is_read_with_its_answer():
    # "S3" is a name, no number of the question's: the answer is the question's maximum
    assert [q for _, _, _, q, _ in parsed_quantities(KEY_CARD)] == ["max"]


def test_a_size_that_ends_on_no_identifier_is_the_objects(tmp_path):
    conn = notes_conn(tmp_path, "# S3\n\n- keys are names; objects up to 5 TB\n")
    assert first_value(conn, "s3 max object size") == "5 TB"


# 2. and 3. a line giving two tiers' figures: the tier asked answers ---------------------------

@pytest.mark.parametrize("line, query, value", [
    ("- Parameter Store standard 4 KB, advanced 8 KB", "parameter store advanced size", "8 KB"),
    ("- Parameter Store standard 4 KB, advanced 8 KB", "parameter store standard size", "4 KB"),
    ("- ssm param standard size = 4 KB, advanced 8 KB", "parameter store advanced size", "8 KB"),
    ("- vs Parameter Store - 4KB std / 8KB advanced", "parameter store advanced size", "8 KB"),
])
def test_each_tiers_figure_is_its_own(tmp_path, line, query, value):
    conn = notes_conn(tmp_path, f"# Secrets Manager\n\n{line}\n")
    assert first_value(conn, query) == value


def test_a_service_name_is_no_label_of_a_tier():
    facts = parsed_quantities("# notes\n\n- Parameter Store standard 4 KB, advanced 8 KB\n")
    assert {(a, v) for _, _, a, _, v in facts} == {
        ("parameter value size (standard)", "4 KB"), ("parameter value size (advanced)", "8 KB")}


@pytest.mark.parametrize("line, query, value", [
    ("CloudWatch detailed monitoring EC2 = 1 min, basic = 5 min",
     "ec2 basic monitoring interval", "5 min"),
    # (and the other tier's figure still answers for it)
    ("CloudWatch detailed monitoring EC2 = 1 min, basic = 5 min",
     "ec2 detailed monitoring interval", "1 min"),
])
def test_a_word_asked_that_labels_another_figure_is_not_this_ones(tmp_path, line, query, value):
    conn = notes_conn(tmp_path, f"# CloudWatch numbers\n\n{line}\n")
    assert first_value(conn, query) == value


def test_the_word_after_a_figure_up_to_a_slash_is_that_figures():
    facts = parsed_quantities("MONITORING\n\nEC2 metrics: 5 min basic / 1 min detailed\n")
    named = {v: a for _, _, a, _, v in facts}
    assert "basic" in named["5 min"] and "detailed" in named["1 min"]


@pytest.mark.parametrize("query, value", [
    ("cloudwatch basic monitoring period", "5 min"),
    ("cloudwatch detailed monitoring period", "1 min"),
])
def test_a_word_said_once_for_both_figures_labels_neither(tmp_path, query, value):
    # "monitoring" is said by the detailed clause only, for both cases: "basic" still asks
    # the 5 min
    line = "CloudWatch metrics: EC2 default = every 5 MIN (basic), detailed monitoring = 1 min"
    conn = notes_conn(tmp_path, f"## CloudWatch\n\n- {line}\n")
    assert first_value(conn, query) == value


# 4. texting's "def": a default only as a setting's label -----------------------------------

CHAT = """jake: for the exam do we need multi-AZ for RDS?
me: def 2 AZs for HA, standby is sync replicated
jake: ok and aurora?
me: yeah def 6 copies across 3 AZs lol
"""


def test_definitely_is_no_default():
    facts = parsed_quantities(CHAT, "chat.txt")
    assert facts and not [f for f in facts if f[3] == "default"], facts


@pytest.mark.parametrize("line, value", [
    ("- lambda timeout def 3 sec, max 15 min", "3 s"),
    ("- visibility timeout def: 30s", "30 s"),
    ("- def 30s, max 12h", "30 s"),
])
def test_def_labelling_a_settings_value_is_a_default(line, value):
    facts = parsed_quantities(f"# Lambda\n\n{line}\n")
    assert ("default", value) in {(q, v) for _, _, _, q, v in facts}, facts


# 5. a chat between study buddies moves with the services it talks about ----------------------

BUDDIES = """jake: ok quiz me on sqs
me: visibility timeout default 30 sec, max 12 hours
jake: cool. what about kinesis
me: retention 24h default, up to 365 days
jake: and retention in sqs?
me: 4 days default, up to 14 days
"""


def test_a_chat_is_filed_under_each_service_it_talks_about():
    facts = parsed_quantities(BUDDIES, "chat.txt")
    services = {v: s for s, _, _, _, v in facts}
    assert services["12 h"] == services["14 days"] == "SQS"
    assert services["24 h"] == services["365 days"] == "Kinesis Data Streams"


def test_a_reply_is_named_by_the_question_before_it():
    facts = parsed_quantities(BUDDIES, "chat.txt")
    assert {a for _, _, a, _, v in facts if v in ("4 days", "14 days")} == {"retention period"}


@pytest.mark.parametrize("text", [
    "timeout: 15 min\nmemory: 10 GB\nnote: retention 14 days\n",  # key/value lines
    "Q: max message size?\nA: 256 KB\nQ: retention?\nA: 14 days\n",  # flashcards
])
def test_labels_that_are_no_speakers_make_no_chat(text):
    from studycli.extract.chat_speakers import chat_speakers
    from studycli.notes.blocks import to_blocks

    blocks, _ = to_blocks(text, [])
    assert chat_speakers(blocks) == frozenset()


# 6. an exam shorter than asked says so before it starts --------------------------------------

def test_a_short_exam_says_how_many_questions_it_has_and_why(tmp_path):
    db = tmp_path / "s.db"
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "n.md").write_text("# Lambda\n\n- max timeout 15 min\n- memory 128 MB - 10 GB\n",
                                encoding="utf-8")
    # the console script's entry in this process (run_here): what is checked is what the exam
    # says, its first line and its note on stderr, not a process's start-up (three real
    # processes were ~0.5 s of CPU)
    assert run_here("ingest", str(notes), db=db).returncode == 0
    taken = run_here("exam", "--seed", "1", db=db, input="q\n")
    first = taken.stdout.splitlines()[0]
    assert first.startswith("Drawing up to 65 questions"), first
    drawn = run_here("exam", "--seed", "1", "--json", db=db)
    import json

    count = len(json.loads(drawn.stdout)["questions"])
    assert 0 < count < 65
    said = f"note: this exam has {count} question{'' if count == 1 else 's'}, not 65: your notes"
    assert said in taken.stderr and said in drawn.stderr
    assert set(json.loads(drawn.stdout)) == {"profile", "seed", "questions"}


# 7. "12.5M subscriptions per topic (standard), 100 for FIFO": FIFO's figure is its own ----------

SNS = "# SNS\n\n- SNS: 12.5M subscriptions per topic (standard), 100 for FIFO\n"


def test_a_count_said_again_for_another_case_is_its_own_fact():
    facts = {v: a for _, _, a, _, v in parsed_quantities(SNS)}
    assert facts["100 subscriptions"] == "subscriptions (per topic) (FIFO)"
    assert facts["12,500,000 subscriptions"] == "subscriptions (per topic)"


def test_the_case_asked_answers_with_its_figure(tmp_path):
    conn = notes_conn(tmp_path, SNS)
    assert first_value(conn, "sns fifo subscriptions per topic") == "100 subscriptions"
    assert first_value(conn, "sns subscriptions per topic") == "12,500,000 subscriptions"


def test_a_unit_after_a_bare_number_is_no_case():
    facts = parse_note("# Lambda\n\n- 5 layers per function, 250 MB unzipped\n", "n.md").facts
    assert not [f for f in facts if f.value.startswith("250 layers")]


# review of fix46 -----------------------------------------------------------------------------

CHEAT_SHEET = """Kinesis Data Streams
**Overview:** real-time streaming, data is stored so it can be REPLAYED.
**Capacity:** each shard = 1 MB/s IN, 2 MB/s OUT.
**Limits:** max data blob per record 1 MB
**Pricing:** provisioned = per shard hour.

Amazon Data Firehose (ex Kinesis Data Firehose)
**Overview:** fully managed, serverless, near real-time delivery, auto scaling, no replay.
**Destinations:** S3, Redshift, OpenSearch, Splunk.
**Buffering:** buffer size 1 MB to 128 MB, buffer interval 60 to 900 seconds.
**Pricing:** pay for the volume of data ingested, no upfront.
"""


def test_a_cheat_sheets_repeated_labels_make_no_chat():
    # unseen62: "Overview:" and "Pricing:" read as speakers moved Firehose's buffering to Auto
    # Scaling
    from studycli.extract.chat_speakers import chat_speakers
    from studycli.notes.blocks import to_blocks

    blocks, _ = to_blocks(CHEAT_SHEET, [])
    assert chat_speakers(blocks) == frozenset()
    facts = parsed_quantities(CHEAT_SHEET, "m.md")
    assert not [f for f in facts if f[0] == "Auto Scaling"], facts


def test_a_threshold_in_a_figures_clause_is_no_tiers_label():
    # unseen63: "under 60sec datapoints: kept 3hrs" gave "retention period (metric) = 60 s"
    text = "CloudWatch\n- METRIC RETENTION\n    under 60sec datapoints: kept 3hrs\n" \
           "    1min datapoints: 15 days\n"
    facts = parse_note(text, "cw.txt").facts
    assert not [f for f in facts if f.value == "60 s"], [(f.attribute, f.value) for f in facts]


@pytest.mark.parametrize("line, wrong", [
    ("CloudFormation max 60 parameters per template, 200 outputs", "200 parameters"),  # unseen64
    ("default VPC 172.31.0.0/16, default subnet /20 per AZ, IGW attached", "20 IPs"),  # unseen154
    ("AWS reserves 5 IPs per subnet (first 4 + last 1), so a /24 gives", "24 IPs"),  # unseen188
])
def test_a_bare_number_with_no_case_named_is_no_elided_count(line, wrong):
    facts = parse_note(f"# VPC\n\n- AWS reserves 5 IPs per subnet\n- {line}\n", "n.md").facts
    assert not [f for f in facts if f.value == wrong], [(f.attribute, f.value) for f in facts]


@pytest.mark.parametrize("line, value", [
    ("SQS: def 30 sec visibility timeout, max 12 hours", "SQS: default 30 sec"),
    ("Lambda: def 3s timeout, up to 15 min", "Lambda: default 3s"),
])
def test_def_after_a_services_label_is_a_default(line, value):
    from studycli.notes.text_speak import spell_out_shorthand

    assert spell_out_shorthand(line).startswith(value)
