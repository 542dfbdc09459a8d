"""Notes written as conversations (session 48, issue 10): screenplays and Socratic dialogues
("NAME: ..." lines, stage directions, scene lines), chat exports with times. A speaker's name
is no word of a fact; an answer is read with the question it answers, of its service; a guess
or an answer the next speaker corrects ("No — ...", "Close — ...") is taken back."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import first_value, lookup_values, notes_conn

SCREENPLAY = """# Storage and databases (S3, RDS, DynamoDB)

INT. KITCHEN - NIGHT

NINA: (yawning) Biggest single object in S3?
OTTO: 5 TB for one object.
NINA: And a single PUT?
OTTO: 5 GB per PUT.
NINA: How long does RDS keep automated backups at most?
OTTO: 35 days.
NINA: RDS maintenance window length?
OTTO: 30 minutes, weekly.
NINA: DynamoDB maximum item size?
OTTO: 400 KB.
NINA: Streams retention?
OTTO: 24 hours.
OTTO: (summing up, to himself) Object 5 TB, RDS backups 35 days.
"""


def _facts(text: str, name: str = "n.md"):
    return parse_note(text, name).facts


def test_no_speakers_name_or_stage_direction_is_a_word_of_a_fact():
    for f in _facts(SCREENPLAY):
        words = f"{f.subject} {f.attribute} {f.qualifier}".lower()
        if f.kind is not Kind.FACT:
            words += " " + f.value.lower()
        for said in ("nina", "otto", "yawning", "himself", "summing"):
            assert said not in words, (f.attribute, f.value)


@pytest.mark.parametrize("value, service", [
    ("400 KB", "DynamoDB"), ("24 h", "DynamoDB"), ("35 days", "RDS")])
def test_an_answer_is_of_the_service_its_question_names_not_the_headings_first(value, service):
    # the title lists three services: S3 comes first, the chat moves with its questions
    found = {f.service for f in _facts(SCREENPLAY)
             if f.kind is not Kind.FACT and f.value == value and f.line < 17}
    assert found == {service}


def test_an_answer_that_names_no_measure_is_of_what_its_question_asks():
    attributes = {f.attribute for f in _facts(SCREENPLAY) if f.value == "30 min"}
    assert attributes == {"maintenance window length"}


@pytest.fixture(scope="module")
def screenplay(tmp_path_factory):
    conn = notes_conn(tmp_path_factory.mktemp("notes"), SCREENPLAY)
    yield conn
    conn.close()


@pytest.mark.parametrize("query, value", [
    ("s3 max object size", "5 TB"),
    ("dynamodb max item size", "400 KB"),
    ("dynamodb streams retention", "24 h"),
])
def test_lookup_finds_a_dialogues_answers(screenplay, query, value):
    assert first_value(screenplay, query) == value


CORRECTED = """# Serverless revision

MIA: Lambda max timeout?
JO: 5 minutes?
MIA: No — 15 minutes.
JO: API Gateway integration timeout?
MIA: 30 seconds.
JO: Close — 29 seconds max.
JO: Can SQS keep a message for a month?
MIA: No, 14 days at most.
"""


def test_a_guess_the_next_speaker_corrects_is_taken_back():
    facts = _facts(CORRECTED)
    assert not [f for f in facts if f.line == 4]
    assert {(f.service, f.value) for f in facts if f.line == 5 and f.kind is not Kind.FACT} \
        == {("Lambda", "15 min")}


def test_an_answer_the_asker_corrects_keeps_only_the_correction():
    facts = _facts(CORRECTED)
    assert not [f for f in facts if f.line == 7]
    assert {(f.service, f.attribute, f.value) for f in facts
            if f.line == 8 and f.kind is Kind.LIMIT} \
        == {("API Gateway", "integration timeout", "29 s")}


def test_no_to_a_question_is_an_answer_not_a_correction():
    # "Can SQS keep a message for a month?" asks: its "No, 14 days" takes nothing back
    assert [f.value for f in _facts(CORRECTED) if f.line == 10 and f.kind is Kind.LIMIT] \
        == ["14 days"]


def test_lookup_answers_the_correction_never_the_corrected_figure(tmp_path):
    conn = notes_conn(tmp_path, CORRECTED)
    assert lookup_values(conn, "lambda max timeout")[:1] == ["15 min"]
    values = lookup_values(conn, "api gateway integration timeout")
    assert values[:1] == ["29 s"] and "30 s" not in values


CHAT_EXPORT = """# study group #messaging

[20:10] ana: sqs max message size?
[20:11] ben: 256 KB
[20:12] ana: and kinesis default retention?
[20:12] ben: 24 hours
[20:13] ana: ok thx
"""


def test_a_chat_exports_reply_is_read_with_the_question_it_answers():
    facts = {(f.service, f.attribute, f.value) for f in _facts(CHAT_EXPORT, "chat.txt")
             if f.kind is not Kind.FACT}
    assert ("Kinesis Data Streams", "retention period", "24 h") in facts


def test_senders_who_do_not_take_turns_are_not_kept_as_speakers():
    """One person's log talks to nobody: the sender goes, as on main."""
    from studycli.notes.normalize import normalize

    text = "# log\n\n[10:01] maria: lambda timeout 15 min\n[10:02] maria: lambda memory 10 GB\n"
    assert "maria:" not in normalize(text).text


