"""Facts into questions: which card types a fact gets, and the question for each."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import TypeVar

from studycli.lazy_regex import lazy_compile
from studycli.model import Fact, Kind, card_id, stable_id
from studycli.questions import distractors, stems
from studycli.questions.askable import askable
from studycli.questions.currency import (
    MET,
    as_vouched,
    correction,
    currency_of,
    exactly,
    keyed_fact,
    line_caveat,
    says,
    stale_on_note,
    vouched,
)
from studycli.questions.model import Question
from studycli.questions.option_text import (
    clean_meaning,
    example_only,
    gives_advice,
    http_phrase,
    without_status_phrase,
)
from studycli.questions.pool import FactPool
from studycli.questions.quantities import format_quantity, format_range, format_span
from studycli.questions.quotable import reads_as_english
from studycli.questions.typical import bound_of_typical, typical_by_reference

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

OPTIONS = 4
INVOCATION_MODES = ("synchronous", "asynchronous", "event source mapping")


def card_types_for(fact: Fact) -> list[str]:
    """The card types a fact gets; a type whose stem would give its answer away is left out."""
    known = _KNOWN_TYPES.get(fact)
    return list(known if known is not None else _card_types(fact))


# Card types read back with a kept exam basis (app/exam_kept.py, keyed on the fact base, the
# code and the data): a new seed's draw then skips the askability checks (their patterns
# cost a fresh process ~60 ms on the shipped notes).
_KNOWN_TYPES: dict[Fact, tuple[str, ...]] = {}


def remember_card_types(pairs) -> None:
    """(fact, its card types) as card_types_for worked them out for the same fact before."""
    _KNOWN_TYPES.update((f, tuple(types)) for f, types in pairs)


# A pure function of the (frozen) fact, asked again by every draw of an exam and by
# build_question for each card: its leak checks compile a pattern per answer, so it is
# worked out once per fact and process.
@lru_cache(maxsize=262144)
def _card_types(fact: Fact) -> tuple[str, ...]:
    if not askable(fact):
        return ()  # its words would not make a sensible question (see questions/askable.py)
    # Only an invoker that is a service: "event source mapping" or "an activity worker"
    # named as the invoker is a parser's guess, not a service that invokes Lambda.
    if fact.kind == Kind.INVOCATION_MODE and not stems.invoker_is_service(fact):
        return ()
    if bound_of_typical(fact):
        return ()  # a typical range's end is no bound AWS sets (questions/typical.py)
    return tuple(t for t in candidate_card_types(fact)
                 if not _stem_leaks(fact, t) and _quotable(fact, t))


def _quotable(fact: Fact, card_type: str) -> bool:
    """A "which code means ...?" card quotes the note's meaning: only one that reads as
    English, or a code whose standard meaning the stem can say instead (stated_meaning)."""
    if card_type != "meaning_to_code":
        return True
    return reads_as_english(clean_meaning(fact.value)) or bool(http_phrase(fact.attribute))


def candidate_card_types(fact: Fact) -> tuple[str, ...]:
    """The card types a fact's kind and fields allow, before the askability and leak checks
    (card_types_for keeps some of them, in this order). Cheap: no pattern is searched."""
    kind = fact.kind
    if kind == _FACT:  # most of a note's facts: first, and members read once (_LIMIT...),
        return ()      # as a Kind member's attribute look-up costs ~0.4 us each
    if kind == _LIMIT:
        return ("recall", "choice") if fact.number is not None else ("recall",)
    if kind == _DEFAULT:
        return ("recall", "default") if fact.number is not None else ("recall",)
    if kind == _RANGE:
        bounded = fact.low is not None and fact.high is not None
        return ("recall", "range") if bounded else ("recall",)
    if kind == _ERROR_CODE:
        return ("code_to_meaning", "meaning_to_code") if fact.attribute.strip() else ()
    if kind == _INVOCATION_MODE:
        return ("invocation",) if fact.value.strip().lower() in INVOCATION_MODES else ()
    # kind=Kind.FACT: a plain note sentence under a heading ("serverless", "errors"). Asked as
    # "what do your notes say about <heading>?" it has no checkable answer, and the shipped
    # notes have ~800 of them: they would crowd out the limits and codes. No card.
    return ()


_FACT, _LIMIT, _DEFAULT, _RANGE, _ERROR_CODE, _INVOCATION_MODE = (
    Kind.FACT, Kind.LIMIT, Kind.DEFAULT, Kind.RANGE, Kind.ERROR_CODE, Kind.INVOCATION_MODE)


# Not cached: a range stem reads the AWS reference ($STUDYCLI_REFERENCE, typical.py), so a
# kept stem would outlive a change of reference; the repeat calls cost ~2 ms an ingest.
# (note_condition, which most stems read, is pure in the fact and is cached.)
def _stem(fact: Fact, card_type: str) -> str:
    if card_type == "code_to_meaning" or (fact.kind == Kind.ERROR_CODE and card_type == "recall"):
        return stems.code_to_meaning_stem(fact)
    if card_type == "meaning_to_code":
        return stems.meaning_to_code_stem(fact)
    if card_type == "invocation" or fact.kind == Kind.INVOCATION_MODE:
        return stems.invocation_stem(fact)
    if card_type == "range" or fact.kind == Kind.RANGE:
        return stems.range_stem(fact)
    return stems.value_stem(fact)


def _answer_of(fact: Fact, card_type: str) -> str:
    if card_type == "meaning_to_code":
        return fact.attribute
    if fact.unit == "s" and fact.number == 0 and fact.kind != Kind.RANGE:
        return format_quantity(0, "s")  # "0 seconds", not a note's "0 min" or "0 s"
    return _counted_as_asked(fact)


def _counted_as_asked(fact: Fact) -> str:
    """A count's value without the noun it counts when that is not the thing asked: "maximum
    number of shards" answered "500 nodes" (a sheet's own wording) reads as a wrong answer."""
    m = re.fullmatch(r"\s*([\d,.]+)\s+[A-Za-z]+\s*", fact.value) if fact.unit == "count" else None
    if m is None:
        return fact.value
    asked = stems.head_noun(stems.attribute_name(fact)).lower()
    if not stems.is_plural(asked, counted=True) or _counted(fact.value) == _counted(f"1 {asked}"):
        return fact.value
    return m.group(1)


