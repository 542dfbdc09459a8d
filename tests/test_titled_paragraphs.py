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
