"""Notes laid out as reference pages (session 44, issue 10): a term on its own line with what
it means indented under it (a manual page's options and errors), a manual page kept as its
troff source, and a key that names its unit read by one rule in every reader."""

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.formats.definitions import term_unit, with_unit
from studycli.formats.keyvalues import key_unit
from studycli.formats.troff import rendered

MAN_PAGE = """\
SQS(1)                    AWS Study Notes                    SQS(1)

NAME
       sqs - Simple Queue Service, fully managed msg queue

DESCRIPTION
       Consumers POLL, nothing is pushed (thats SNS). Two queue types:

       Standard
              nearly unlimited TPS, at-least-once delivery.

OPTIONS
       --visibility-timeout SECONDS
              how long a received msg is hidden from other consumers.
              (default: 30; min 0; max 43200 = 12 h)

       --delay-seconds SECONDS
              delay queue, msgs invisible when first added.
              (default: 0; max 900 = 15 min)

LIMITS
       message size ............ 256 KB max (use Extended Client Lib + S3
                                 for up to 2 GB)
       queue name .............. 80 chars

ERRORS
       OverLimit
              too many in-flight msgs (hit the 120k / 20k limit)
       QueueDoesNotExist
              wrong URL or queue was deleted
"""

TROFF = r""".\" lambda notes - troff source
.TH LAMBDA 1 "2024-03-02" "aws-notes 0.3"
.SH NAME
lambda \- serverless compute
.SH OPTIONS
.TP
.BI \-\-timeout " SECONDS"
(default: 3; max 900 = 15 min)
.TP
.BI \-\-memory\-size " MB"
128 MB to 10,240 MB in 1 MB steps. (default: 128)
CPU scales w/ memory, 1 vCPU at 1,769 MB.
.SH ERRORS
.TP
.B 429 TooManyRequestsException
throttled - concurrency limit reached.
.SH SEE ALSO
.BR sqs (1),
[\fB\-\-invocation\-type\fR \fIEvent\fR]
"""


def _facts(text: str, name: str):
    suffix = name[name.rfind("."):]
    return parse_note(as_markdown(text, suffix), name).facts


def _quantities(facts) -> set[tuple]:
    return {(f.service, f.attribute, f.qualifier, f.number) for f in facts if f.number is not None}


def test_an_options_values_on_the_lines_under_it_are_of_the_option():
    # read as lines of a paragraph, "max 43200 = 12 h" was SQS's "duration" and the bare
    # "default: 30" no quantity at all
    found = _quantities(_facts(MAN_PAGE, "sqs.1.txt"))
    assert ("SQS", "visibility timeout", "default", 30) in found
    assert ("SQS", "visibility timeout", "max", 43200) in found
    assert ("SQS", "delivery delay", "default", 0) in found


def test_an_error_name_is_read_with_its_meaning_under_it():
    markdown = as_markdown(MAN_PAGE, ".txt").split("\n")
    meaning = "too many in-flight msgs (hit the 120k / 20k limit)"
    at = MAN_PAGE.split("\n").index(" " * 14 + meaning)
    assert markdown[at] == "- OverLimit: too many in-flight msgs (hit the 120k / 20k limit)"
    assert markdown[at - 1] == ""  # line for line: the term's own line is left blank


def test_a_row_wrapped_onto_the_line_under_it_is_one_row():
    facts = _facts(MAN_PAGE, "sqs.1.txt")
    row = [f for f in facts if f.number == 2 * 1024 ** 3]
    at = MAN_PAGE.split("\n").index("                                 for up to 2 GB)")
    assert row and all(f.line == at for f in row)  # the row's line, not its second
    assert all("message size" in f.snippet for f in row)


def test_a_service_named_before_a_lists_label_does_not_take_the_list():
    # "(thats SNS). Two queue types:" over the queue types: they stay SQS's
    facts = [f for f in _facts(MAN_PAGE, "sqs.1.txt") if "at-least-once" in f.value]
    assert facts and {f.service for f in facts} == {"SQS"}


def test_a_troff_source_is_read_as_the_page_it_renders():
    facts = _facts(TROFF, "lambda.1")
    found = _quantities(facts)
    # the values under ".BI \-\-memory\-size" are the memory's ("size" before), and its bare
    # "(default: 128)" is 128 MB
    assert ("Lambda", "memory", "max", 10240 * 1024 ** 2) in found
    assert ("Lambda", "memory", "default", 128 * 1024 ** 2) in found
    assert ("Lambda", "execution timeout", "default", 3) in found
    codes = {(f.attribute, f.value) for f in facts if f.kind == "error_code"}
    assert any(a == "429" and "throttled" in v for a, v in codes)
    # its requests and font escapes are no words of a note
    text = " ".join(f.snippet for f in facts)
    assert ".BI" not in text and "\\f" not in text and "\\-" not in text