def _stem_leaks(fact: Fact, card_type: str) -> bool:
    stem = _stem(fact, card_type)
    answer = _answer_of(fact, card_type)
    if stems.leaks(stem, answer):
        return True
    if card_type == "meaning_to_code" and stems.meaning_names_code(fact.value, fact.attribute):
        return True
    if card_type in ("choice", "default") and fact.number is not None:
        return stems.leaks(stem, format_quantity(fact.number, fact.unit))
    return False


def why_not_asked(fact: Fact, pool: FactPool) -> str:
    """Why an askable fact still makes no question next to the rest of the notes ("" when
    it does)."""
    if pool.underspecified(fact):
        return "its stem would also ask for another fact's value (questions/ambiguity.py)"
    from studycli.questions.ambiguity import needs_context, unnamed_alternative

    if unnamed_alternative(fact, pool.on_line(fact)):
        return ("its note line gives another value of its measure's unit the stem could not "
                "tell apart from it (questions/ambiguity.py)")

    if needs_context(fact):
        return "its measure differs by a context the fact does not name"
    if bound_of_typical(fact, pool):
        return "AWS gives its figure as typical, not as a bound (questions/typical.py)"
    if fact.kind == Kind.ERROR_CODE and not pool.as_written and gives_advice(fact.value) \
            and _reference_meaning(fact, pool) is None:
        return ("its note gives what to do about the code, not what it means, and the AWS "
                "reference states no meaning for it; --as-written drills the note's words")
    if stems.condition_contradicted(fact):
        return "its note line names the very case its stem's condition excludes"
    if stems.operation_unsaid(fact):
        return ("a default is one API operation's, and its note line does not say which of "
                "the operations its stem would name")
    sides = pool.sides(fact) if fact.kind != Kind.FACT else [fact]
    if (len(sides) > 1 and fact.unit == "count"
            and len({_counted(f.value) for f in sides} - {""}) > 1):
        # "10 messages" and "1000 batches" under one key count different things: not a
        # disagreement to show, and no value to ask (the parser gave two measures one name).
        return "its key holds counts of different things"
    cur = currency_of(fact, pool)
    if cur is not None and cur.suspect and not cur.flagged:
        return f"its number is doubtful: {cur.suspect} (reference/suspect.py)"
    if not pool.as_written and not vouched(cur, fact):
        return ("the AWS reference cannot vouch for it (studycli check); --as-written drills it "
                "as your notes say")
    if not pool.as_written and cur is not None and cur.flagged and keyed_fact(fact, cur) is None:
        return (f"the AWS docs say it is {cur.status} and its current value cannot be asked "
                "the same way (studycli check)")
    return ""


def _counted(value: str) -> str:
    """The thing a count counts: "10 messages" -> "message"; "" when the value names none."""
    m = re.search(r"\d[\d,.]*\s*([A-Za-z]+)", value)
    word = m.group(1).lower() if m else ""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _side(f: Fact) -> dict:
    return {"value": f.value, "source": f.source, "line": f.line, "snippet": f.snippet}


def _sides(fact: Fact, note: Fact, card_type: str, pool: FactPool) -> list[Fact]:
    """The values the answer gives: every note's for the same thing, else the fact's."""
    sides = pool.sides(fact) if fact.kind != Kind.FACT else [fact]
    if fact is not note:
        sides = [fact]  # the other notes' values are stale too, or agree
    if fact.kind == Kind.INVOCATION_MODE:
        # A mode no question would ask on its own is no side of a disagreement either: "S3:
        # synchronous", read off a line that lists the three modes, made "your notes disagree"
        sides = [fact] + [f for f in sides[1:] if _mode_asked(f, pool)]
    if card_type == "meaning_to_code":
        sides = [fact]  # one code is asked; its meaning is the stem, not an option
    return sides


def _mode_asked(fact: Fact, pool: FactPool) -> bool:
    """An invocation mode that could be asked on its own: a service invoking that way, and
    (unless drilled as written) vouched for by the invoker's own mode entry."""
    if not stems.invoker_is_service(fact):
        return False
    return pool.as_written or vouched(currency_of(fact, pool), fact)


