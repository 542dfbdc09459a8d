"""Session 52 (answerable52): lookups that abstained although the notes state the answer.

- a speech-to-text note that spells service names in capitals letter by letter ("K M S",
  "S T S", "R D S") and says no punctuation aloud was read as typed: the spelled name was no
  name, so its line was filed under the note's heading's service (KMS's encrypt limit under
  IAM) and "kms encrypt max size" abstained. Three such names make a note read as speech
  (notes/dictation._spoken_names), as three spelled in small letters already did; a typed
  note writes "KMS", and two capitals alone ("A Z", a quiz's "A B") count for nothing.
- in a note of glyph bullets ("•"), a short line set apart by a rule above it ("-----" after a
  blank line) and a blank line below is a title, as one after a blank line was: a saved
  thread's "API Gateway in 8 posts" after a rule was text, and its posts ("2/8 payload max
  10 MB") stayed under the Lambda thread's heading above (notes/normalize._set_apart_above).
  A rule straight under text is its underline: the line below it is no title.
- a marking scheme's question ends on the marks it is worth ("...? [1 mark]", "...? ..... [1]")
  and its answer opens "Model answer:" ("Model ans:"): lookup/journal.py read neither, so
  the question line ranked first and, saying no value, was refused, and the answer under it
  said none of the words asked. Now the question gives way to its marked answer, as a
  journal's "Q5. ...?" over "-> ..." does; a question answered on its own line after its "?"
  ("Q17. ALB idle timeout? 60 s") still answers itself, and marks are no answer.
- "result" and "response" are related to "returns" (data/lookup_synonyms.json): notes say
  what a call returns ("Query/Scan returns max 1 MB per call"), students ask its result's
  or response's size.
- the "length" of a span of time is a duration where a bound or a default is typed between
  them ("assume role session default length"), as where none is ("session length"): it
  asked characters, and "1 hour" was refused as a figure of another kind.

Review of the branch:
- a question with its marks and no answer under it ("(a) Which queue type ...? [1 mark]")
  was shown as the answer: only a value ending on its "?" said nothing
  (lookup/answer._says_nothing, lookup/lines.py); now one ending on its marks says nothing
  either (journal.ends_asking).
- "[15m]", "[5m]" after a question are the student's answer in minutes, not marks: the
  marks are "[1]", "[1 mark]", "(2 marks)", "[3 pts]" (question_bound.MARKS).
- the model answer to "(b) Default retention period? [1 mark]" answered "sqs min
  retention" with the default's 4 days: the parser's and lookup's reading of the bound a
  question asks (question_bound.asked_bound) stopped at a "?" that ends the line, and a
  question's answer was held to its bound only for a default asked
  (answer.answers_other_bound).
- "responses" is related to "returns" as "response" is; and "4 days" in the value
  asked of the default is also the tail of "14 days": the value must open with it.
"""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.notes.dictation import read_dictation
from studycli.notes.normalize import normalize
from tests.helpers import note_db

# a voice memo with no punctuation said aloud, its names spelled in capitals
CAPITALS_SPELLED = """security voice memos, IAM stuff

memo one, walking to the bus
I A M users, you get five thousand per account max
K M S, the encrypt call only takes up to four KB of plaintext, bigger means envelope encryption
S T S assume role sessions default to one hour, max twelve hours on the role
"""


@pytest.fixture(scope="module")
def memo_db(tmp_path_factory):
    return note_db(tmp_path_factory.mktemp("memo"), CAPITALS_SPELLED, name="memo.txt")


@pytest.mark.parametrize(("query", "service", "value"), [
    ("kms encrypt max size", "KMS", "4 KB"),
    ("sts assume role default session duration", "STS", "1 h"),
])
def test_a_line_naming_its_service_in_spelled_capitals_answers_for_it(memo_db, query, service,
                                                                       value):
    out = CliRunner().invoke(app, ["lookup", query, "--json", "--db", str(memo_db)])
    assert out.exit_code == 0, out.output
    first = json.loads(out.output)[0]
    assert (first["service"], first["value"]) == (service, value)


