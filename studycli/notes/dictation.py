"""Notes written by speech-to-text, read as the student said them.

A dictated note keeps what the recogniser heard: punctuation said as words ("max fourteen days
comma default four days period new line"), acronyms spelled letter by letter ("S Q S", "E B
S"), and service names heard as other words ("lamb duh", "red shift", "easy two", "ess three",
"I am"). Each line here is read as its sentences and names, its line count kept (a fact still
points at the student's line, and its snippet still quotes it as said):

- spoken punctuation: "comma" becomes a comma, "period" (or "full stop") ending a line a full
  stop, "new line" a sentence's end (nothing at the line's end); "period" after a word it is
  the noun of ("retention period", "grace period") stays a word;
- a run of single capitals said one by one is the acronym they spell ("S Q S" SQS, "A Zs"
  AZs);
- a service name heard as other words, where a sound-alike test says it is the name:
  the words joined are the name ("red shift", "guard duty", "X ray", "cloud H S M" after the
  letters are joined); letters said by their names before a digit spell it ("easy two" EC2,
  "ess three" S3); two words sounding as one name, their consonants the name's and its
  first syllable theirs ("lamb duh" Lambda, "cog neato" Cognito); "sequel", as SQL is said
  aloud, is SQL ("my sequel" MySQL); a drive type's letters and digit ("gp three", "io two",
  "t three micro") are written together. Joined words that are also plain English ("I am")
  are the name only where the name's words follow ("I am users", "I am roles") or the name
  stands alone in its clause ("from I am is", "comma I am comma").

Only in a note that is dictated: one saying its punctuation as words at least
DICTATED_MARKS times. A typed note that says "comma-separated" or "retention period" is read
as written, and so is one that happens to say "red shift" once.
"""

from __future__ import annotations

import re
from functools import lru_cache

DICTATED_MARKS = 3
_TITLE_WORDS = 3  # a said line of this many words or fewer may be a title
SPOKEN_NAMES = 3

# "comma" said between words (not "comma separated", "comma-delimited": a word, not a mark)
# (nor the word between written commas, "tab, comma, or pipe": the mark is written already)
_COMMA = re.compile(r"(?<![,;:])[ \t]+comma\b(?![ \t-]*(?:separated|delimited|seperated)"
                    r"|[ \t]*[,;:])[ \t]*", re.IGNORECASE)
_LINE_END_MARK = re.compile(
    r"(?:(?P<word>\w+)[ \t]+|^[ \t]*)(?:(?P<stop>period|full[ \t]+stop)(?:[ \t]+new[ \t]+line)?"
    r"|new[ \t]+line)[ \t]*$", re.IGNORECASE)
# "new line" (and "period new line") inside a line: one sentence ends, the next begins
_INNER_BREAK = re.compile(
    r"[ \t]+(?:(?:period|full[ \t]+stop)[ \t]+)?new[ \t]+line[ \t]+(?=\S)", re.IGNORECASE)
# words "period" is the noun of, at a line's end as anywhere: "the waiting period", "a free
# trial period", not a full stop
_PERIOD_NOUN_OF = frozenset({
    "retention", "grace", "waiting", "wait", "evaluation", "trial", "billing", "rotation",
    "recovery", "holding", "notice", "cooldown", "warmup", "lock", "time", "sampling",
    "commitment", "term", "contract", "reservation", "free", "minimum", "maximum", "default",
    "the", "a", "this", "that", "each", "every", "per", "one", "storage", "lookback",
    "measurement", "reporting", "aggregation", "collection", "pending", "deletion", "renewal",
    "validity", "probation", "transition", "quiet", "blackout", "freeze", "review", "same",
})
# a unit of time said in the singular before "period" makes it a length of time ("a 1 minute
# period", "a 12 month period", "a 30-day period"): the noun, not a full stop. (In the plural,
# "max fourteen days period", it is the stop said after a figure.)
_TIME_BEFORE_PERIOD = re.compile(
    r"(?:(?:milli|micro)?second|sec|minute|min|hour|hr|day|week|month|year|yr)", re.IGNORECASE)


