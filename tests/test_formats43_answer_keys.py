"""Worksheets read with their answer keys (formats/answer_keys.py): each numbered blank takes
its key's answer on its own line, matching exercises and true/false items read as the
statements their answers make; notes that only look like these shapes are read as written."""

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.formats.answer_keys import answer_keys_to_markdown

SHEET = """\
# Worksheet: SQS
1. SQS max message size = ____ (1)
2. Message retention default ____ (2), max ____ (3)
3. Visibility timeout max = ____ (4) [12 hours]

Answers (tutor): (1) 256 KB  (2) 4 days
(3) 14 days  (4) 6 hours
"""


def test_blanks_take_their_keys_answers_on_their_own_lines():
    out = as_markdown(SHEET, ".md").split("\n")
    assert out[1] == "1. SQS max message size = 256 KB"
    assert out[2] == "2. Message retention default 4 days, max 14 days"
    # the student's hand-filled guess is what the key marks: the key's answer stands
    assert out[3] == "3. Visibility timeout max = 6 hours"
    assert out[5] == out[6] == ""  # every answer is in its blank: the key says no more
    facts = parse_note(as_markdown(SHEET, ".md"), "ws.md").facts
    size = [f for f in facts if f.value == "256 KB"]
    assert size and size[0].line == 2 and size[0].service == "SQS"
    assert not [f for f in facts if f.value in ("12 hours", "12 h")]


def test_a_line_numbered_as_its_blank_and_keys_after_each_exercise():
    lines = ["(1) Basic monitoring sends metrics every ____ ; detailed every 1 minute",
             "(2) Custom metrics go down to ____ granularity",
             "key: (1) 5 minutes  (2) 1 second",
             "## Part 2",
             "- Lambda default timeout = ____ (1)",
             "answers: (1) 3 seconds"]
    out = answer_keys_to_markdown(lines)
    assert out[0] == "Basic monitoring sends metrics every 5 minutes ; detailed every 1 minute"
    assert out[1] == "Custom metrics go down to 1 second granularity"
    assert out[4] == "- Lambda default timeout = 3 seconds"  # its own key, not the first one


def test_ambiguous_numbering_reads_nothing():
    # two blanks labelled (1) above one key: which answer is whose is a guess
    lines = ["- SQS max message size = ____ (1)", "- SNS max message size = ____ (1)",
             "- Kinesis record max = ____ (2)", "Answers: (1) 256 KB (2) 1 MB"]
    assert answer_keys_to_markdown(lines) == lines
    # a key whose labels skip is not read as a sequence of answers
    skipped = ["- SQS max message size = ____ (1)", "Answers: (1) 256 KB (3) 1 MB (2) x"]
    assert answer_keys_to_markdown(skipped) == skipped


def test_matching_exercise_reads_the_pairs_its_key_makes():
    lines = ["a) EBS            1) shared file system for many linux EC2",
             "b) EFS            2) block storage for one EC2 (per AZ)",
             "",
             "key: a-2  b-1"]
    out = answer_keys_to_markdown(lines)
    assert out[0] == "- EBS: block storage for one EC2 (per AZ)"
    assert out[1] == "- EFS: shared file system for many linux EC2"
    assert out[3] == ""
    # a key that pairs a row twice leaves the exercise as written
    bad = lines[:3] + ["key: a-2  b-2"]
    assert answer_keys_to_markdown(bad) == bad


def test_true_false_items_read_as_what_their_answer_makes():
    lines = ["T/F  NACL is stateful                 -> F  (stateless!!)",
             "T/F  EC2 instance store survives a stop/start  -> F",
             "T/F  SQS FIFO supports exactly-once processing      -> T",
             "T/F  Max instances in a cluster placement group = 7   -> F (that is spread, per AZ)"]
    out = answer_keys_to_markdown(lines)
    assert out[0] == "- NACL: stateless!!"
    assert out[1] == ""  # a false statement is no fact
    assert out[2] == "- SQS FIFO supports exactly-once processing"
    assert out[3] == "- that is spread, per AZ"  # not "cluster placement group: spread"
    facts = parse_note("## EC2\n" + "\n".join(out), "tf.md").facts
    assert not [f for f in facts if f.number == 7]  # the false "= 7" is not read


def test_a_false_item_never_gives_its_false_figure_and_a_true_one_keeps_its_condition():
    lines = ["T/F  S3 max object size is 5 GB -> F (5 GB is the single PUT limit; objects go "
             "to 5 TB)",
             "T/F  SQS guarantees exactly-once delivery -> T (FIFO queues only)",
             "T/F Max instances in a cluster placement group = 7 -> F (that is spread, per AZ)"]
    out = answer_keys_to_markdown(lines)
    # the correction names the false 5 GB: said of S3, not of its max object size
    assert out[0] == "- S3: 5 GB is the single PUT limit; objects go to 5 TB"
    assert out[1] == "- SQS guarantees exactly-once delivery (FIFO queues only)"
    assert out[2] == "- that is spread, per AZ"
    facts = parse_note("## S3\n" + "\n".join(out), "tf.md").facts
    sizes = {f.number for f in facts if f.attribute == "object size"}
    assert sizes == {5 * 1024 ** 4}  # 5 TB, never the false 5 GB
    assert not [f for f in facts if f.number == 7]