def _explain_sides(q: Question, sides: list[Fact], card_type: str) -> str:
    """Answer and explanation giving every side; returns the stem's prefix."""
    # Two notes disagreeing, or one line giving two values ("1 min, then 2 min").
    disagree = len({(f.source, f.line) for f in sides}) > 1
    q.answer_text = " or ".join(
        f"{_answer_of(f, card_type)} ({f.source}:{f.line})" if disagree
        else _answer_of(f, card_type) for f in sides)
    q.explanation = ("Your notes disagree: " if disagree else "Your notes give: ") + "; ".join(
        f"{f.source}:{f.line} says {_answer_of(f, card_type)}" for f in sides) + "."
    return stems.CONFLICT_PREFIX if disagree else stems.SEVERAL_PREFIX


def build_question(fact: Fact, card_type: str, pool: FactPool,
                   rng: random.Random) -> Question | None:
    """The question for one card of `fact`; None when the fact cannot make this card.

    A choice-type card without enough plausible distractors comes back as a recall
    question (options == []), never with silly or too few options.
    """
    prep = _prepared(fact, card_type, pool)
    if prep is None:
        return None
    fact, sides, template, prefix, memo = prep
    conflicted = len(sides) > 1
    # A fresh question each time: the makers set its options, and the caller may change it.
    q = object.__new__(Question)  # dataclasses.replace, without its per-field checks
    q.__dict__.update(template.__dict__)
    q.options, q.answers, q.conflict = [], [], list(template.conflict)
    maker = _CHOICE_MAKERS.get(card_type)
    if maker is None or not maker(q, fact, sides, pool, rng, memo):
        # Recall: the stem alone, self-graded.
        q.qtype = "recall"
        q.options, q.answers, q.multi = [], [], False
        if conflicted:
            q.stem = prefix + q.stem
        return q
    if conflicted:
        q.stem = prefix + q.stem + (stems.CONFLICT_SUFFIX if q.multi else "")
    return q


_Prepared = tuple[Fact, list[Fact], Question, str, dict]


def _prepared(fact: Fact, card_type: str, pool: FactPool) -> _Prepared | None:
    """What build_question makes of a card before anything is drawn at random: the fact asked
    (the current AWS value's, where the note is out of date), its sides, the question without
    options, the stem's prefix when the notes give several values, and a dict where the
    makers keep their own seed-free work. Pure in the fact and the pool, and asked again for
    every draw of an exam: worked out once per pool (kept in it, so a pool built afresh, or
    copied with dataclasses.replace, starts empty)."""
    return _kept(pool, "_prepared", fact, (card_type,), lambda: _prepare(fact, card_type, pool))


_T = TypeVar("_T")


def _kept(pool: FactPool, name: str, fact: Fact, key: tuple, work: Callable[[], _T]) -> _T:
    """`work()`, worked out once per fact, `key` and the pool's as_written, kept in the pool's
    dict `name` (a pool built afresh, or copied with dataclasses.replace, starts empty).
    By identity, the fact held beside its entry so its id is not reused while the pool
    lives: hashing a fact's thirteen fields costs more than the lookup saves. And by
    as_written, which the checks read (_asked_fact): a pool switched to it is judged again."""
    cache = pool.__dict__.get(name)
    if cache is None:
        cache = pool.__dict__[name] = {}
    full = (id(fact), *key, pool.as_written)
    entry = cache.get(full)
    if entry is not None and entry[0] is fact:
        return entry[1]
    value = work()
    cache[full] = (fact, value)
    return value


def makes_a_question(fact: Fact, card_type: str, pool: FactPool) -> bool:
    """Whether build_question makes a question of the card (its seed-free part is not None),
    without making it: the checks of _prepare alone, not the stem, the explanation and the
    sides it goes on to write (questions/unasked.py asks this of every card after each
    ingest, and about half of the work was writing questions nobody reads there)."""
    return _asked_fact(fact, card_type, pool) is not None


def _why_not_asked_once(note: Fact, pool: FactPool) -> str:
    """why_not_asked, worked out once per fact, pool and as_written: it does not depend on
    the card type, and a fact's cards (recall and choice, recall and default) each asked it.
    Kept in the pool by the fact's identity, as _prepared keeps its work."""
    return _kept(pool, "_why_not", note, (), lambda: why_not_asked(note, pool))


def _asked_fact(fact: Fact, card_type: str, pool: FactPool) -> tuple[Fact, Fact, Any, bool] | None:
    """(the fact asked, the note's fact, its currency, whether the note's value is vouched
    current), or None where the card makes no question: each check _prepare makes before it
    writes the question, in its order."""
    if card_type not in card_types_for(fact) or _meaning_unsayable(fact, card_type, pool):
        return None
    note, cur = pool.corrections.get(fact.id, (fact, None))  # an exam pool corrects up front
    if _why_not_asked_once(note, pool):  # judged on what the note says, not on the correction
        return None
    if note is fact:
        cur = None if pool.as_written else currency_of(fact, pool)
    asked_current = note is fact and _vouched_current(fact, cur)
    if note is fact and cur is not None and cur.flagged:
        keyed = keyed_fact(fact, cur)  # the current AWS value, never the stale note's
        if keyed is None:
            return None  # why_not_asked says why
        fact = keyed
    elif note is fact and cur is not None:
        fact = exactly(fact, cur)
    return fact, note, cur, asked_current