def _noun_of_period(word: str) -> bool:
    """Whether "period" after `word` is the noun ("retention period", "1 minute period")."""
    return word.lower() in _PERIOD_NOUN_OF or _TIME_BEFORE_PERIOD.fullmatch(word) is not None


# single capitals said one by one: "S Q S", "A Zs", "T A Ms"
_SPELLED = re.compile(r"(?<![\w'’.-])[A-Z](?:[ \t][A-Z])+(?:s|'s)?(?![\w'’-])")
# ... and in small letters, as a recogniser writes a name it spells ("v p c", "i o one")
# (a plural "s" on the last letter only, "v p cs"; not the word "is" after it)
_SPELLED_LOWER = re.compile(r"(?<![\w'’.-])[a-z](?:[ \t][a-z](?![a-z])){0,3}"
                            r"[ \t](?!(?:is|as|us)\b)[a-z]s?(?![\w'’-])")
# a drive type or instance family said letter and digit apart: "gp three", "io two", "st one",
# "t three micro", "IMDS v two"
_TYPE_AND_DIGIT = re.compile(
    r"\b(gp|io|st|sc|[tmcrx]|v)[ \t]+(one|two|three|four|five|six|seven|eight|nine)\b",
    re.IGNORECASE)
_DIGITS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
           "seven": "7", "eight": "8", "nine": "9", "zero": "0", "oh": "0"}
# letters said by their names ("ess", "easy" is "E C"), as a name with a digit spells them
_LETTER_NAMES = {
    "ay": "A", "bee": "B", "see": "C", "cee": "C", "sea": "C", "dee": "D", "ee": "E",
    "eff": "F", "gee": "G", "aitch": "H", "eye": "I", "jay": "J", "kay": "K", "el": "L",
    "em": "M", "en": "N", "pee": "P", "cue": "Q", "are": "R", "ess": "S", "tee": "T",
    "you": "U", "vee": "V", "ex": "X", "why": "Y", "zee": "Z", "zed": "Z", "easy": "EC",
    # ... or written as the letters alone, in small letters ("e c two" EC2: not "e c2")
    **{c: c.upper() for c in "bcdefghjklmnpqrstuvwxyz"},
}
# (not in a path said aloud: "aws slash s three" is the key alias aws/s3, as number_words reads it)
_SAID_LETTERS = re.compile(
    r"(?<!slash )\b((?:(?:" + "|".join(_LETTER_NAMES) + r")[ \t]+){1,3})"
    r"(one|two|three|four|five|six|seven|eight|nine|fifty[ \t]+three)\b", re.IGNORECASE)
# SQL as it is said aloud
_SEQUEL = re.compile(r"\bsequel\b", re.IGNORECASE)
# a whole word of letters ("15k" and "29s" are figures, not words)
_WORD = re.compile(r"(?<![\w$.])[A-Za-z]+(?![\w])")
_VOWELS = re.compile(r"[aeiouyhw]")
_REPEATS = re.compile(r"(.)\1+")
# the shortest consonant skeleton a sound-alike is trusted with ("lmbd" Lambda; "rr" Aurora
# is any two words with two r's)
_MIN_SKELETON = 4


def dictated(text: str) -> bool:
    """Whether a note says its punctuation aloud: DICTATED_MARKS "comma"s between words, or
    lines ended by a spoken "period" or "new line". (Each mark's word found by str.find, in
    C: a pattern tried at every position of a note cost a second over the development notes.)"""
    low = text.lower()
    marks = 0
    for mark in ("comma", "period", "new line", "full stop"):
        at = low.find(mark)
        while at >= 0:
            end = at + len(mark)
            marks += _said_mark(low, at, end, mark == "comma")
            if marks >= DICTATED_MARKS:
                return True
            at = low.find(mark, end)
    return False


