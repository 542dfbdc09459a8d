"""Session 33 (attr33): a plain-text note of titled paragraphs ("STORAGE GATEWAY" or "Trusted
Advisor:" over the lines of its paragraph, the next paragraph opening with the next title):
each title is a heading over its own paragraph. Lines written for the test, in wording the
development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.formats import as_markdown

NOTE = (
    "hybrid cheat sheet\n"
    "\n"
    "SNOW FAMILY\n"
    "snowcone holds 8 TB\n"
    "\n"
    "STORAGE GATEWAY\n"
    "File Gateway keeps files as S3 objects\n"
    "a cached volume can hold 32 TiB\n"
    "\n"
    "Trusted Advisor:\n"
    "core checks look at S3 bucket permissions\n"
    "a refresh needs 5 minutes between runs\n"
)


def _services_of(text: str, value: str) -> set[str]:
    facts = parse_note(as_markdown(text, ".txt"), "n.txt").facts
    return {f.service for f in facts if f.value == value}


def test_a_line_naming_another_service_in_passing_does_not_take_the_titles_paragraph():
    # the line above names S3 in passing: the cached volume was S3's
    assert _services_of(NOTE, "32 TiB") == {"Storage Gateway"}


def test_a_label_title_owns_its_paragraph_too():
    assert _services_of(NOTE, "5 min") == {"Trusted Advisor"}


def test_a_title_over_a_paragraph_followed_by_untitled_prose_stays_text():
    # as a heading its section would run on over prose no title opens: left as it was
    from studycli.notes.normalize import normalize

    text = ("STORAGE GATEWAY\nFile Gateway keeps files as S3 objects\n\nSNOW FAMILY\n"
            "snowcone holds 8 TB\n\nsome closing remarks about SQS retention of 4 days\n")
    assert "#" not in normalize(text).text
    assert "##### SNOW FAMILY" in normalize(text.rsplit("\n\n", 1)[0] + "\n").text


TIPS = ("LAMBDA\nmax timeout 15 minutes\nmemory up to 10240 MB\n\n"
        "Exam tips:\ndefault timeout is 3 seconds\nup to 5 layers per function\n\n"
        "SQS\nretention up to 14 days\n\n"
        "Remember:\nvisibility timeout max 12 hours\n")


def test_a_generic_label_does_not_close_the_service_section_above_it():
    # review of attr33, 4: "Exam tips:" / "Remember:" closed the service's section, and
    # "lambda default timeout" answered "exam tips", "sqs visibility timeout max" "remember"
    assert _services_of(TIPS, "3 s") == {"Lambda"}
    assert _services_of(TIPS, "12 h") == {"SQS"}


def test_a_generic_label_between_service_paragraphs_answers_the_lookup(tmp_path):
    from .helpers import ingest_text, json_out, run_here

    _, db, _ = ingest_text(tmp_path, TIPS, name="tp4.txt")
    hits = json_out(run_here("lookup", "--json", "lambda default timeout", db=db))
    assert hits and hits[0]["service"] == "Lambda" and hits[0]["value"] == "3 s"


def test_titles_over_indented_lines_are_still_read_beside_titled_paragraphs():
    # review of attr33, 5: once titled paragraphs made a heading the note was no longer plain,
    # and "LAMBDA" over indented lines was glued to them, cited at the title's line
    text = ("LAMBDA\n  max timeout 15 minutes\n  memory up to 10240 MB\n\n"
            "LIMITS\n  concurrency 1000 per region\n\n"
            "STORAGE GATEWAY\ncached volume up to 32 TiB\nfile gateway keeps files as objects\n\n"
            "TRUSTED ADVISOR\nrefresh every 5 minutes at most\n")
    facts = parse_note(as_markdown(text, ".txt"), "n.txt").facts
    timeout = [f for f in facts if f.value == "15 min"]
    assert timeout and {(f.service, f.line) for f in timeout} == {("Lambda", 2)}
    assert _services_of(text, "32 TiB") == {"Storage Gateway"}


def test_a_title_whose_service_name_has_digits_is_a_title_too():
    # review of attr33, 9: any digit kept "S3", "EC2", "ROUTE 53" from ever being titles, and
    # a line naming another service in passing took the rest of their paragraphs
    text = ("ROUTE 53\nCloudFront distributions can be alias targets.\n"
            "a record TTL defaults to 300 seconds\n\n"
            "S3\nCloudFront edges speed up Transfer Acceleration.\n"
            "a single PUT uploads at most 5 GB\n")
    assert _services_of(text, "300 s") == {"Route 53"}
    assert _services_of(text, "5 GB") == {"S3"}