def _prepare(fact: Fact, card_type: str, pool: FactPool) -> _Prepared | None:
    asked = _asked_fact(fact, card_type, pool)
    if asked is None:
        return None
    fact, note, cur, asked_current = asked
    sides = _sides(fact, note, card_type, pool)
    # The reference vouches for the value asked: another note's different value for the
    # same quantity is no second right answer, even where the reference could not tell it
    # wrong (a line with several numbers leaves its match in doubt). It is named instead.
    unvouched = [] if not asked_current else [
        s for s in sides[1:] if not _vouched_current(s, currency_of(s, pool))]
    sides = [s for s in sides if not any(s is u for u in unvouched)]
    conflicted = len(sides) > 1
    q = Question(
        id=stable_id("question", card_id(fact.key, card_type), fact.id),
        card_id=card_id(fact.key, card_type), fact_id=note.id, service=stems.asked_service(fact),
        kind=fact.kind, qtype=card_type, stem=_asked_stem(fact, note, cur, card_type, pool),
        answer_text=_answer_of(fact, card_type), source=fact.source, line=fact.line,
        snippet=fact.snippet, conflict=[_side(f) for f in sides[1:]],
    )
    prefix = ""
    if conflicted:
        prefix = _explain_sides(q, sides, card_type)
        q.stem = stems.shared_condition(q.stem, fact, sides)
    else:
        q.explanation = f"From your notes ({fact.source}:{fact.line}): {note_quote(fact.snippet)}"
    q.answer_text = _meaning_not_advice(q.answer_text, fact, note, card_type, pool)
    if fact is not note:
        q.answer_text = _corrected_answer(fact, note, cur, card_type)
        q.explanation = correction(note, cur)
    q.answer_text += _range_aside(fact if fact is note and not conflicted else None, cur,
                                  f"{q.answer_text} {q.stem}")
    if not conflicted:
        caveat = line_caveat(pool, note.source, note.line, {fact.id, note.id},
                             note if fact is not note else None)
        if caveat:
            q.explanation += f" {caveat}"
    q.explanation += _as_written_caveat(fact, note, pool, q.explanation)
    if unvouched and cur is not None:
        told = q.explanation.rstrip()
        q.explanation = (told + ("" if told[-1:] in ".!?…" else ".") + " "
                         + _unvouched_sides(unvouched, cur, card_type))
    memo = _stale_values(fact, note, cur)
    from studycli.questions.said_units import said_unit

    said = said_unit(note.value, note.number, note.unit) if note.unit == fact.unit else None
    if said is not None:  # "10 years": every option in years, not in days
        memo["said"] = said
    return fact, sides, q, prefix, memo


def _as_written_caveat(fact: Fact, note: Fact, pool: FactPool, explained: str) -> str:
    """--as-written keys the note's figure, but its explanation still says what the AWS docs
    give now where the reference flags it: "The message size for Amazon SQS is 256 KB." alone,
    under a figure `check` lists as outdated, taught a stale number (tester, session 47). The
    key stays the note's; only a flag of this very measure (one keyed_fact could key) is told."""
    if not pool.as_written or note is not fact:
        return ""
    cur = currency_of(fact, pool)
    if cur is None or not cur.flagged or keyed_fact(fact, cur) is None:
        return ""
    from studycli.store.currency import still_default_said

    # a note's "maximum" that is still AWS's default is said so (SNS's 256 KiB), as check says
    now = (still_default_said(cur.note_default, says(cur)) if cur.note_default
           else f"the AWS docs now give {says(cur)}")
    stop = "" if explained.rstrip()[-1:] in ".!?\u2026" else "."
    return f"{stop} Drilled as your notes say; {now} ({cur.url}, checked {cur.checked})."


def _meaning_unsayable(fact: Fact, card_type: str, pool: FactPool) -> bool:
    """"What does the code mean?" on a note whose meaning is in another language and AWS's words
    are not at hand: the note's words as the one option not in English beside English ones give
    the answer away ("Target zwrócił złą odpowiedź" for ALB's 502), and the code's HTTP phrase
    in their place ("Bad Gateway" for 502) is the trivia reviewers judged no question. ("Which
    code means ...?" says the phrase in its stem and stays; --as-written drills the note's
    words as they are.)"""
    return (card_type == "code_to_meaning" and fact.kind == Kind.ERROR_CODE
            and not pool.as_written and not reads_as_english(clean_meaning(fact.value))
            and _reference_meaning(fact, pool) is None)


def _meaning_not_advice(answer: str, fact: Fact, note: Fact, card_type: str,
                        pool: FactPool) -> str:
    """A code's meaning in AWS's words where the note gives advice in its place ("retry w/
    exponential backoff"): why_not_asked lets such a code be asked only when AWS's words exist."""
    if card_type in ("recall", "code_to_meaning") and fact.kind == Kind.ERROR_CODE \
            and gives_advice(note.value):
        return meaning_text(fact, pool)
    return answer


def _asked_stem(fact: Fact, note: Fact, cur, card_type: str, pool: FactPool) -> str:
    """The stem as the fact is vouched for; a range the AWS reference gives as typical is
    asked as one (questions/typical.py), never as a range a setting is allowed in. A code
    whose meaning is the note's own words is asked for the cause the notes give (stems.
    NOTES_CAUSE)."""
    vouched_fact = as_vouched(fact, cur)
    if card_type in ("code_to_meaning", "meaning_to_code") \
            and meaning_in_notes_words(vouched_fact, pool):
        stated = _stated(vouched_fact, card_type, pool)
        return (stems.code_to_meaning_stem(stated, notes_words=True)
                if card_type == "code_to_meaning"
                else stems.meaning_to_code_stem(stated, notes_words=True))
    stem = _stem(_stated(vouched_fact, card_type, pool), card_type)
    if (card_type == "range" or fact.kind == Kind.RANGE) and not stems.asks_typical(stem) \
            and typical_by_reference(note, pool):
        return stems.typical_stem(vouched_fact)
    return stem