def test_spelled_capitals_are_joined_only_where_three_names_are_spelled():
    assert "KMS, the encrypt call" in read_dictation(CAPITALS_SPELLED)
    # one spelled name is no sign of speech: a typed note is read as written
    typed = "# Security\n\nK M S keys rotate yearly\nA B or C, pick one\nS Q S is pull based\n"
    assert read_dictation(typed) == typed
    # two capitals ("A Z", "E C") spell no name of three letters: no sign either
    pairs = "answer A B\nthen C D\none A Z\nE C too\nK M S once\n"
    assert read_dictation(pairs) == pairs


# a saved thread: glyph bullets, posts set apart by blank lines, a second thread ruled off
RULED_THREADS = """Lambda limits thread (saved)

memory 128 MB up to 10,240 MB

invocation types
 \u2022 sync: API GW, ALB, SDK invoke
 \u2022 async: S3, SNS, EventBridge
 \u2022 polled: SQS, Kinesis, DynamoDB Streams

timeout max 15 min

-----------------------------------------------
API Gateway in a few posts

1/4 integration timeout 29 sec for REST APIs
2/4 payload max 10 MB
3/4 cache TTL default 300 sec
"""


@pytest.fixture(scope="module")
def threads_db(tmp_path_factory):
    return note_db(tmp_path_factory.mktemp("threads"), RULED_THREADS, name="threads.txt")


@pytest.mark.parametrize(("query", "service", "value"), [
    ("api gateway payload max", "API Gateway", "10 MB"),
    ("apigw cache ttl default", "API Gateway", "300 s"),
    ("lambda timeout max", "Lambda", "15 min"),
])
def test_a_title_ruled_off_from_the_section_above_opens_its_own(threads_db, query, service,
                                                                 value):
    out = CliRunner().invoke(app, ["lookup", query, "--json", "--db", str(threads_db)])
    assert out.exit_code == 0, out.output
    first = json.loads(out.output)[0]
    assert (first["service"], first["value"]) == (service, value)


def test_a_rule_under_text_is_its_underline_not_a_title_above_the_next_line():
    ruled = normalize(RULED_THREADS).text.split("\n")
    assert "## API Gateway in a few posts" in ruled
    underlined = RULED_THREADS.replace("timeout max 15 min\n\n---", "timeout max 15 min\n---")
    assert not any(line.endswith("# API Gateway in a few posts")
                   for line in normalize(underlined).text.split("\n"))


MARKING_SCHEME = """# Messaging quiz — marking scheme

(b) Default message retention period for an SQS queue? [1 mark]
- Model answer: 4 days — Accept: 96 hours. Do not accept: 7 days.

(c) Maximum retention period you can configure on an SQS queue? [1 mark]
- Model answer: 14 days — Accept: two weeks. Do not accept: 30 days.

M1  EC2 basic monitoring metric frequency? ............................ [1]
    Model ans: every 5 minutes (basic monitoring, free)   Accept: 300 s
"""


@pytest.fixture(scope="module")
def scheme_db(tmp_path_factory):
    return note_db(tmp_path_factory.mktemp("scheme"), MARKING_SCHEME, name="scheme.md")


@pytest.mark.parametrize(("query", "said"), [
    ("sqs max message retention", "14 days"),
    ("sqs default retention period", "4 days"),
    ("ec2 basic monitoring frequency", "5 minutes"),
])
def test_a_marking_schemes_model_answer_answers_its_question(scheme_db, query, said):
    out = CliRunner().invoke(app, ["lookup", query, "--json", "--db", str(scheme_db)])
    assert out.exit_code == 0, out.output
    first = json.loads(out.output)[0]
    # the model answer opens the value ("4 days" is also the tail of "14 days"), its mark
    # shown or not
    assert re.sub(r"^Model ans(?:wer)?:\s*(?:every\s+)?", "", first["value"]).startswith(said), \
        first


@pytest.mark.parametrize("query", ["sqs min retention", "sqs minimum message retention period"])
def test_a_model_answer_to_the_default_asked_is_no_minimum(scheme_db, query):
    # "4 days" answers "(b) Default message retention period ...? [1 mark]": SQS keeps a
    # message 60 s at least, and no line of the scheme says so
    out = CliRunner().invoke(app, ["lookup", query, "--json", "--db", str(scheme_db)])
    assert out.exit_code == 1 and json.loads(out.output) == [], out.output


