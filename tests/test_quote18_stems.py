"""A stem quotes a note's phrase only when it reads as English: a Polish or German note's
meaning pasted into an English stem ("... whose meaning is 'Target zwrócił złą odpowiedź'")
read as garbled. Such a code is asked by its standard meaning ("Bad Gateway"), or not at all.
Lines written for the test."""

from __future__ import annotations

import random

import pytest

from studycli.exam.scenario import scenario_stems
from studycli.extract import parse_note
from studycli.questions import FactPool, build_question, card_types_for
from studycli.questions.quotable import reads_as_english

_POLISH = ("# ALB kody błędów\n\n"
           "- 502 – Target zwrócił złą odpowiedź / zamknął połączenie\n"
           "- 504 – Target nie odpowiedział w czasie idle timeout\n"
           "- 460 – Klient zamknął połączenie zanim minął idle timeout\n")
_GERMAN = ("# ALB Fehlercodes\n\n"
           "- 502 – Ziel hat eine ungültige Antwort gesendet\n"
           "- 504 – Ziel hat nicht rechtzeitig geantwortet\n"
           "- 460 – Client hat die Verbindung geschlossen, bevor das Timeout abgelaufen ist\n")
# Hindi written in Latin letters: English nouns, Hindi verbs and postpositions between them
_HINGLISH = ("# ALB error codes\n\n"
             "- 502 Bad Gateway ALB pe = target ne galat/closed connection diya\n"
             "- 504 Gateway Timeout = target ne time pe response nahi diya\n")
_ENGLISH = "# ALB error codes\n\n- 460 – client closed the connection before the idle timeout\n"


def _stems(text: str) -> dict[str, list[str]]:
    """Each code's "which code means ...?" stems, direct and scenario, as written and vouched."""
    facts = parse_note(text, "n.md").facts
    found: dict[str, list[str]] = {}
    for as_written in (True, False):
        pool = FactPool.from_facts(facts)
        pool.as_written = as_written
        for f in facts:
            if "meaning_to_code" not in card_types_for(f):
                continue
            q = build_question(f, "meaning_to_code", pool, random.Random(1))
            if q is None:
                continue
            _, drawn, otherwise = scenario_stems(q, f, pool)
            found.setdefault(f.attribute.strip(), []).extend(
                s for s in (q.stem, drawn, otherwise) if s)
    return found


@pytest.mark.parametrize("text", [_POLISH, _GERMAN, _HINGLISH],
                         ids=["polish", "german", "hinglish"])
def test_a_stem_never_quotes_a_note_in_another_language(text):
    stems = _stems(text)
    for code, said in stems.items():
        for stem in said:
            assert reads_as_english(stem), (code, stem)
    # no standard meaning for ALB's own 460: no such question
    assert "460" not in stems


def test_an_http_code_is_asked_by_its_standard_meaning_instead():
    assert any("\u201cBad Gateway\u201d" in s for s in _stems(_POLISH)["502"])
    assert any("\u201cGateway Timeout\u201d" in s for s in _stems(_GERMAN)["504"])


def test_an_english_note_is_still_quoted():
    assert any("client closed the connection" in s.lower() for s in _stems(_ENGLISH)["460"])


def test_what_reads_as_english():
    assert reads_as_english("The target closed the connection (idle timeout)")
    assert reads_as_english("Throttling \u2013 too many requests to example.com")
    assert not reads_as_english("Target zwrócił złą odpowiedź")
    assert not reads_as_english("Ziel antwortet nicht")  # ASCII, but a German word
    assert not reads_as_english("Backend nie odpowiada")
    assert not reads_as_english("target ne galat/closed connection diya")  # Hinglish


def test_a_hinglish_meaning_is_no_option_beside_english_ones():
    # session 47 blind review: the keyed option of ALB's 502 was the note's "Bad Gateway ALB pe
    # = target ne galat/closed connection diya", the one option not in English
    facts = parse_note(_HINGLISH + "- 503 Service Unavailable = no healthy targets registered\n"
                       "- 403 Forbidden = WAF blocked the request\n", "n.md").facts
    pool = FactPool.from_facts(facts)
    bad = next(f for f in facts if f.attribute.strip() == "502")
    q = build_question(bad, "code_to_meaning", pool, random.Random(1))
    # asked by the code's standard phrase (the explanation quotes the note), or not at all
    # where that phrase would stand out beside the other options
    assert q is None or (all(reads_as_english(o) for o in q.options)
                         and q.answer_text == "Bad Gateway"), q.options