def _corrected_answer(fact: Fact, note: Fact, cur, card_type: str) -> str:
    """A corrected card's answer, with what the note says beside it; alone where the note line
    says the change itself ("was 5 min, now 15 min") or gives AWS's number: its old value is no
    "your note says" beside the answer a student types."""
    answer = _answer_of(fact, card_type)
    if cur is not None and cur.flagged and not stale_on_note(note, cur):
        return answer
    today = "AWS today" if cur is not None and cur.flagged else "AWS's exact figure"
    return f"{answer} ({today}; your note says {note.value})"


def _stale_values(fact: Fact, note: Fact, cur) -> dict:
    """The value AWS had before it changed is no wrong option: the real exam's older items may
    still key it (a new user's finding: "256 KB" offered beside the keyed "1 MB"; a reviewer's:
    "0 to 5 TB" beside the keyed 0 to 50 TB)."""
    memo: dict = {}
    if fact is note or cur is None or cur.status != "outdated" or note.unit != fact.unit:
        return memo
    if note.number is not None:
        memo["stale"] = note.number
    if note.low is not None and note.high is not None:
        memo["stale_span"] = (note.low, note.high)
    return memo


def _vouched_current(fact: Fact, cur) -> bool:
    """The reference vouches for the note's own value as today's (not a corrected one)."""
    return vouched(cur, fact) and cur is not None and cur.status == "current"


def _unvouched_sides(sides: list[Fact], cur, card_type: str) -> str:
    """The other notes' values for a quantity the AWS docs state, named beside the answer."""
    said = "; ".join(f"{f.source}:{f.line} says {_answer_of(f, card_type)}" for f in sides)
    return (f"Your notes also give another value ({said}); the AWS docs give "
            f"{cur.current_value}, so check that line.")


def _range_aside(fact: Fact | None, cur, said: str) -> str:
    """" (0 means short polling)": entry_aside for a range the AWS entry vouches for as a
    range (`fact`: None for an answer that is no single note's value). A range only: a
    maximum's entry may speak of the whole range ("35 days (0 disables automated backups)"),
    which is no aside of the maximum."""
    if fact is None or cur is None or cur.status != "current" or fact.kind != Kind.RANGE \
            or cur.kind != Kind.RANGE:
        return ""
    aside = entry_aside(cur.current_value, said)
    return f" ({aside})" if aside else ""


def entry_aside(current_value: str, said: str) -> str:
    """What the AWS entry vouching for a value says of it in parentheses, when it qualifies the
    value rather than restating it in other units: "1 to 20 seconds (0 means short polling)"
    keeps "0 means short polling" beside an answer of "1–20 s", so a student who would say
    "0 to 20 seconds" learns why the note's range starts at 1. "" for "(16,384 GiB)", and for
    an aside `said` (the answer and its stem) has already."""
    m = re.search(r"\(([^()]*)\)\s*$", current_value)
    if m is None:
        return ""
    aside = m.group(1).strip()
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", aside)}
    from studycli.questions.askable import UNIT_WORDS

    if not words - UNIT_WORDS - _NUMBER_WORDS or aside.lower() in said.lower():
        return ""
    return aside


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten twelve hundred "
                          "thousand million billion".split())  # noqa: SIM905


def note_quote(snippet: str) -> str:
    """A note line as an explanation quotes it: as a reader sees it (an HTML table row's cells
    apart, not "<tr><td>Standard</td>..."), and a line a hard wrap cut off mid-sentence
    ("... Buffer size is 1 to 128 MB and") marked as cut, so a sentence after it does not
    read as its end."""
    from studycli.app_markers import without_app_markers
    from studycli.sanitize import readable

    # a task app's tags ("@review", "@done(2024-01-02)") are the app's, not the student's words
    text = " ".join(without_app_markers(readable(snippet)).split())
    if text and text[-1] not in ".!?)]\"'…:;|" and _CUT_OFF.search(text):
        text += " …"
    return text


# A line that ends on a word a sentence cannot end on: cut off by a hard wrap
_CUT_OFF = re.compile(r"\b(?:and|or|but|the|a|an|of|to|is|are|in|on|for|with|by|at|from|as|"
                      r"than|that|which|when|if|so|then|per|up|its|their|your)$", re.IGNORECASE)


def _fill(q: Question, rights: list[str], wrongs: list[str], rng: random.Random,
          shuffle: bool = True) -> bool:
    if not wrongs or len(rights) + len(wrongs) < 3:
        return False
    options = [(t, True) for t in rights] + [(t, False) for t in wrongs]
    if shuffle:
        rng.shuffle(options)
    q.options = [t for t, _ in options]
    q.answers = [i for i, (_, right) in enumerate(options) if right]
    q.multi = len(rights) > 1
    return True