def _said_mark(low: str, at: int, end: int, comma: bool) -> bool:
    """Whether the word from `at` to `end` in `low` is punctuation said aloud: a "comma" after
    a space and before no word it is part of ("comma separated"); a "period" or "new line" at
    a line's end, after no word it is the noun of ("retention period")."""
    if at == 0 or low[at - 1] not in " \t" or end < len(low) and (low[end].isalnum()
                                                                  or low[end] == "_"):
        return False
    if comma:
        return not _COMMA_WORD.match(low, end) \
            and low[max(0, at - 8):at].rstrip(" \t")[-1:] not in (",", ";", ":")
    if not _LINE_ENDS.match(low, end):
        return False
    before = _WORD_BEFORE.search(low, max(0, at - 40), at)
    return before is None or not _noun_of_period(before.group(1))


_COMMA_WORD = re.compile(r"[ \t-]*(?:separated|delimited|seperated)|[ \t]*[,;:]")
_LINE_ENDS = re.compile(r"[ \t]*(?:\r?\n|$)")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def read_dictation(text: str) -> str:
    """`text` (a whole note) with its spoken punctuation, spelled acronyms and misheard
    service names written as meant, when the note is dictated (or, for the names, reads as
    speech: spoken_names); `text` itself otherwise."""
    punctuation = dictated(text)
    if not punctuation and not _spoken_names(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # lines as split_lines cuts them
    return "\n".join(_read_line(line, punctuation) for line in text.split("\n"))


def _spoken_names(text: str) -> bool:
    """Whether a note that says no punctuation aloud still reads as speech to text: it writes
    SPOKEN_NAMES names as only a recogniser writes them (a student typing writes "KMS",
    "CloudTrail", "Lambda"): spelled letter by letter ("v p c", "i a m", "K M S", "S T S"), or
    some of them heard as two words ("cloud trail", "lamb da": names_heard_apart), these of
    two names at least. (Found from two letters after a space: a pattern with no literal to
    open it was tried at every letter of a note.)"""
    spelled: list[str] = []
    for opening, pattern, spells in ((_TWO_LETTERS, _SPELLED_LOWER, _spells_lower_name),
                                     (_TWO_CAPITALS, _SPELLED, _spells_name)):
        for m in opening.finditer(text):
            run = pattern.match(text, m.start() + 1)
            if run is not None and spells(run.group()):
                spelled.append(_squashed(run.group()))
                if len(spelled) >= SPOKEN_NAMES:
                    return True
    heard = names_heard_apart(text, SPOKEN_NAMES - len(spelled), set(spelled))
    return len(spelled) + len(heard) >= SPOKEN_NAMES


def names_heard_apart(text: str, enough: int, named: set[str] | None = None) -> list[str]:
    """The names (up to `enough` of them, of two names at least with those `named` already)
    `text` writes as two words said one after the other, as a recogniser hears a one-word
    name: "cloud trail" CloudTrail, "lamb da" Lambda, "guard duty" GuardDuty, "easy two" EC2
    (a letter's name and a digit). One name written so again and again is a typist's habit
    (a Go file's comments saying "cloud trail" three times), so two names at least: a
    recogniser mishears many. Not a name whose own alias is two words ("cloud watch",
    "secrets manager": a student types those too), nor a plain word joined to another ("a
    lb"). And only with one sign no typist leaves (`named` given, spelled letter by letter,
    or a name heard apart as only a recogniser writes it: _recogniser_only): "code deploy",
    "cloud trail", "sub net" are written so by typists too, and a typed note saying four of
    them had been read as speech, each of its wrapped lines ended as a sentence. (Words split by
    str.split, looked up in a table of the names' openings: a pattern over every word pair
    cost ten times the rest of this test over the development notes.)"""
    names, openings = _names(), _name_openings()
    aliases = _aliases()
    heard: list[str] = []
    distinct = set(named or ())
    recognised = bool(named)  # a sign no typist leaves
    for line in text.lower().split("\n"):
        words = line.split()
        for first, second in zip(words, words[1:], strict=False):
            if first in _LETTER_NAMES and second in _DIGITS:
                said = (_LETTER_NAMES[first] + _DIGITS[second]).lower()  # "easy two" EC2
                if said not in names:
                    continue
            elif first in openings and second.isalpha() and second not in _PLAIN_WORDS:
                said = first + second
                name = names.get(said)
                if name is None or f"{first} {second}" in aliases or second in aliases \
                        or re.split(r"[^a-z0-9]+", name.lower()) == [first, second]:
                    continue  # "api gateway", "on demand": the name as it is written
            else:
                continue
            heard.append(said)
            distinct.add(said)
            recognised = recognised or _recogniser_only(first, second)
            if len(heard) >= enough and len(distinct) >= 2 and recognised:
                return heard
    return heard if len(distinct) >= 2 and recognised else []


def _recogniser_only(first: str, second: str) -> bool:
    """Whether a name heard as the words `first` and `second` is written so only by a
    recogniser: a letter's name and a digit ("easy two", "s three"), or a word of two
    letters or fewer, a syllable cut off ("lamb da"). Two longer words ("cloud trail",
    "code deploy", "web socket") are a typist's habit as well."""
    return second in _DIGITS or min(len(first), len(second)) <= 2


@lru_cache(maxsize=1)
def _name_openings() -> frozenset[str]:
    """The first letters of each name of _names, two or more and short of the whole name, that
    are a word of their own and no plain word ("cloud" of "cloudtrail", "lamb" of "lambda")."""
    return frozenset(key[:i] for key in _names() for i in range(2, len(key))
                     if key[:i].isalpha() and key[:i] not in _PLAIN_WORDS
                     and key[:i] not in _aliases())


def _spells_lower_name(said: str) -> bool:
    return _spelled_lower(said) != said


_TWO_LETTERS = re.compile(r"[ \t\n(\"][a-z][ \t][a-z](?![a-z])")
_TWO_CAPITALS = re.compile(r"[ \t\n(\"][A-Z][ \t][A-Z](?![a-z])")


def _spells_name(said: str) -> bool:
    """Whether capitals said one by one ("K M S", "A L Bs") spell a service's or subject's
    name whole, three letters or more (two, "A Z", are too often a pair of options)."""
    letters = said.replace(" ", "").replace("\t", "").rstrip("s'")
    return len(letters) >= 3 and _said_name(said.removesuffix("'s")) is not None


def _period_is_noun(m: re.Match[str]) -> bool:
    word = m.group("word")
    return bool(m.group("stop")) and word is not None and _noun_of_period(word)


def _read_line(line: str, punctuation: bool = True) -> str:
    if not line.strip():
        return line
    if punctuation:
        end = _LINE_END_MARK.search(line)
        if end and not _period_is_noun(end):
            word = end.group("word") or ""
            line = line[:end.start()] + word + ("." if end.group("stop") else "")
        line = _INNER_BREAK.sub(". ", line)
        line = _COMMA.sub(", ", line)
    line = _SPELLED.sub(_spelled_out, line)
    line = _SPELLED_LOWER.sub(lambda m: _spelled_lower(m.group()), line)
    line = _SAID_LETTERS.sub(_letters_and_digit, line)
    line = _TYPE_AND_DIGIT.sub(lambda m: m.group(1) + _DIGITS[m.group(2).lower()], line)
    line = _SEQUEL.sub("SQL", line)
    line = _heard_names(line)
    # each line one utterance: a recogniser never wraps one over two lines, so a line
    # ending on "can" or "the" is no sentence going on below (a title, "Lambda", stays);
    # so too in a note read as speech by its names alone, which says no punctuation
    # (its lines had been one wrapped paragraph: "ok S N S now ..." went on about SQS)
    if line[-1:].isalnum() and len(line.split()) > _TITLE_WORDS:
        line += "."
    return line


def _spelled_lower(said: str) -> str:
    """Small letters said one by one as the name they spell, after an article said before
    them ("a v p c" is a VPC); as said where they spell none."""
    name = _said_name(said)
    if name is None and said[:1] in ("a", "i") and said[1:2] in (" ", "\t"):
        rest = _said_name(said[2:])
        return said[:2] + rest if rest is not None else said
    return said if name is None else name


def _said_name(said: str) -> str | None:
    """Small letters said one by one, joined, where they spell a name ("v p c" VPC, "v p cs"
    VPCs, "i o" io); None where they spell none ("a b c")."""
    joined = said.replace(" ", "").replace("\t", "")
    letters = joined[:-1] if len(joined) > 2 and joined.endswith("s") \
        and joined[:-1].lower() in _names() else joined  # "v p cs": VPCs
    if letters.lower() not in _names():
        return None
    return letters.upper() + joined[len(letters):] if len(letters) > 2 else letters


def _spelled_out(m: re.Match[str]) -> str:
    """Single capitals said one by one, joined: "S Q S" SQS. Two names said in one breath
    ("E F S I A") are cut where a name ends and another is left ("EFS IA")."""
    said = m.group()
    joined = said.replace(" ", "").replace("\t", "")
    letters = joined.rstrip("s'")
    names = _names()
    if letters.lower() in names:
        return joined
    for cut in range(len(letters) - 2, 1, -1):
        if letters[:cut].lower() in names:
            return letters[:cut] + " " + joined[cut:]
    if said == said.rstrip("s'") and _in_alphabet_order(letters):
        return said  # "the answer is A B or C": a quiz's options, no acronym
    return joined


def _in_alphabet_order(letters: str) -> bool:
    """Whether each letter is the one after the letter before it ("AB", "BCD"), as a quiz's
    options are said and no acronym that names nothing is spelled."""
    return all(ord(b) == ord(a) + 1 for a, b in zip(letters, letters[1:], strict=False))


def _letters_and_digit(m: re.Match[str]) -> str:
    """ "easy two" as EC2, "ess three" as S3: the letters named and the digit, where they spell
    a service's name; the words as said otherwise."""
    letters = "".join(_LETTER_NAMES[w.lower()] for w in m.group(1).split())
    number = m.group(2).lower().split()
    digit = "53" if number == ["fifty", "three"] else _DIGITS[number[0]]
    name = _names().get((letters + digit).lower())
    return name if name else m.group()


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Each service's and subject's alias by its letters and digits alone ("redshift",
    "xray", "route53"), the shortest alias kept for each."""
    from studycli.services import catalog

    found: dict[str, str] = {}
    c = catalog()
    for alias in [*c.service_aliases, *c.subject_aliases]:
        key = _squashed(alias)
        if len(key) >= 2 and (key not in found or len(alias) < len(found[key])):
            found[key] = alias
    # a service's own name as AWS writes it where it is the alias ("Lambda", "GuardDuty")
    found.update({key: name for name in set(c.service_aliases.values())
                  if (key := _squashed(name)) in found})
    return found


def _squashed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@lru_cache(maxsize=1)
def _aliases() -> frozenset[str]:
    """Every service's and subject's alias as written ("secrets manager"): words that already
    say a name are left as they are."""
    from studycli.services import catalog

    c = catalog()
    return frozenset([*c.service_aliases, *c.subject_aliases])


@lru_cache(maxsize=1)
def _skeletons() -> dict[str, str]:
    """One-word service names by their consonant skeleton ("lmbd" Lambda), where no two
    names share one."""
    from studycli.services import catalog

    found: dict[str, set[str]] = {}
    for alias in catalog().service_aliases:
        if alias.isalpha() and len(alias) >= 5:
            found.setdefault(_skeleton(alias), set()).add(alias)
    return {k: next(iter(v)) for k, v in found.items()
            if len(v) == 1 and len(k) >= _MIN_SKELETON}


def _skeleton(word: str) -> str:
    """A word's consonants as heard: its first letter, then its consonants but h, w and y,
    doubles said once ("lambduh" and "lambda": "lmbd")."""
    low = word.lower()
    return _REPEATS.sub(r"\1", low[:1] + _VOWELS.sub("", low[1:]))


# words that follow "I am" in a sentence about oneself: there it is no name
_PLAIN_WORDS = frozenset({"i", "am", "a", "an", "is", "it", "in", "on", "to", "so", "no", "as",
                          "at", "be", "we", "me", "my", "or", "and", "the", "of", "for"})


def _heard_names(line: str) -> str:
    """`line` with two or three words that a sound-alike test reads as a service's name
    written as that name."""
    words = list(_WORD.finditer(line))
    if len(words) < 2:
        return line
    out: list[str] = []
    done = 0
    i = 0
    while i < len(words):
        hit = _name_at(line, words, i)
        if hit is None:
            i += 1
            continue
        name, used = hit
        out += (line[done:words[i].start()], name)
        done = words[i + used - 1].end()
        i += used
    return "".join(out) + line[done:] if out else line


def _name_at(line: str, words: list[re.Match[str]], i: int) -> tuple[str, int] | None:
    """The name the words from `i` are heard as, and how many words it takes."""
    names = _names()
    for used in (3, 2):
        if i + used > len(words):
            continue
        span = words[i:i + used]
        if any(line[a.end():b.start()] not in (" ", "\t")
               for a, b in zip(span, span[1:], strict=False)):
            continue  # only words said one after another
        said = [w.group() for w in span]
        key = "".join(said).lower()
        if " ".join(said).lower() in _aliases() or any(w.lower() in _aliases() for w in said):
            continue  # words that say a name already ("API gateway", "lambda functions")
        plain = [w.lower() in _PLAIN_WORDS or len(w) < 2 for w in said]
        if any(plain) and not all(plain):
            continue  # "a LB", "a SG": an article before an acronym
        name = names.get(key) if len(key) >= 3 else None
        if name is not None:
            if re.split(r"[^a-z0-9]+", name.lower()) == [w.lower() for w in said]:
                continue  # "on demand" is "on-demand" as it stands
            if all(plain) and not _named_here(line, words, i + used, name):
                continue  # "I am not sure" is the student speaking
            return name, used
        if used == 2 and said[0].isalpha() and said[1].isalpha() \
                and said[0].lower() not in _PLAIN_WORDS and said[1].lower() not in _PLAIN_WORDS:
            alike = _skeletons().get(_skeleton(key))
            # the first syllable heard as the name's ("lamb" of "lambda"), not two words
            # that happen to share its consonants
            if alike is not None and alike.lower().startswith(said[0].lower()[:3]) \
                    and len(said[0]) >= 3 and _edits(key, alike.lower()) <= min(2, len(key) // 3):
                return names.get(_squashed(alike), alike), used
    return None


def _edits(a: str, b: str) -> int:
    """The edit distance between `a` and `b`: a sound-alike is heard close to its name
    ("lambduh" two from "lambda"; "opensource" four from "opensearch", another word)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _named_here(line: str, words: list[re.Match[str]], after: int, name: str) -> bool:
    """Whether joined words that are also plain English ("I am") stand as the name: its
    clause ends after them, or "is" or one of the name's own words follows them."""
    rest = line[words[after - 1].end():].lstrip(" \t")
    if not rest or rest[0] in ",.;:)":
        return True
    nxt = words[after].group().lower() if after < len(words) else ""
    return nxt in ("is", "are", "has", "gives", "returns") or _plural_noun(nxt) \
        or nxt.rstrip("s") in _vocabulary(name)


def _plural_noun(word: str) -> bool:
    """Whether `word` reads as a plural noun ("users", "roles", "policies"), which no
    sentence about oneself puts after "I am" ("always", "nervous" and "its" are none)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and word not in ("always", "perhaps", "across", "unless", "sometimes", "yes")


@lru_cache(maxsize=64)
def _vocabulary(name: str) -> frozenset[str]:
    """The words of the subjects the service `name` names, singular ("users", "roles" and
    "policies" of IAM)."""
    from studycli.services import catalog, subjects_of

    service = catalog().service_aliases.get(name.lower(), name)
    words: set[str] = set()
    for subject in subjects_of(service):
        for w in re.findall(r"[a-z]+", subject.lower()):
            words.add(w.rstrip("s"))
            if w.endswith("ies"):
                words.add(w[:-3] + "y")
    return frozenset(words)