def test_troff_escapes_print_their_text():
    assert rendered(r"[\fB\-\-invocation\-type\fR \fIEvent\fR]") == "[--invocation-type Event]"
    assert rendered(r"lambda \- serverless \(em compute") == "lambda - serverless — compute"


def test_a_bare_bound_takes_the_unit_its_term_names():
    assert term_unit("--visibility-timeout SECONDS") == "s"
    assert term_unit("--pending-window-in-days N") == "days"
    assert term_unit("--ephemeral-storage Size=MB") == "MB"
    assert term_unit("--max-number-of-messages N") is None
    assert term_unit("OverLimit") is None
    assert with_unit("(default: 30; min 0; max 43200 = 12 h)", "s") == \
        "(default: 30 s; min 0 s; max 43200 s = 12 h)"
    # a number with a unit or a word after it is left as written
    assert with_unit("min 60 s; max 10 per batch", "s") == "min 60 s; max 10 per batch"


def test_a_keys_unit_is_one_rule_in_settings_and_code():
    # keyvalues read "shard_write_mb_s" as "shard write mb" in seconds; code_names as MB/s
    assert key_unit("shard write mb s") == (["shard", "write"], "MB/s")
    markdown = as_markdown("kinesis:\n  shard_write_mb_s: 1\n  timeout_sec: 30\n", ".yaml")
    assert "- shard write: 1 MB/s" in markdown.split("\n")
    facts = parse_note(markdown, "limits.yaml").facts
    assert any(f.number == 1024 ** 2 and f.unit == "B/s" for f in facts)


DYNAMODB_PAGE = r""".TH DYNAMODB 1 "Nov 2023" "notes"
.SH NAME
dynamodb \- serverless NoSQL key-value db
.SH DESCRIPTION
.SS Capacity modes
.TP
.B on-demand
pay per request, no planning, ~2.5x more expensive per req.
Can switch between modes once per 24 hours.
.SH CAVEATS
PITR: continuous backups, restore any point in last 35 days.
"""

SQS_FIFO_PAGE = """\
SQS(1)                    AWS Study Notes                    SQS(1)

NAME
       sqs - Simple Queue Service

DESCRIPTION
       FIFO   exactly-once processing, strict ordering per message group.
              300 msg/s without batching.
              (high throughput mode exists but not on exam i think)

OPTIONS
       --delay-seconds SECONDS
              (default: 0; max 900 = 15 min)
"""


def test_what_a_term_says_with_no_figure_answers_no_figure_asked(tmp_path):
    # read as the entries they are, these lines are the term's ("on-demand", "FIFO"), and a
    # lookup of a figure the notes never give must still say "Not in your notes": a
    # frequency ("once per 24 hours") is no retention, and "... mode tps" asks the mode's
    # transactions a second, which a line that gives no number does not state
    from tests.helpers import lookup_top, note_db

    db = note_db(tmp_path, DYNAMODB_PAGE, "dynamodb.1")
    assert lookup_top(db, "dynamodb on demand backup retention")[0] == 1
    code, values = lookup_top(db, "dynamodb pitr restore window")
    assert code == 0 and any("35 days" in v for v in values)
    (tmp_path / "dynamodb.1").unlink()
    db.unlink()
    db = note_db(tmp_path, SQS_FIFO_PAGE, "sqs.1.txt")
    assert lookup_top(db, "sqs fifo high throughput mode tps")[0] == 1
    code, values = lookup_top(db, "sqs delay seconds default")
    assert code == 0 and "0 s" in values


def test_rows_set_with_leader_dots_are_rows_not_wrapped_prose():
    # lined up to one width by their dots, they were read as one paragraph a tool had
    # wrapped: one statement of four rows, and no size of any of them
    rows = ["concurrent executions ...... 1000 per region (soft limit)",
            "burst concurrency .......... 500-3000 depending on region",
            "deployment pkg zipped ...... 50 MB (direct upload)",
            "deployment pkg unzipped .... 250 MB (incl layers)"]
    facts = parse_note("# LAMBDA\n## LIMITS\n\n" + "\n".join(rows) + "\n", "n.md").facts
    assert {f.line for f in facts if f.kind == "fact"} == {4, 5, 6, 7}
    assert {f.number for f in facts if f.kind == "limit"} == {50 * 1024 ** 2, 250 * 1024 ** 2}