def _numeric(q, fact, sides, pool, rng, memo) -> bool:
    if "numeric" not in memo:
        memo["numeric"] = _numeric_material(fact, sides, pool, memo.get("stale"))
    material = memo["numeric"]
    if material is None:
        return False
    rights, truths, candidates = material
    assert fact.number is not None  # _numeric_material: None without a number
    said = memo.get("said")
    said_rights = [] if said is None else [said.text(n) for n in dict.fromkeys(
        f.number for f in sides if f.number is not None and f.unit == fact.unit)]
    if said_rights and all(said_rights):  # each right figure a whole number of the note's unit
        # the draw in formatting's units is made all the same, from `rng`, and the note's
        # unit's from a copy of it: every later question of an exam draws what it drew before
        # (no one draw can stand for both: how much of the generator a draw uses depends on
        # what it drew, shuffles of lists of other lengths and a second pick or none;
        # tests/test_refac51_said_draw.py)
        own = random.Random()
        own.setstate(rng.getstate())
        distractors.numbers(fact.number, fact.unit, truths, pool, OPTIONS - len(rights), rng,
                            {r.lower() for r in rights}, candidates)
        rights = list(dict.fromkeys(t for t in said_rights if t))[: OPTIONS - 1]
    else:
        said, own = None, rng
    taken = {r.lower() for r in rights}
    wrong = distractors.numbers(fact.number, fact.unit, truths, pool,
                                OPTIONS - len(rights), own, taken, candidates, said=said)
    worded = option_wording(fact, pool)
    text = format_quantity if said is None else lambda n, _unit: said.text(n)
    return _fill(q, [worded(r) for r in rights], [worded(text(n, fact.unit)) for n in wrong], rng)


def option_quantity(fact: Fact, number: float, pool: FactPool | None = None) -> str:
    """`number` as an option of `fact`'s question says it ("80,000 IOPS", "2,048 characters")."""
    return option_wording(fact, pool)(format_quantity(number, fact.unit))


def option_wording(fact: Fact, pool: FactPool | None = None):
    """What a quantity's option text gets for this fact: "80,000 IOPS", not "80,000 per
    second" (the O in IOPS says per second already); "2,048 characters", not a bare "2,048",
    for a count the stem does not name (_option_noun)."""
    if fact.unit == "per_s" and _IOPS.search(fact.attribute):
        return lambda text: text.replace(" per second", " IOPS")
    noun = _option_noun(fact) or (_reference_noun(fact, pool) if pool is not None else "")
    if noun:
        one = noun[:-1] if noun.endswith("s") else noun
        return lambda text: f"{text} {one if text == '1' else noun}"
    return lambda text: text


_IOPS = lazy_compile(r"\biops\b", re.IGNORECASE)


def _option_noun(fact: Fact) -> str:
    """The noun every option of a count needs: the unit it counts in ("6,144 characters"),
    when the stem asks for something else ("the maximum policy size"); "" when the stem names
    it ("the maximum number of shards"), implies it, or the value names nothing."""
    if fact.unit != "count" or _counted_as_asked(fact) != fact.value:
        return ""
    m = re.fullmatch(r"\s*[\d,.]+\s+([A-Za-z]+)\s*", fact.value)
    if m is None or _counted(fact.value) == _counted(f"1 {stems.attribute_name(fact)}"):
        return ""
    noun = m.group(1)
    if noun.lower().rstrip("s") not in _UNIT_NOUNS:
        return ""  # "10 messages" for a batch size: the stem's measure says what it counts
    return noun if noun.endswith("s") else noun + "s"


def _reference_noun(fact: Fact, pool: FactPool) -> str:
    """_option_noun from the AWS reference's value where the note gives a bare number ("IAM
    policy size 6144"): the entry vouching for it says what is counted ("6,144 characters"),
    and "6,144" among "1,500" and "100,000" says nothing of what a policy's size is in."""
    if fact.unit != "count" or pool.as_written:
        return ""
    cur = pool.corrections.get(fact.id, (None, None))[1] or currency_of(fact, pool)
    if cur is None or cur.status not in ("current", "outdated", "wrong") or cur.unit != "count" \
            or cur.kind not in (Kind.LIMIT, Kind.DEFAULT) or not cur.current_value:
        return ""
    return _option_noun(replace(fact, value=cur.current_value.split("(")[0].strip()))


# Counts that are a measure's unit, which no stem can imply: a policy's size in characters, a
# name's length in characters or bytes (a size in bytes has its own unit already)
_UNIT_NOUNS = frozenset({"character", "char", "letter", "digit", "word", "line", "token"})