def test_a_videos_timestamped_labels_are_kept_as_labels_not_speakers():
    """A video's timestamped labels, each once, are no people talking: they stay the line's
    own label (mendsvc48: "[28:40] IAM: max 5,000 users" lost the service it named)."""
    from studycli.notes.normalize import normalize

    text = ("# Lambda video\n\n[00:10] Lambda = serverless functions\n"
            "[00:50] timeout: 15 min max\n[02:10] memory: 128 MB to 10 GB\n")
    lines = normalize(text).text.split("\n")
    assert "timeout: 15 min max" in lines and "memory: 128 MB to 10 GB" in lines


ERRORS = """# Serverless (Lambda, API Gateway, DynamoDB)

RAY: API Gateway throttle limit?
SUE: 10,000 requests per second.
RAY: Error when throttled?
SUE: 429 Too Many Requests; 502 when Lambda returns a malformed response.
RAY: And 403?
SUE: 403 when WAF blocks the request.
RAY: DynamoDB, conditional write fails?
SUE: ConditionalCheckFailedException.
"""


def _codes(text: str) -> dict[str, tuple[str, str]]:
    return {f.attribute: (f.service, f.value) for f in _facts(text)
            if f.kind is Kind.ERROR_CODE}


@pytest.mark.parametrize("code", ["429", "403"])
def test_an_answer_naming_a_service_past_its_opening_is_of_its_questions(code):
    # "... 502 when Lambda returns ..." and "403 when WAF blocks ..." answer of API Gateway
    assert _codes(ERRORS)[code][0] == "API Gateway"


def test_an_errors_name_alone_answering_a_question_means_what_the_question_asks():
    service, meaning = _codes(ERRORS)["ConditionalCheckFailedException"]
    assert service == "DynamoDB" and "conditional write fails" in meaning.lower()


def test_a_correction_takes_back_only_the_figure_of_its_own_measure_and_bound():
    facts = _facts("# Messaging\n\nZED: SQS retention?\nAMY: default 4 days, max 7 days.\n"
                   "ZED: Nope, max 14 days.\nAMY: SNS max message size?\nZED: 256 KB.\n")
    kept = {(f.qualifier, f.value) for f in facts if f.kind is not Kind.FACT}
    assert ("default", "4 days") in kept and ("max", "14 days") in kept
    assert ("max", "7 days") not in kept


# Review of the branch (session 48): a chat's rules that fired on wording not meant for them.

MULTILINE_EXPORT = """[03/11/2026, 21:03] Max: lambda notes for tomorrow
timeout up to 15 min, default 3 sec
memory 128 MB - 10 GB
[03/11/2026, 21:05] Min: sqs
retention default 4 days
[03/11/2026, 21:06] Max: 1000 concurrent executions per region default
[03/11/2026, 21:07] Min: 256 KB message size
"""


def test_senders_of_an_export_read_as_no_chat_are_no_words_of_its_facts():
    # messages over several lines: no chat (extract/chat_speakers.py), so the names kept for
    # one ("Min: ") are taken off again; "Min" made the 256 KB a minimum message size
    facts = _facts(MULTILINE_EXPORT, "wa.txt")
    sizes = [f for f in facts if f.kind is not Kind.FACT and f.attribute == "message size"]
    assert [(f.qualifier, f.value) for f in sizes] == [("", "256 KB")]
    assert not [f for f in facts
                if f.kind is Kind.FACT and f.value.lower().startswith(("max:", "min:"))]


def test_a_bracket_after_a_speakers_name_holding_a_bound_is_no_stage_direction():
    facts = _facts("jake: sqs visibility timeout?\nme: (default) 30 sec\njake: and max?\n"
                   "me: (max) 12 hours\njake: ok\nme: (whispering) 4 days retention\n", "c.txt")
    bounds = {(f.qualifier, f.value) for f in facts if f.kind is not Kind.FACT}
    assert ("default", "30 s") in bounds and ("max", "12 h") in bounds


@pytest.mark.parametrize("text, kept", [
    # the reply says what the answer's figure was of: REST's 29 s stands beside HTTP's 30 s
    ("jake: api gateway timeout?\nme: 29 sec\njake: no, that's for REST, http is 30 sec\n"
     "me: true\n", "29 s"),
    # the reply gives its own figure a condition: 7 days by the console stands
    ("jake: what's rds backup retention?\nme: 7 days default, max 35\n"
     "jake: no, 1 day default if you use the CLI\nme: fair\n", "7 days"),
])
def test_a_reply_that_narrows_the_answer_takes_nothing_back(text, kept):
    assert kept in {f.value for f in _facts(text, "c.txt") if f.kind is not Kind.FACT}


def test_a_correction_the_corrected_speaker_rebuts_is_taken_back_not_the_answer():
    facts = _facts("# Messaging\n\nANA: SQS message retention?\nBEN: 4 days by default.\n"
                   "ANA: And visibility timeout default?\nBEN: 30 seconds.\n"
                   "ANA: Actually, I read it's 12 hours.\n"
                   "BEN: That's the max. Default is 30 seconds.\n")
    values = {(f.line, f.value) for f in facts if f.kind is not Kind.FACT}
    assert (6, "30 s") in values
    assert not [f for f in facts if f.line == 7]


def test_an_errors_name_in_a_list_under_a_question_for_several_takes_no_meaning_from_it():
    codes = _codes("# Lambda\n\n## What errors can Lambda return?\n- TooManyRequestsException\n"
                   "- ServiceException\n")
    assert not codes