def test_the_bound_a_question_asks_is_read_past_its_marks():
    from studycli.question_bound import asked_bound

    for asked, bound in (("(b) Default retention period for an SQS queue? [1 mark]", "default"),
                         ("(e) Longest visibility timeout? ........ [1]", "max"),
                         ("(d) Minimum retention period? (2 marks)", "min")):
        assert asked_bound((asked,), "Model answer: 4 days") == bound, asked


BRACKETED_ANSWERS = """# Lambda quiz

Q1. Lambda max timeout? [15m]
Q2. EC2 basic monitoring period? [5m]
"""


@pytest.mark.parametrize(("query", "said"), [("lambda max timeout", "15m"),
                                             ("ec2 basic monitoring period", "5m")])
def test_a_bracketed_answer_in_minutes_is_no_marks(tmp_path, query, said):
    db = note_db(tmp_path, BRACKETED_ANSWERS, name="quiz.md")
    out = CliRunner().invoke(app, ["lookup", query, "--json", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert said in json.loads(out.output)[0]["snippet"]


# an exam paper's questions, their marks after them and no answer given: nothing answers
UNANSWERED_PAPER = """# Messaging exam paper

(a) Which SQS queue type keeps strict message ordering? [1 mark]

(b) Which service fans out one message to many subscribers? (2 marks)
"""


@pytest.fixture(scope="module")
def paper_db(tmp_path_factory):
    return note_db(tmp_path_factory.mktemp("paper"), UNANSWERED_PAPER, name="paper.md")


@pytest.mark.parametrize("query", ["sqs queue type strict ordering",
                                   "which service fans out messages to subscribers"])
def test_a_question_with_its_marks_and_no_answer_is_no_answer(paper_db, query):
    out = CliRunner().invoke(app, ["lookup", query, "--json", "--db", str(paper_db)])
    assert out.exit_code == 1 and json.loads(out.output) == [], out.output  # abstains


def test_marks_after_a_question_are_no_answer_but_an_answer_after_it_is():
    from studycli.lookup.journal import QUESTION, answers_itself

    for asked in ("(c) Maximum retention period? [1 mark]", "M1  EC2 metric frequency? ... [1]",
                  "**D1a** Max item size? (2 marks)"):
        assert QUESTION.search(asked) and not answers_itself(asked), asked
    assert answers_itself("Q17. ALB idle timeout? 60 s")
    # "[5m]" after a question is its answer in minutes, not 5 marks
    assert answers_itself("Q3. EC2 basic monitoring period? [5m]")
    assert not QUESTION.search("Max item size [1 mark]")  # no question asked


RETURNS = """# DynamoDB

- Query/Scan returns max 1 MB per call, then paginate with LastEvaluatedKey
- item max 400 KB
- BatchWriteItem 25 items
"""


@pytest.fixture(scope="module")
def returns_db(tmp_path_factory):
    return note_db(tmp_path_factory.mktemp("returns"), RETURNS, name="ddb.md")


@pytest.mark.parametrize("query", ["dynamodb query result size max",
                                   "dynamodb query results size max",
                                   "dynamodb query response size max",
                                   "dynamodb query responses size max"])
def test_what_a_call_returns_answers_its_result_or_response(returns_db, query):
    out = CliRunner().invoke(app, ["lookup", query, "--json", "--db", str(returns_db)])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)[0]["value"] == "1 MB"


SESSIONS = """# STS

- AssumeRole session: default 1 hour, max 12 hours (role max session duration setting)
- GetSessionToken: 15 min to 36 h
"""


@pytest.fixture(scope="module")
def sessions_db(tmp_path_factory):
    return note_db(tmp_path_factory.mktemp("sessions"), SESSIONS, name="sts.md")


@pytest.mark.parametrize("query", ["assume role session default length",
                                   "assumerole session max length"])
def test_a_sessions_length_with_a_bound_typed_between_is_a_duration(sessions_db, query):
    out = CliRunner().invoke(app, ["lookup", query, "--json", "--db", str(sessions_db)])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)[0]["unit"] == "s"