def _numeric_material(fact, sides, pool, stale: float | None = None):
    """_numeric's seed-free part: the right options, the values no wrong option may take,
    and the distractor candidates; None when the fact has no number to ask. `stale`: the
    note's outdated value, which is no wrong option either."""
    numbered = [f for f in sides if f.number is not None and f.unit == fact.unit]
    if fact.number is None or not numbered:
        return None
    from studycli.questions.ambiguity import (
        aside_sibling_values,
        narrower_values,
        sibling_values,
    )

    # A value a less specific line gives for the same measure ("retries: 3" next to
    # "max retries: 2") is true of this stem too, and so is a narrower measure's ("availability
    # SLA" for "availability"): never a wrong option.
    truths = ({f.number for f in numbered} | sibling_values(fact, pool.siblings(fact))
              | narrower_values(fact, pool.service_facts(fact.service)))
    # A value the notes give for a sibling of the asked measure, told apart only by an aside
    # ("message size (msg)" 128 KB next to "message size (frames)" 32 KB), is what a student
    # who misread the stem's "size of one frame" would pick for good reason: no wrong option.
    truths |= aside_sibling_values(fact, pool.siblings(fact))
    # A value the fact's own note line gives in the same unit ("every 30 sec by default, fast
    # option 10 sec" asked as "the interval": 10 s keyed, 30 s offered as wrong) is true of
    # something the stem may be read as: never a wrong option.
    from studycli.note_numbers import numbers_with_units

    truths |= {n for n, unit, _ in numbers_with_units(fact.snippet or "") if unit == fact.unit}
    if fact.unit == "per_s":
        # A rate of the same thing under another condition ("300/s without batching" next to
        # "3,000 messages/s with batching") reads as true when the option says only "per
        # second": never a wrong option.
        truths |= {f.number for f in pool.siblings(fact)
                   if f.unit == fact.unit and f.subject.lower() == fact.subject.lower()
                   and f.number is not None}
    cur = currency_of(fact, pool)
    if cur is not None and cur.number is not None and cur.unit == fact.unit:
        truths.add(cur.number)  # true in AWS today: never a wrong option, even --as-written
    if stale is not None:
        truths.add(stale)
    rights = [format_quantity(n, fact.unit) for n in dict.fromkeys(f.number for f in numbered)]
    rights = list(dict.fromkeys(rights))[: OPTIONS - 1]
    return rights, truths, distractors.number_candidates(fact.number, fact.unit, truths, pool,
                                                         fact.attribute)


def _range(q, fact, sides, pool, rng, memo) -> bool:
    spans = [(f.low, f.high) for f in sides
             if f.low is not None and f.high is not None and f.unit == fact.unit]
    if not spans:
        return False
    spans = list(dict.fromkeys(spans))[: OPTIONS - 1]
    if stems.asks_typical(q.stem):
        return _typical_range(q, fact, spans, pool, rng, memo)
    rights = list(dict.fromkeys(format_range(lo, hi, fact.unit) for lo, hi in spans))
    taken = {r.lower() for r in rights}
    # The range AWS had before it changed is no wrong option either (see "stale")
    truths = set(spans) | ({memo["stale_span"]} if "stale_span" in memo else set())
    if "ranges" not in memo:
        memo["ranges"] = distractors.range_candidates(spans[0], fact.unit, truths, pool,
                                                      fact.attribute)
    wrong = distractors.ranges(spans[0], fact.unit, truths, pool,
                               OPTIONS - len(rights), rng, taken, memo["ranges"])
    return _fill(q, rights, [format_range(lo, hi, fact.unit) for lo, hi in wrong], rng)


def _typical_range(q, fact, spans, pool, rng, memo) -> bool:
    """A typical range's options: the notes' typical ranges for other cases of the same
    measure ("expedited 1-5 min, standard 3-5 h, bulk 5-12 h"), else the answer scaled."""
    rights = list(dict.fromkeys(format_span(lo, hi, fact.unit) for lo, hi in spans))
    if "typical_own" not in memo:
        from studycli.questions.askable import attribute_base
        from studycli.questions.typical import typical_in_note

        base = attribute_base(fact.attribute)
        memo["typical_own"] = [
            (f.low, f.high) for f in pool.service_facts(fact.service)
            if f.kind == Kind.RANGE and f.unit == fact.unit and f.low is not None
            and f.high is not None and attribute_base(f.attribute) == base
            and typical_in_note(f)]
        from studycli.questions.typical import typical_tiers

        memo["typical_tiers"] = typical_tiers(fact.service, fact.unit, base)
    truths = set(spans) | ({memo["stale_span"]} if "stale_span" in memo else set())
    wrong = distractors.typical_ranges(spans[0], fact.unit, truths, pool, OPTIONS - len(rights),
                                       rng, {r.lower() for r in rights}, memo["typical_own"],
                                       memo["typical_tiers"])
    return _fill(q, rights, [format_span(lo, hi, fact.unit) for lo, hi in wrong], rng)


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".")


def _code_to_meaning(q, fact, sides, pool, rng, memo) -> bool:
    rights = [meaning_text(fact, pool)]
    taken = {_norm(r) for r in rights}
    if "meanings" not in memo:
        # Every wording of this code's meaning in any note is true: none may be a wrong option.
        exclude = pool.all_values(fact) | {_norm(short_meaning(v))
                                           for v in pool.all_values(fact)}
        memo["meanings"] = distractors.meaning_candidates(fact, exclude, pool)
    wrong = distractors.meanings(fact, set(), pool, OPTIONS - 1, rng, taken, memo["meanings"],
                                 text=lambda f: meaning_text(f, pool),
                                 checked=None if pool.as_written
                                 else (lambda f: _reference_meaning(f, pool) is not None))
    return _fill(q, rights, wrong, rng)


def meaning_text(fact: Fact, pool: FactPool) -> str:
    """A code's meaning as option text: the AWS reference's wording when a verified entry
    states this code's meaning (a note's "bad output returned by lambda" or "Integration_Failure
    – The gateway response for an integration failed error" read as note fragments beside
    clean options), else the note's own, shortened. The note's line stays in the explanation."""
    checked = _reference_meaning(fact, pool)
    said = fact.value
    if checked is None and not pool.as_written and not reads_as_english(clean_meaning(said)):
        # a note in another language: its words as the one option not in English beside
        # English ones give the answer away ("Target zwrócił złą odpowiedź" for ALB's 502):
        # the code's standard phrase instead, where it has one (the explanation quotes the
        # note). Never in --as-written mode, which drills the note verbatim: there the keyed
        # option is the note's own words, as the recall answer is.
        said = http_phrase(fact.attribute) or said
    return short_meaning(without_status_phrase(checked if checked is not None else said,
                                               fact.attribute))