def test_notes_that_merely_look_like_worksheets_are_read_as_written():
    notes = ["# SQS\n1. max message size 256 KB (1)\n2. SQS -> Lambda: polls\n"
             "Key points: (1) see the docs\n",
             "# Keys\n(1) KMS key rotation every 1 year\n(2) key deletion 7-30 days\n",
             "# Notes\n- answer: SQS -> T-shaped fan-out\n- key: a-2 means nothing here\n"]
    for note in notes:
        assert as_markdown(note, ".md") == note


def test_a_list_numbered_as_its_blanks_with_a_key_of_numbers():
    lines = ["1. SQS max message size = ______", "2. SQS retention max = ______ (see docs)",
             "", "Answers:", "1. 256 KB", "2. 14 days"]
    out = answer_keys_to_markdown(lines)
    assert out[0] == "1. SQS max message size = 256 KB"
    assert out[1] == "2. SQS retention max = 14 days (see docs)"
    assert out[3:] == ["", "", ""]
    inline = ["1. Kinesis record max = ______", "2. VPN tunnel = ______",
              "Answers: 1. 1 MB 2. 1.25 Gbps"]
    assert answer_keys_to_markdown(inline)[:2] == ["1. Kinesis record max = 1 MB",
                                                   "2. VPN tunnel = 1.25 Gbps"]
    # a number out of the key's sequence: whose answer is whose is a guess
    skipped = ["1. Kinesis record max = ______", "2. VPN tunnel = ______",
               "Answers: 1. up to 3. 2. 5"]
    assert answer_keys_to_markdown(skipped) == skipped


def test_a_hand_filled_guess_is_marked_by_the_key_not_kept_over_it():
    out = answer_keys_to_markdown([
        "- Basic monitoring period = ____ (1) [1 minute]",
        "- Detailed monitoring period = ____ (2)",
        "- Log retention default = ____ (3) [30 days]",
        "Answers: (1) 5 minutes (2) 1 minute (3) never expire"])
    assert out == ["- Basic monitoring period = 5 minutes",
                   "- Detailed monitoring period = 1 minute",
                   "- Log retention default = never expire", ""]


def test_a_key_numbering_questions_not_blanks_fills_nothing():
    lines = ["1. SQS max message size = 256 KB", "2. SQS retention max = ______",
             "3. SQS visibility timeout default = ______", "Answers:", "1. 14 days", "2. 30 s"]
    assert answer_keys_to_markdown(lines) == lines


def test_a_key_answers_its_own_section_and_picks_are_no_answers():
    lines = ["# Kinesis notes", "2. Shard read: ______ (TODO check)", "",
             "# Practice exam answers", "Answers:", "1. 2 MB/s", "2. 365 days"]
    assert answer_keys_to_markdown(lines) == lines
    quiz = ["1. The maximum size of an SQS message is ______.", "   A. 64 KB", "   B. 256 KB",
            "2. Lambda's max timeout is ______.", "   A. 5 min", "   B. 15 min",
            "Answers: 1. B 2. B"]
    assert answer_keys_to_markdown(quiz) == quiz


def test_footnote_brackets_in_a_worksheet_stay_brackets():
    out = answer_keys_to_markdown([
        "Lambda max memory is 10 GB [1]", "Lambda max timeout is 15 min [2]",
        "Lambda min memory 128 MB [citation needed]", "Lambda default timeout = ____ (1)",
        "SQS max = ____ [256 KB]", "Answers: (1) 3 s"])
    assert out[:3] == ["Lambda max memory is 10 GB [1]", "Lambda max timeout is 15 min [2]",
                       "Lambda min memory 128 MB [citation needed]"]
    assert out[3:5] == ["Lambda default timeout = 3 s", "SQS max = 256 KB"]


def test_the_gate_reads_what_the_reader_reads():
    matching = ("# Storage\na) EBS   1) shared file system\nb) EFS   2) block storage for one EC2\n"
                "Answers: a-2 b-1\n")
    out = as_markdown(matching, ".md")
    assert "- EBS: block storage for one EC2" in out and "Answers: a-2" not in out
    item = "# Lambda\n- True/False: Lambda max timeout is 5 min -> False (15 min)\n"
    out = as_markdown(item, ".md")
    assert "Lambda max timeout: 15 min" in out and "5 min ->" not in out


def test_a_chat_question_ending_in_a_tag_gives_no_fact():
    """ "And SQS max message size, 64 KB right?" asks; the reply's 256 KB answers (final_B 2)."""
    chat = ("You said:\nWhat is the SQS retention default?\nChatGPT said:\n4 days by default.\n"
            "You said:\nAnd SQS max message size, 64 KB right?\nChatGPT said:\n"
            "No, 256 KB (1 MiB since 2025).\n")
    facts = parse_note(as_markdown(chat, ".md"), "chat.md").facts
    assert not [f for f in facts if f.line == 6], [f for f in facts if f.line == 6]
    assert [f for f in facts if f.line == 8]  # the reply answers it