def stated_meaning(fact: Fact, pool: FactPool) -> str:
    """A code's meaning as a stem quotes it: AWS's words when the reference states them."""
    checked = _reference_meaning(fact, pool)
    # the note's own words cleaned as an option is ("closed conn" -> "closed connection"):
    # a stem quoting its shorthand was judged garbled
    said = clean_meaning(fact.value) if checked is None else checked
    if not reads_as_english(said):
        # a note in another language: the code's standard meaning, never its words pasted
        # into an English stem (_card_types asks no such code without one)
        said = http_phrase(fact.attribute) or said
    return without_status_phrase(said, fact.attribute)


def _stated(fact: Fact, card_type: str, pool: FactPool) -> Fact:
    """The fact as its stem states it: "which code means ...?" quotes the meaning in AWS's
    words when the reference has them (a note's "Integration timeout (lambda took > 29s)"
    pasted into a stem read as a fragment, and taught 29 s as a hard limit)."""
    if card_type != "meaning_to_code":
        return fact
    return replace(fact, value=stated_meaning(fact, pool))


def meaning_in_notes_words(fact: Fact, pool: FactPool) -> bool:
    """Is the meaning a code question states the note's own words: no verified AWS wording
    of it (_reference_meaning), and no standard HTTP phrase put in place of words not in
    English? Those words say what the student wrote down, not how AWS defines the code."""
    if fact.kind != Kind.ERROR_CODE or _reference_meaning(fact, pool) is not None:
        return False
    return reads_as_english(clean_meaning(fact.value)) or not http_phrase(fact.attribute)


def _reference_meaning(fact: Fact, pool: FactPool) -> str | None:
    if pool.as_written:
        return None
    cur = currency_of(fact, pool)
    if cur is not None and cur.status in MET and cur.kind == Kind.ERROR_CODE and cur.current_value \
            and not example_only(cur.current_value, fact.attribute):
        return cur.current_value
    return None


def short_meaning(text: str, limit: int = 90) -> str:
    """A note's meaning as option text: a clean answer, cut to its first clause so options are
    comparable in length. The note's asides in parentheses ("(Dault: 29S)"), a leading symbol
    ("= Lambda proxy ..."), what follows a stray ".." ("authorizer denies.. WAF Filtered") and
    trailing punctuation stay in the explanation, which quotes the note with its file:line."""
    text = clean_meaning(text)
    if len(text) <= limit:
        return text
    for mark in (". ", "; ", " \u2013 ", " - "):
        head = text.split(mark)[0]
        if 15 <= len(head) <= limit:
            return head.rstrip(".")
    return text[: limit - 1].rstrip() + "\u2026"


def _meaning_to_code(q, fact, sides, pool, rng, memo) -> bool:
    rights = [fact.attribute.strip()]
    taken = {r.lower() for r in rights}
    if "codes" not in memo:
        # A code whose notes give this same meaning would be right too: never a wrong option.
        same_meaning = {f.attribute.strip().lower() for f in pool.errors
                        if _norm(f.value) == _norm(fact.value)}
        # A code the stem itself names ("... you get UsernameExistsException") is given away.
        named = {f.attribute.strip().lower() for f in pool.errors
                 if stems.leaks(q.stem, f.attribute.strip())}
        overlapping = distractors.overlapping_codes(rights[0], f"{q.stem} {fact.value}")
        # a code whose meaning names the asked condition in other words is right too ("which
        # code means throttled?": S3's 503 SlowDown beside the 429)
        same_condition = {f.attribute.strip().lower() for f in pool.errors
                          if distractors.same_condition(f.value, f"{q.stem} {fact.value}")}
        exclude = same_meaning | taken | named | overlapping | same_condition
        memo["codes"] = exclude, distractors.code_candidates(fact, exclude, pool)
    exclude, candidates = memo["codes"]
    wrong = distractors.codes(fact, exclude, pool, OPTIONS - 1, rng, taken, candidates)
    return _fill(q, rights, wrong, rng)


# Each mode with what it means: "Synchronous" alone would be defensible for a queue, since an
# event source mapping invokes the function synchronously once Lambda has polled the records;
# "the service calls the function and waits" is not what a polled source does.
MODE_OPTIONS = {
    "synchronous": "Synchronous: the service calls the function and waits for its response",
    "asynchronous": "Asynchronous: the service hands the event to Lambda, which queues it",
    "event source mapping": "Event source mapping: Lambda polls the source and invokes the "
                            "function with batches of records",
}


def _invocation(q, fact, sides, pool, rng, memo) -> bool:
    values = {f.value.strip().lower() for f in sides}
    q.options = [MODE_OPTIONS[m] for m in INVOCATION_MODES]
    q.answers = [i for i, m in enumerate(INVOCATION_MODES) if m in values]
    q.multi = len(q.answers) > 1
    if not q.multi:
        q.answer_text = q.options[q.answers[0]] if q.answers else q.answer_text
    return bool(q.answers)


_CHOICE_MAKERS = {
    "choice": _numeric,
    "default": _numeric,
    "range": _range,
    "code_to_meaning": _code_to_meaning,
    "meaning_to_code": _meaning_to_code,
    "invocation": _invocation,
}
