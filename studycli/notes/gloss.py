"""A note in another language, read in the English the parser understands.

The parser's words are English ("max", "up to", "default", "retention period") and its
numbers are written as English writes them ("15,000", "0.5"). A note in German, French,
Chinese ... says "bis zu 72 %", "15.000 $", "0,5 ACU", "默认 30 天": this rewrites the text the
parser reads (never the snippet, which stays the student's own line) with the vocabulary of
studycli/languages.py:

- the languages a note is written in are told by their function words (MIN_MARKERS different
  ones); only their glossaries and number formats apply, so an English note is never
  rewritten ("Standard" stays a storage class, "1,2" a list);
- numbers: comma decimals ("0,5" -> "0.5") and dot thousands ("15.000" -> "15000") in a
  language that writes them, space thousands ("15 000") in one that writes those;
- units written with a stop ("12 Std.", "60 Sek.") and French bytes ("400 Ko", "64 To");
- Chinese, Japanese and Korean: full-width digits and punctuation, "~"/"〜" between numbers
  (or two figures of one unit, "128MB ~ 3008MB") as a range, counter words after a number
  ("50 条 rules") left out, glossary terms (padded with spaces, since these scripts write
  none), and years under 1000 ("3年" -> "3 years"; "2023年" is a year);
- "max." and "min." before a number lose the stop ("max. 35 jours") in a note in another
  language (in English the stop ends a sentence as often).

Every rewrite stays on its line: line N of the output is line N of the note.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from studycli.languages import CJK, ENGLISH_MARKERS, LANGUAGES, LOANWORDS, MIN_MARKERS
from studycli.languages_concepts import concept_letters, unit_first_letters
from studycli.languages_families import FAMILIES
from studycli.languages_indic import CLOCK_AFTER, CLOCK_NOT_BEFORE
from studycli.languages_indic import LETTERS as _INDIC_LETTERS
from studycli.languages_scripts import (
    AFTER_FIGURE,
    BETWEEN_FIGURES,
    COUNTING_WORDS,
    PUNCTUATION,
    SCRIPTS,
)
from studycli.match_key import table_entry as _entry
from studycli.notes.any_script import read_any_script
from studycli.notes.bound_words import may_hold_bound_words, read_bound_words
from studycli.notes.case_blind import lowered
from studycli.notes.note_words import DETECT_CHARS as _DETECT_CHARS
from studycli.notes.note_words import WORD as _WORD
from studycli.notes.note_words import counted_words
from studycli.notes.sister_languages import family_own_words, table_of
from studycli.notes.terse_language import reading_of
from studycli.notes.unaccented import typed_plain, unaccented, with_plain_spellings
from studycli.notes.word_parts import WORD, read_word, reads_words
from studycli.regex_trie import trie_pattern

_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_FULL_WIDTH = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "．": ".", "，": ", ",
     "；": "; ", "：": ": ", "（": " (", "）": ") ", "。": ". ", "、": ", ", "＄": "$",
     "／": "/", "＋": "+", "－": "-"})
# Every pattern opens on what it consumes first (a digit, a letter of a short list): one that
# opens on a look-behind is tried at every character of the note, five times slower.
_CJK_RANGE = re.compile(r"(\d)[ \t]*[~〜～][ \t]*(?=\d)")
# and between two figures of one unit ("128MB ~ 3008MB", "1MB〜128MB"); "1 ACU ~ 2 GB" (two
# units) says what one is worth, and stays as written
_CJK_UNIT_RANGE = re.compile(
    r"(\d)[ \t]*([A-Za-z]{1,4})[ \t]*[~〜～][ \t]*(?=\d[\d,.]*[ \t]*\2(?![A-Za-z]))")
# a number glued to the word before it is no quantity to the readers ("は3 years" ...) unless
# that word is a date's ("2023年3月", "3月5日")
_CJK_BEFORE_DIGIT = re.compile(r"([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?=\d)")
_DATE_WORDS = frozenset("年月日第号號")
# what follows a number and bounds it: "4 KB まで" (up to), "5 分以内" (within), "1 个月以上"
_CJK_AFTER = re.compile(r"([0-9A-Za-z%])[ \t]*(まで|以下|以内|이하|이내|以上|이상)")
_CJK_AFTER_WORDS = {"まで": " max ", "以下": " or less ", "以内": " or less ", "이하": " or less ",
                    "이내": " or less ", "以上": " or more ", "이상": " or more "}
# a counter word between a number and what it counts says nothing more: "50 条 inbound rules"
# counts rules, "5 个 VPC" VPCs, "3つ" three (not "个月", "個小時", "개월": those are units)
_CJK_COUNTER = re.compile(r"(\d)[ \t]*(?:个|個|条|條|台|つ|개|件|项|項)(?![月小星時时월])")
_CJK_YEARS = re.compile(r"(\d(?<![\d.,]\d)\d{0,2}(?:\.\d+)?)[ \t]*(?:年|년)(?!\d)")
_STOP_BOUND = re.compile(r"([Mm](?:ax|in|AX|IN))\.(?=[ \t]*\d)")
_COMPOUNDING = {"de", "nl"}  # languages that join nouns into one word, a hyphen between
# a number and a unit word after it (the range's second number, and the word closing it)
_NUMBER_AND_UNIT = re.compile(r"\d[\d.,]*[ \t]*([^\W\d_]{1,12}(?:/[^\W\d_]{1,6})?)?"
                              r"(?:[ \t]+([^\W\d_]+))?")
# (a capital "Std"/"Sek" without its stop too: "120,000 std" in English is a Standard queue)
_GERMAN_STOPS = re.compile(r"(\d[ \t]?)(?:(Std|Sek)\.?(?![^\W\d_])|(Min|Mio|Mrd)\.)")
_GERMAN_STOP_WORDS = {"Std": "h", "Sek": "s", "Min": "min", "Mio": "million",
                      "Mrd": "billion"}
_FRENCH_BYTES = re.compile(r"(\d[ \t]?)([KMGTP])o(?![A-Za-z])")
_FRENCH_YEAR = re.compile(r"(\d[ \t]+)an(?![\w'’])")
_OCTETS = re.compile(r"(\d[ \t]?)[Oo]ctets?\b")
# "0,5" and "0,00099" are decimals, and "0,023" too (a number is never grouped in thousands
# after a 0); "15,000" with three digits after another number is thousands as in English
_COMMA_DECIMAL = re.compile(r"(\d(?<![\d.,]\d)\d*),(\d{1,2}|\d{4,}|(?<=(?<![\d.,])0,)\d{3})"
                            r"(?!\d|,\d)")
_DOT_THOUSANDS = re.compile(r"\d(?<![\w.,]\d)\d{0,2}(?:\.\d{3})+(?!\d|[.,]\d)")
# (never a number glued to a word, "EC2 500", nor one after a name: "Route 53 500 zones")
_SPACE_THOUSANDS = re.compile(r"\d(?<![\w.,]\d)\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)")
_NARROW_THOUSANDS = re.compile(r"\d(?<![\w.,]\d)\d{0,2}(?:[\u00a0\u202f]\d{3})+(?!\d|[.,]\d)")
_NAME_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]*[ \t]$")
_GAPS = re.compile(r"[ \t\u00a0\u202f]+")
# a case ending after an apostrophe (Turkish "1.000'e", "IOPS'a", "Archive'da"), not an
# English contraction ("don't", "it's", "we're", "I'll", "I've", "I'd", "I'm")
_APOSTROPHE_SUFFIX = re.compile(r"(?<=[\w%])['’]([^\W\d_]{1,5})(?![\w'’])")
# Turkish "X'dan Y'a": from X to Y (the ablative, then the dative: 'a 'e 'ya 'ye 'na 'ne)
_FROM_TO = re.compile(r"([\w-]+)['’](?:dan|den|tan|ten|ndan|nden)[ \t]+"
                      r"([\w-]+)['’](?:a|e|ya|ye|na|ne)(?![\w'’])")
def _plural_noun(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2] not in "aeiou" else noun + "s"


# Azerbaijani (and Uzbek, Turkmen) case endings a hyphen joins to a figure, a unit or a name
# ("75%-ə qədər" is up to 75 %, "S3-ə", "2000-də"): the dative, locative and ablative; after a
# figure and its unit, the ablative before another figure opens a range ("5 Gbps-dən 45 Gbps")
_HYPHEN_CASE = re.compile(r"(?<=[\w%])-(?:ə|a|yə|ya|nə|na|də|da|tə|ta|dən|dan|tən|tan|ndə|nda"
                          r"|ndən|ndan|gacha|ga|da|dagi|ni|ning)(?![\w-])")
# (the dative and its "up to" closing the range are the range's end: "5 Gbps-dən 45 Gbps-ə
# qədər" is 5 to 45 Gbps, no bound of its own)
_HYPHEN_FROM = re.compile(r"(\d[\d.,]*%?(?:[ \t]*[^\W\d_]{1,6})?)-(?:dən|dan|tən|tan)[ \t]+"
                          r"(\d[\d.,]*%?(?:[ \t]*[^\W\d_]{1,6})?)"
                          r"(?:-(?:ə|a|yə|ya|nə|na)(?:[ \t]+(?:qədər|gacha|çenli))?(?![\w-]))?")


_CONTRACTIONS = frozenset(("t", "s", "re", "ll", "ve", "d", "m"))
# an English plural in lower case, then its count, in a language whose words end in a vowel
# and whose numbers follow their noun (Swahili "hadi records 8 healthy"): never a number that
# a unit, another figure or a range follows ("bytes 10 KB", "ports 1024-65535")
# The English word is a plural noun of LOANWORDS or _COUNTED, never any word ending in "s":
# "Aurora supports 15 read replicas", "takes 25 items" are verbs the count follows.
_COUNTED = ("connections", "executions", "transactions", "addresses", "ips", "entries",
            "attempts", "retries", "characters", "rows", "columns", "resources", "versions",
            "attributes", "indexes", "alarms", "dimensions", "metrics", "workers", "tasks",
            "jobs", "steps", "states", "paths", "routes", "zones", "vpcs", "hosts")
_NOUN_THEN_COUNT = re.compile(
    r"(?<![\w-])(" + "|".join(sorted({_plural_noun(n) for n in LOANWORDS} | set(_COUNTED),
                                     key=lambda w: (-len(w), w)))
    + r")[ \t]+(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,%/–-]|[ \t]*(?:[KMGTP]i?B|"
    r"[kmgt]b\b|ms\b|s\b|sec|min|h\b|hr|hour|day|week|month|year|rps|tps|[GM]bps|%|-|–|\d))",
    re.IGNORECASE)
# a case ending after a colon (Finnish "SQS:n", "AZ:ssa", "45 Gbps:iin", "IP:tä"): only
# endings of that language, never a word after a colon in a key or ARN ("aws:kms")
_COLON_SUFFIX = re.compile(
    r"(?<=[\w%]):(?:n|a|ä|ta|tä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|aan|ään|"
    r"iin|een|hen|han|hin|ihin|ita|itä|ien|ja|jä|in|t|eja|ejä|issa|issä|illa|illä|ille)"
    r"(?![\w:/])")
# (in a language switched to: only after an abbreviation or a unit after a number)
_COLON_SUFFIX_SWITCHED = re.compile(r"([A-Z]|\d[ \t]*[A-Za-z]{1,5}|%)"
                                    + _COLON_SUFFIX.pattern[len(r"(?<=[\w%])"):])
_PERCENT_BEFORE = re.compile(r"(?<![\w%])%[ \t]?(\d(?:[\d.,]*\d)?)")
_LETTER = re.compile(r"[^\W\d_]")
_SCRIPT_PUNCTUATION = str.maketrans(PUNCTUATION)

def languages_of(text: str,
                 tally: tuple[list[str], Counter[str], int] | None = None) -> frozenset[str]:
    """The languages besides English `text` is written in: each whose MIN_MARKERS different
    function words it writes, written at least half as often as English function words (an
    English note writes "per", "con", "Los Angeles" among hundreds of "the"). Of two close
    languages sharing markers (Spanish and Portuguese "para", "entre", "cada", "está"), only
    the one with more different markers: Portuguese "fila" (queue) is Spanish for a row.
    `tally`: counted_words(text), where the caller has counted them already."""
    words, counts, english = tally or counted_words(text)
    # a marker typed without its accents ("sie" for "się") is the marker (notes/unaccented.py)
    plain = Counter(unaccented(w) for w in words) if not text.isascii() else counts
    found: dict[str, tuple[int, int]] = {}
    # Only the markers the note writes are looked up (a set intersection walks the smaller
    # side): a short note writes a few dozen words, where every language's ~500 markers
    # looked up one by one were a tenth of its parse.
    for code, (as_typed, unaccented_typed) in _MARKER_LOOKUPS.items():
        said = written = 0
        for counted, markers in ((counts, as_typed), (plain, unaccented_typed)):
            for w in markers.keys() & counted.keys():
                said += markers[w]
                written += markers[w] * counted[w]
        if said >= MIN_MARKERS and 2 * written >= english:
            found[code] = (said, written)
    return frozenset(code for code in found if not any(
        found[other] > found[code] and _MARKER_SETS[code] & _MARKER_SETS[other]
        for other in found if other != code))


_MARKER_SETS = {code: frozenset(lang["MARKERS"]) for code, lang in LANGUAGES.items()}  # type: ignore[call-overload]
# each marker with its unaccented spelling, where it has one of its own (notes/unaccented.py)
_MARKER_TYPED = {code: tuple((w, typed_plain(w)) for w in lang["MARKERS"])  # type: ignore[attr-defined]
                 for code, lang in LANGUAGES.items()}
# languages_of's lookups, per language: the markers looked up as written, and those looked up
# by their unaccented spelling, each with how many of the language's markers it stands for
_MARKER_LOOKUPS = {code: (Counter(w for w, typed in pairs if not typed),
                          Counter(typed for _w, typed in pairs if typed))
                   for code, pairs in _MARKER_TYPED.items()}


def _languages_switched_to(text: str, langs: frozenset[str]) -> frozenset[str]:
    """The languages besides `langs` that a note in `langs` (or in English) switches to for
    a line or a phrase, too few of their function words for languages_of ("15 perc", "max
    6 óra" in a Romanian note, "enimmäiskoko 5 TB" in a Hungarian one): each of which it
    writes a word no other language's tables hold, with a letter beyond ASCII ("perc" alone
    is English "perc"): one in a note already in another language (its writer writes
    several), MIN_SWITCHED in an English note (one is a word quoted). Their words and units
    are read, not their number formats, which the note's own language says."""
    head = text[:_DETECT_CHARS]
    words = set() if head.isascii() else {
        w.lower() for w in _WORD.findall(head) if not w.isascii()}
    least = 1 if langs else MIN_SWITCHED
    found = frozenset(code for code, own in _exclusive_words().items()
                      if code not in langs and len(words & own) >= least) if words else frozenset()
    phrases = _exclusive_phrases()
    said = {m.group(0) for m in phrases[0].finditer(lowered(head) or head.lower())} - {""}
    return found | {phrases[1][p] for p in said if phrases[1][p] not in langs}


MIN_SWITCHED = 2


def gloss(text: str) -> str:
    """`text` (a whole note) with its other languages read in English (see the module)."""
    text = read_any_script(text)  # "٣٠٠", "३००", "๓๐๐", "෧෦" are 300 and 10; no RTL marks
    read, counted = text, counted_words(text)
    langs = languages_of(text, counted)
    if _CJK_CHAR.search(text[:_DETECT_CHARS]):
        text = _gloss_cjk(text)
    if not text.isascii():  # (an English note is not scanned for the scripts)
        for at, (letters, _table) in enumerate(SCRIPTS):  # Arabic, Hebrew, Thai, Indic
            if re.search(f"[{letters}]", text[:_DETECT_CHARS]):
                text = _gloss_script(text, at)
    # a language switched to first: its phrases are read before the note's language reads
    # their words ("30 segundos por defecto" in a Portuguese note is no "per defecto")
    for code in sorted(_languages_switched_to(text, langs)):
        text = _gloss_language(text, code, numbers=False)
    # a note of a family: the words its languages share ("màxim", "verstek 7 dae", "30 gün"),
    # and, in a language no table holds, its closest sister's (notes/sister_languages.py)
    if text != read:  # (the scripts and languages read above changed its words: recounted)
        counted = counted_words(text)
    # (and a cram sheet of nouns, units and bounds, too few function words to be told
    # "metrik setiap 5 minit", told by its table's words: notes/terse_language.py)
    langs, family, sister = reading_of(counted[1], counted[2], langs, text)
    # (counted in the whole note, it tells whether the tables of notes/bound_words.py, read
    # below, may find a word in it: most notes write none, and are not read for them)
    bound = len(text) > _DETECT_CHARS or may_hold_bound_words(counted[1].keys())
    if family is not None:  # (its number formats only where the note's languages write
        # decimals and thousands as the family does: a German or Turkish note's "Ports 80 443"
        # is two ports, never a family's space-grouped 80443)
        text = _gloss_language(text, family, numbers=all(
            LANGUAGES[code].get(fmt) == table_of(family).get(fmt)
            for code in langs for fmt in ("comma_decimals", "space_thousands")))
    if sister is not None:
        text = _gloss_language(text, sister, numbers=False)
    for code in sorted(langs):
        text = _gloss_language(text, code)
    # the bounds and defaults of languages no table or family holds ("uchafswm 12 awr")
    if bound:
        text = read_bound_words(text)
    if langs or family is not None:
        # "max. 35 jours", "min. 60 Sek.": the abbreviation's stop (in English notes the stop
        # ends a sentence as often: "/28 min. 5 VPCs per region")
        text = _STOP_BOUND.sub(
            lambda m: m.group(1) if _word_starts(text, m.start()) else m.group(0), text)
    return text


def _bare(m: re.Match) -> str:
    return m.group(0) if m.group(1).lower() in _CONTRACTIONS else ""


def _word_starts(text: str, at: int) -> bool:
    return at == 0 or not _LETTER.match(text, at - 1)


def _gloss_cjk(text: str) -> str:
    text = text.translate(_FULL_WIDTH)
    text = _CJK_RANGE.sub(r"\1-", text)
    text = _CJK_UNIT_RANGE.sub(r"\1\2 - ", text)
    text = _CJK_BEFORE_DIGIT.sub(
        lambda m: m.group(1) if m.group(1) in _DATE_WORDS else m.group(1) + " ", text)
    text = _CJK_COUNTER.sub(r"\1 ", text)
    text = _CJK_AFTER.sub(lambda m: m.group(1) + _CJK_AFTER_WORDS[m.group(2)], text)
    text = _CJK_YEARS.sub(lambda m: f"{m.group(1)} {'year' if m.group(1) == '1' else 'years'} ",
                          text)
    pattern, table = _cjk_pattern()
    return pattern.sub(lambda m: f" {table[m.group(0)]} ", text)


@cache
def _cjk_pattern() -> tuple[re.Pattern, dict[str, str]]:
    return re.compile(trie_pattern(CJK)), CJK


def _gloss_script(text: str, at: int) -> str:
    """`text` with SCRIPTS[at]'s words read in English (its punctuation first)."""
    text = text.translate(_SCRIPT_PUNCTUATION)
    letters, table = SCRIPTS[at]
    if _INDIC.match(letters):  # "ছাড়" typed with its nukta apart or not: one spelling
        text = unicodedata.normalize("NFC", text)
    counting, between, after = _figure_patterns(at)
    if counting is not None:  # "۵ تا VPC" is 5 VPCs, "৭টা instance" 7 instances
        text = counting.sub(lambda m: m.group(1).rstrip() + " ", text)
    if between is not None:  # "۶۰ تا ۹۰۰ ثانیه", "128 MB থেকে 10,240 MB": a range
        text = between.sub(r"\1 to ", text)
    if letters == _UNIT_FIRST:  # Sinhala "දින 7", "පැය 6ක්": 7 days, 6 hours
        text = _unit_first(at).sub(lambda m: m.group(0) if _A_YEAR.fullmatch(m.group(2))
                                   else f"{m.group(2)} {table[m.group(1)]}", text)
    for pattern in _script_patterns(at):
        text = pattern.sub(lambda m: f" {table[m.group(m.lastindex or 0)]} ", text)
    if after is not None:  # "৭২% পর্যন্ত" is up to 72 %; "1 to 7 days வரை" a range already
        # (and "128-10240 MB तक", "1 ~ 14 দিন পর্যন্ত": the bound closes a range as written)
        text = after.sub(lambda m: m.group(1) if _RANGE_BEFORE.search(text, 0, m.start(1))
                         else f"{AFTER_FIGURE[m.group(2)]} {m.group(1)}", text)
    return text


# a range's first figure (and its unit) and its dash, or the "to" BETWEEN_FIGURES wrote, right
# before a figure: that figure ends the range ("EC2 - 10 GB" is no range: a name's digits)
_RANGE_BEFORE = re.compile(rf"(?:(?<![\w.,/])\d[\d.,]*%?(?:[ \t]*(?:[^\W\d_]|[{_INDIC_LETTERS}])+)?"
                           r"[ \t]*[-–—~]|\bto)[ \t]*$")
# a figure's clock word after it (languages_indic.CLOCK_AFTER): the figure is a time of day
_CLOCK = (rf"(?![ \t]*(?:{'|'.join(sorted(CLOCK_AFTER, key=len, reverse=True))})"
          rf"(?![{_INDIC_LETTERS}])(?![ \t]*(?:{'|'.join(CLOCK_NOT_BEFORE)})))")


_INDIC = re.compile(f"[{_INDIC_LETTERS}]")
# a figure (never a name's digits, "EC2"), maybe with a percent sign or a unit word after it
# (English, or of the script: its vowel signs are no word letters to the re module)
_FIGURE = (r"(?<![\w.,/])/?\d[\d.,]*%?(?![\d.,%])" + _CLOCK.replace("{", "{{").replace("}", "}}")
           + r"(?:[ \t]*(?:[^\W\d_]|[{0}])(?:[\w/-]|[{0}]){{0,15}})?")


@cache
def _figure_patterns(at: int) -> tuple[re.Pattern | None, ...]:
    """SCRIPTS[at]'s words around figures: a counting word right after a figure, with no
    figure after it (then it is a range); a word between two figures making them a range;
    a bound after a figure and its unit (languages_indic.py). None where it writes none."""
    letters = SCRIPTS[at][0]
    own = re.compile(rf"[{letters}]+")

    def of_script(words) -> str:
        return "|".join(sorted((w for w in words if own.fullmatch(w)), key=len, reverse=True))

    figure = _FIGURE.format(letters)
    counting, between, after = (of_script(COUNTING_WORDS), of_script(BETWEEN_FIGURES),
                                of_script(AFTER_FIGURE))
    return (re.compile(rf"(\d[ \t]*)(?:{counting})(?![{letters}])(?![ \t]*\d)[ \t]*")
            if counting else None,
            re.compile(rf"({figure})[ \t]+(?:{between})(?![{letters}])[ \t]*(?=/?\d)")
            if between else None,
            re.compile(rf"({figure})[ \t]+({after})(?![{letters}])") if after else None)


@cache
def _script_patterns(at: int) -> tuple[re.Pattern, ...]:
    """A phrase of more than three letters anywhere in a word (the article and prepositions
    are joined to it; Thai writes no space), a shorter one ("كل", "עד") only as a word of its
    own (one ending in a tatweel, "للـ", is a prefix: anywhere). A longer bare unit word only
    right after a figure or as a word of its own: inside a word it is often another word
    ("الثانية" is "the second" of an attempt as well as "the seconds")."""
    letters, table = SCRIPTS[at]
    beside_figure = letters in _BESIDE_FIGURE_ONLY
    short = {k: v for k, v in table.items() if len(k) <= 3 and not k.endswith("ـ")
             and not (beside_figure and v in _SCRIPT_UNITS)}
    units = {k: v for k, v in table.items() if k not in short and v in _SCRIPT_UNITS}
    long = {k: v for k, v in table.items() if k not in short and k not in units}
    alone = "" if beside_figure else rf"|(?<![{letters}])({trie_pattern(units)})(?![{letters}])"
    said = (trie_pattern(long).replace(r"\ ", r"[ \t]+") if long else "",
            rf"(?<=\d){_CLOCK}[ \t]*({trie_pattern(units)}){alone}" if units else "",
            rf"(?<![{letters}])(?:{trie_pattern(short)})(?![{letters}])" if short else "")
    # (a table with no words of a kind has no pattern for it: an empty one matches anywhere)
    return tuple(re.compile(pattern) for pattern in said if pattern)


_UNIT_FIRST = unit_first_letters()
# a unit before a year of the calendar names that year ("වසර 2021 දී": in the year 2021), no
# duration of 2021 years
_A_YEAR = re.compile(r"(?:19|20)\d\d")
# the scripts of languages_concepts.py: their unit words have other senses on their own
# (Burmese "နှစ်" is "two" too, Amharic "ሰዓት" "time"), so they are units beside a figure only
_BESIDE_FIGURE_ONLY = frozenset(concept_letters())


@cache
def _unit_first(at: int) -> re.Pattern:
    """A unit of SCRIPTS[at] before its figure (or range), with no figure before it and no
    unit after the figure; the script's letters glued to the figure (Sinhala "6ක්": "six of")
    go with it."""
    letters, table = SCRIPTS[at]
    units = trie_pattern({k: v for k, v in table.items() if v in _SCRIPT_UNITS})
    return re.compile(rf"(?<![\d.,])(?<!\d[ \t])(?<![{letters}])({units})(?![{letters}])[ \t]*"
                      r"(\d(?:[\d.,]*\d)?(?:[ \t]*[-–][ \t]*\d(?:[\d.,]*\d)?)?)(?!\d|[.,]\d)"
                      rf"(?![ \t]*[A-Za-z%])[{letters}]*")


# the bare units of SCRIPTS' tables ("ثانية", "วินาที"), read by _script_patterns' own rule
_SCRIPT_UNITS = frozenset(("ms", "seconds", "minutes", "hours", "days", "weeks", "months",
                           "years"))


def _gloss_language(text: str, code: str, numbers: bool = True) -> str:
    """`text` read in English with language `code`'s tables, and its number formats unless
    not `numbers` (a query's "1,5" and "1.500" are typed as the student types English)."""
    lang = table_of(code)
    if lang.get("hyphen_case_suffixes"):  # "5 Gbps-dən 45 Gbps-ə": from one to the other
        text = _HYPHEN_FROM.sub(r"\1 to \2", text)
        text = _HYPHEN_CASE.sub("", text)
    if lang.get("apostrophe_suffixes"):  # before the number formats: "%99,99'unu"
        # "Standard'dan Glacier'a": from one to the other (bare, the two names run together)
        text = _FROM_TO.sub(r"from \1 to \2", text)
        text = _APOSTROPHE_SUFFIX.sub(_bare, text)
    if lang.get("colon_suffixes"):  # in a language switched to for a phrase, only after an
        # abbreviation ("MB:iin"): "relationship 1:n", "kms:a" in an English note stay
        text = (_COLON_SUFFIX.sub("", text) if numbers
                else _COLON_SUFFIX_SWITCHED.sub(r"\1", text))
    if numbers:
        text = _number_formats(text, lang)
    if code == "de":
        text = _GERMAN_STOPS.sub(
            lambda m: m.group(1) + _GERMAN_STOP_WORDS[m.group(2) or m.group(3)], text)
    if code == "fr":
        text = _FRENCH_BYTES.sub(r"\1\2B", text)
        text = _OCTETS.sub(r"\1bytes", text)
        text = _FRENCH_YEAR.sub(r"\1year", text)
    for pattern, english in _word_patterns(code):
        if pattern is _NOUN_THEN_COUNT and not numbers:  # a phrase switched to: the note's
            continue  # English word order stays ("requests kwa mwezi" in an English note)
        text = _replace(text, pattern, english)
    return text


def _number_formats(text: str, lang: dict) -> str:
    if lang.get("percent_before"):  # "%99,9" is 99.9%
        text = _PERCENT_BEFORE.sub(r"\1%", text)
    if lang.get("comma_decimals"):
        text = _DOT_THOUSANDS.sub(lambda m: _thousands(m.group(0), "."), text)
        text = _COMMA_DECIMAL.sub(r"\1.\2", text)
    return (_SPACE_THOUSANDS if lang.get("space_thousands") else _NARROW_THOUSANDS).sub(
        lambda m: m.group(0) if ends_a_name(text, m) else _GAPS.sub("", m.group(0)), text)


def ends_a_name(text: str, m: re.Match) -> bool:
    """Whether the first group of the spaced number `m` ends a name the note writes with it
    elsewhere too ("Route 53 500 hosted zones" after "Route 53 DNS"), so it is no thousands:
    "Lambda 10 240 MB" in a note never writing "Lambda 10" alone stays 10,240 MB."""
    name = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if name is None:
        return False
    first = _GAPS.split(m.group(0))[0]
    said = re.compile(re.escape(name.group(0).rstrip()) + r"[ \t]+" + first
                      + r"(?![\w]|[.,]\d|[ \t\u00a0\u202f]+\d)")
    return said.search(text) is not None


def _replace(text: str, pattern: re.Pattern, english) -> str:
    """`text` with each match of `pattern` (written in lower case) in it, case ignored,
    replaced by english(match, text): matched in the text lower-cased, minding case (ten
    times faster than a case-blind pattern on a whole note; notes/case_blind.py)."""
    low = lowered(text)
    if low is None:  # a character that lower case would lengthen: the case-blind pattern
        matches = list(re.compile(pattern.pattern, re.IGNORECASE).finditer(text))
    else:
        matches = list(pattern.finditer(low))
    out, at = [], 0
    for m in matches:
        if m.start() < at:
            continue
        out += [text[at:m.start()], english(m, text)]
        at = m.end()
    return "".join(out) + text[at:] if out else text


@cache
def _word_patterns(code: str) -> tuple:
    """The language's word rewrites, in order: ranges, words before a number, compounds,
    units after a number, its glossary, bounds after a number, postpositions, words after a
    number; each (pattern in lower case, replacement(match, text))."""
    lang = table_of(code)
    # each word also as typed without its accents ("domyslnie", "pamiec": notes/unaccented.py)
    table = _each_apostrophe(with_plain_spellings(
        {_GAPS.sub(" ", k.lower()): v for k, v in lang["GLOSSARY"].items()}))  # type: ignore[attr-defined]
    before = with_plain_spellings(
        {k.lower(): v for k, v in lang.get("BEFORE_NUMBER", {}).items()})  # type: ignore[attr-defined]
    after = {k.lower(): v for k, v in lang.get("AFTER_NUMBER", {}).items()}  # type: ignore[attr-defined]
    out: list = []
    range_words: tuple[str, ...] = lang.get("RANGE_WORDS", ())  # type: ignore[assignment]
    if range_words:
        # "1 bis 3 Jahre", "0 à 35 jours", "7 dias a 35 dias": the number, maybe a unit word
        closers = frozenset(lang.get("RANGE_CLOSERS", ()))  # type: ignore[call-overload]
        out.append((re.compile(rf"(\d)((?:[ \t]*[^\W\d_]{{1,12}}\.?)?)[ \t]+"
                               rf"(?:{trie_pattern(range_words)})[ \t]+(?=\d)"),
                    lambda m, t: t[m.start():m.end(2)] + " to " if _is_range(m, t, closers)
                    else t[m.start():m.end()]))
    if before:  # "bis 66 %" is up to 66 %, "bis sichtbar" until it shows; and after its
        # noun before a colon or "=" and the number ("saiz objek maksimum: 50 TB", "tempoh
        # lalai = 3600 saat"), where the bound follows the noun it bounds
        names = _class_names(code)
        out.append((re.compile(rf"(?:{_said(before)})(?=[ \t]+\d|[ \t]*[:=][ \t]*\d)"),
                    lambda m, t: t[m.start():m.end()] if _names_a_class(m, t, names)
                    else _if_word(m, t, _entry(before, _GAPS.sub(" ", m.group(0))))))
    if code in _COMPOUNDING:  # "Sichtbarkeits-Timeout": a glossary word opening a compound
        single = {k: v for k, v in table.items() if " " not in k}
        out.append((re.compile(rf"({trie_pattern(single)})s?-(?=[^\W\d_])"),
                    lambda m, t: _if_word(m, t, _entry(single, m.group(1)) + " ")))
    units = with_plain_spellings(
        {w.lower(): english for english, spellings in lang.get("UNITS", {}).items()  # type: ignore[attr-defined]
         for w in spellings})
    if units and lang.get("unit_before_number"):  # Swahili "dakika 15" is 15 min
        # (never a clock time: "saa 2 usiku" is 8 pm, "saa 3:30", no duration)
        clock: tuple[str, ...] = lang.get("CLOCK_AFTER", ())  # type: ignore[assignment]
        not_clock = (rf"(?![ \t]*(?::\d|(?:{trie_pattern(clock)})(?![^\W\d_])))"
                     if clock else r"(?!:\d)")
        out.append((re.compile(rf"({_said(units)})[ \t]+(\d[\d.,]*\d|\d)(?![\d.,]*\d)"
                               + not_clock),
                    lambda m, t: _if_word(m, t, f"{m.group(2)} "
                                          f"{_entry(units, _GAPS.sub(' ', m.group(1)))}")))
    if lang.get("count_after_noun"):  # Swahili "records 8", "events 25,000": 8 records
        out.append((_NOUN_THEN_COUNT, lambda m, t: f"{m.group(2)} {m.group(1)}"))
    if units:  # "7 gün", "5 Гбит/с", "300 msg/giây": only right after a number or a "/"
        out.append((re.compile(rf"((?:\d|\d%|/)[ \t]*)({_said(units)})(?![^\W\d_])"),
                    lambda m, t: t[m.start():m.end(1)] + _unit(
                        _entry(units, _GAPS.sub(" ", m.group(2))), m.group(1))))
    out.append((re.compile(rf"(?:{_said(table)})(?![^\W\d_])"),
                lambda m, t: _if_word(m, t, _entry(table, _GAPS.sub(" ", m.group(0))))))
    if reads_words(code):  # "meldingsstørrelse", "souboru": its glossary's words, glued
        # into a compound or inflected (notes/word_parts.py)
        out.append((WORD, lambda m, t: read_word(code, m.group(0).lower())
                    or t[m.start():m.end()]))
    out += _loanword_patterns(lang)
    # the figure a bound after it takes: never the last group of a figure grouped by spaces
    # ("10 240 MB:iin asti" is up to 10,240 MB, no "10 up to 240 MB"), whole where the
    # language groups so (a language switched to, its numbers not read: gloss())
    alone = r"(?<![\d.,])(?<!\d[ \u00a0\u202f])\d[\d.,]*"
    figure = (rf"(?:(?<![\d.,])\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d]|[.,]\d)|{alone})"
              if lang.get("space_thousands") else alone)
    hyphen: dict[str, str] = lang.get("HYPHEN_SUFFIXES", {})  # type: ignore[assignment]
    if hyphen:  # Hungarian "1 000-ig" is up to 1,000, "5 GB-os" 5 GB
        out.append((re.compile(rf"({figure}(?:[ \t]*[^\W\d_]{{1,5}}(?:/[^\W\d_]{{1,3}})?)?)"
                               rf"-({trie_pattern(hyphen)})(?![\w-])"),
                    lambda m, t: _bound_before(t, m, hyphen[m.group(2)]).lstrip()))
    bound_after: dict[str, str] = lang.get("BOUND_AFTER", {})  # type: ignore[assignment]
    if bound_after:  # "1.000 kadar" is up to 1,000, "12 hours içinde" within 12 hours
        out.append((re.compile(rf"({figure}%?(?:[ \t]*[^\W\d_]{{1,12}}(?:/[^\W\d_]{{1,6}})?)?)"
                               rf"[ \t]+({_said(bound_after)})(?![^\W\d_])"),
                    lambda m, t: _bound_before(t, m, _entry(bound_after, m.group(2)))))
    postpositions: dict[str, str] = lang.get("POSTPOSITIONS", {})  # type: ignore[assignment]
    if postpositions:  # "prefix başına" is per prefix
        out.append((re.compile(rf"([^\W\d_][\w-]*)[ \t]+({_said(postpositions)})(?![^\W\d_])"),
                    lambda m, t: f"{_entry(postpositions, m.group(2))} {t[m.start():m.end(1)]}"))
    if after:  # "5 por tabela", "100 GB par mois" (after the glossary's "par défaut")
        # (a word of AFTER_NUMBER_BEFORE_GLOSSARY only before a glossary word, read already)
        picky = frozenset(lang.get("AFTER_NUMBER_BEFORE_GLOSSARY", ()))  # type: ignore[call-overload]
        glossed = frozenset(w for v in table.values() for w in v.lower().split())
        out.append((re.compile(rf"(\d(?:[ \t]*[^\W\d_]{{1,12}})?[ \t]+)({_said(after)})(?=[ \t])"),
                    lambda m, t: t[m.start():m.end(1)] + _entry(after, m.group(2))
                    if m.group(2).lower() not in picky or _next_word(t, m.end()) in glossed
                    else t[m.start():m.end()]))
    return tuple(out)


# a word's apostrophe, typed as any of three: ASCII, the typographic one and the modifier
# letter Ukrainian's own keyboards type ("пам'ять", "пам’ять", "памʼять")
_APOSTROPHES = "'’ʼ"


def _each_apostrophe(table: dict[str, str]) -> dict[str, str]:
    """`table` with each phrase holding an apostrophe also spelled with the other two."""
    out = dict(table)
    for phrase, english in table.items():
        for said in _APOSTROPHES:
            if said in phrase:
                for other in _APOSTROPHES:
                    out.setdefault(phrase.replace(said, other), english)
    return out


def _loanword_patterns(lang: dict) -> list:
    """The language's rewrites of the English nouns its notes write: declined ("TTL itemu" is
    an item's TTL, "25 itemów" 25 items), or after its word for "per" ("users на account:
    5000", "buckets por conta: 10000": a count per account)."""
    out: list = []
    endings: dict[str, tuple[str, ...]] = lang.get("LOANWORD_ENDINGS", {})
    if endings:
        declined = _declined(endings)
        out.append((re.compile(rf"(?:{trie_pattern(declined)})(?![^\W\d_])"),
                    lambda m, t: _if_word(m, t, declined[m.group(0)])))
    per: tuple[str, ...] = lang.get("PER_BEFORE_NOUN", ())
    if per:
        out.append((re.compile(rf"(?:{trie_pattern(per)})[ \t]+(?={_COUNTED_NOUN})"),
                    lambda m, t: _if_word(m, t, "per ") if _counts_per(t, m)
                    else t[m.start():m.end()]))
    return out


# a noun things are counted per, as English writes it (or the glossary has read it): "на
# account", "por table" (never "на S3", onto S3)
_COUNTED_NOUN = ("(?:" + "|".join(sorted(
    {n for noun in (*LOANWORDS, "prefix", "az", "vpc", "topic", "subscription")
     for n in (noun, _plural_noun(noun))}, key=lambda w: (-len(w), w))) + r")(?![\w-])")


def _counts_per(text: str, m: re.Match) -> bool:
    """Whether the word for "per" at `m` counts a figure per its noun: the figure said before
    it on its line ("до 5 на instance", "500 nós por cluster") or the noun a label ("users на
    account: 5000"). A figure only after it is not counted per the noun: "invocada por queue
    com batch de 10" is invoked by the queue, "переключение на replica занимает 60-120
    секунд" a failover to the replica; "агент на instance", with no figure, an agent on one."""
    start = text.rfind("\n", 0, m.start()) + 1
    return (_A_DIGIT.search(text, start, m.start()) is not None
            or _LABEL_NOUN.match(text, m.end()) is not None)


_A_DIGIT = re.compile(r"\d")
_LABEL_NOUN = re.compile(rf"{_COUNTED_NOUN}[ \t]*:")


# The English (AWS) words that tell a line naming a storage class, tier, queue or type, in
# every language's notes ("standaard 1 jaar, express 5 minuten" is Step Functions' workflow
# types, "padrão 4 KB, advanced 8 KB" Parameter Store's tiers); a language's CLASS_CONTEXT
# adds only its own words ("opslagklasse", "fila")
_ENGLISH_CLASS_CONTEXT = ("s3", "glacier", "archive", "ia", "one zone", "intelligent-tiering",
                          "storage class", "tier", "retrieval", "bulk", "expedited", "queue",
                          "fifo", "advanced", "premium", "basic", "express", "enhanced",
                          "workflow")


def _class_names(code: str) -> tuple[frozenset[str], re.Pattern | None]:
    """Language `code`'s words before a number that also name a storage class or tier
    (Dutch "standaard": "S3 Standaard 3 AZ's"), and a pattern of the words that tell such a
    line (the English ones every language shares and its own CLASS_CONTEXT)."""
    lang = table_of(code)
    words = frozenset(lang.get("CLASS_NAMES", ()))  # type: ignore[call-overload]
    own: tuple[str, ...] = lang.get("CLASS_CONTEXT", ())  # type: ignore[assignment]
    context = (_ENGLISH_CLASS_CONTEXT + own) if words else ()
    return words, (re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, context))})(?![\w-])",
                              re.IGNORECASE) if context else None)


def _names_a_class(m: re.Match, text: str,
                   names: tuple[frozenset[str], re.Pattern | None]) -> bool:
    """Whether the word of CLASS_NAMES at `m` is the class's name, not a bound: written
    with a capital ("S3 Standaard: 99,99%"), or on a line naming a class or tier ("ophalen
    standaard 12 uur, bulk 48 uur"); in a table, a table naming one: its rows share their
    columns, so "| antal | standard 10 000 parametrar |" under "| max storlek | standard 4
    KB, advanced 8 KB |" is Parameter Store's Standard tier, no default."""
    words, context = names
    said = text[m.start():m.end()]
    if said.lower().rstrip(":") not in words:
        return False
    if not said.islower():
        return True
    return bool(context and context.search(_line_or_table(text, m.start())))


_TABLE_ROW = re.compile(r"[ \t]*\|")


def _line_or_table(text: str, at: int) -> str:
    """The line of `text` holding offset `at`, or, if it is a row of a table ("| a | b |"),
    every row of that table (the lines around it that open with "|")."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    end = end if end >= 0 else len(text)
    if not _TABLE_ROW.match(text, start):
        return text[start:end]
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        if not _TABLE_ROW.match(text, above):
            break
        start = above
    while end < len(text) and _TABLE_ROW.match(text, end + 1):
        below = text.find("\n", end + 1)
        end = below if below >= 0 else len(text)
    return text[start:end]


def _declined(endings: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Each noun of LOANWORDS with each ending (and its unaccented spelling: "itemow"), ->
    the English noun, plural after a plural ending, and after another the English word
    that ending means before it (Hungarian "accountonként" is per account, Finnish
    "subnetissä" in a subnet: no subnet counted). An ending that opens with a vowel also
    takes the place of a noun's last "e" (Czech "instancí", of "instance")."""
    out: dict[str, str] = {}
    in_place_of_e: dict[str, str] = {}
    for number, said in endings.items():
        for noun in LOANWORDS:
            english = {"singular": noun, "plural": _plural(noun)}.get(number, f"{number} {noun}")
            for ending in said:
                out[noun + ending] = english
                if noun.endswith("e") and ending[0] in _VOWELS:
                    in_place_of_e.setdefault(noun[:-1] + ending, english)
    return with_plain_spellings(in_place_of_e | out)


_VOWELS = frozenset("aeiouyáéíóúůýěäö")


_plural = _plural_noun


def _is_range(m: re.Match, text: str, closers: frozenset[str]) -> bool:
    """Whether the range word matched in `m` makes the numbers around it a range: always in a
    language without closers, else when a closer follows the second number ("1 ile 10
    arası") or both numbers carry the same unit ("1 GB ile 5 GB"; "3 AZ ile 6 kopya" is
    three AZs with six copies)."""
    if not closers:
        return True
    second = _NUMBER_AND_UNIT.match(text, m.end())
    if second is None:
        return False
    unit, after = second.group(1), second.group(2)
    first_unit = m.group(2).strip()
    return bool(unit and unit.lower() in closers or after and after.lower() in closers
                or first_unit and unit and first_unit.lower() == unit.lower())


def _next_word(text: str, at: int) -> str:
    found = _WORD.search(text, at, at + 40)
    return found.group(0).lower() if found else ""


def _unit(english: str, before: str) -> str:
    """The English unit, one of it after a "/" ("$0,10/saat" is $0.10/hour, not /hours)."""
    return _SINGULAR.get(english, english) if before.startswith("/") else english


_SINGULAR = {"hours": "hour", "days": "day", "weeks": "week", "months": "month",
             "years": "year"}


def _said(words: dict[str, str]) -> str:
    """An alternation of `words` (a trie: one branch a letter), a space in one any run of
    spaces or tabs."""
    return trie_pattern(words).replace(r"\ ", r"[ \t]+")


def _bound_before(text: str, m: re.Match, english: str) -> str:
    """The bound `english` before the figure of group 1 of `m` (and its unit), the figure's
    space-grouped thousands joined ("10 240 MB-ig" is up to 10240 MB); left as written where
    its first group ends a name the note writes ("Route 53 500": ends_a_name)."""
    figure = text[m.start(1):m.end(1)]
    spaced = _SPACE_THOUSANDS.match(text, m.start(1))
    if spaced is not None and _GAPS.search(spaced.group(0)):
        if ends_a_name(text, spaced):
            return text[m.start():m.end()]
        figure = _GAPS.sub("", spaced.group(0)) + text[spaced.end():m.end(1)]
    return f"{english} {figure}"


def _if_word(m: re.Match, text: str, english: str) -> str:
    """`english` where the match starts a word ("bis", not the end of "Morbis")."""
    return english if _word_starts(text, m.start()) else text[m.start():m.end()]


def _thousands(number: str, sep: str) -> str:
    if number.count(sep) == 3:  # four groups: an IP address, not a number
        return number
    if number.startswith("0"):  # "0.023 $": an English decimal (nothing is grouped after a 0)
        return number
    return number.replace(sep, "")


def gloss_query(text: str) -> str:
    """A lookup typed in a note's language read in English: "sqs thời gian lưu tối đa" as
    "sqs retention period max", "макс размер сообщения" with its glossary. Too short to tell
    its language by function words, a query is read in each language one of whose glossary
    or unit words written with a letter beyond ASCII it writes (so "standard ia min storage"
    or a typed "saat" alone is never rewritten, nor "são paulo" by Portuguese "são"), in
    each family (studycli/languages_families.py) one of whose own such words no language's
    table holds it writes ("lambda timeout màxim"), and Chinese, Japanese, Korean, Arabic,
    Hebrew and Thai wherever written. Its numbers stay as typed."""
    if text.isascii():
        return text
    text = read_any_script(text)  # "၆၀" is 60 in a query too
    words = {w.lower() for w in _WORD.findall(text)}
    # a language without a table, by its family's own words: "lambda memòria màxima"
    for family in sorted(FAMILIES):
        if words & family_own_words(family):
            text = _gloss_language(text, family, numbers=False)
    for code in sorted(LANGUAGES):
        if words & _own_words(code):
            text = _gloss_language(text, code, numbers=False)
    if _CJK_CHAR.search(text):
        text = _gloss_cjk(text)
    for at, (letters, _table) in enumerate(SCRIPTS):  # "sqs الحد الأقصى حجم الرسالة"
        if re.search(f"[{letters}]", text):
            text = _gloss_script(text, at)
    return text


@cache  # built where a note has a word beyond ASCII, not at import (~3 ms)
def _exclusive_words() -> dict[str, frozenset[str]]:
    """Per language, its own words (as _own_words, and its words before a number) that no
    other language's tables hold as written (Hungarian "óra" is no Romanian "oră")."""
    own = {code: _own_words(code) | frozenset(
        w for phrase in LANGUAGES[code].get("BEFORE_NUMBER", {})  # type: ignore[attr-defined]
        for w in _WORD.findall(phrase.lower()) if not w.isascii()) for code in LANGUAGES}
    every = {code: own[code] | _table_words(code) for code in LANGUAGES}
    return {code: frozenset(words - set().union(*(w for other, w in every.items()
                                                  if other != code)))
            for code, words in own.items()}


@cache
def _exclusive_phrases() -> tuple[re.Pattern, dict[str, str]]:
    """The phrases of two or more words of the languages' glossaries and bounds that one
    language alone writes, none of whose words is English ("por defecto", "bis zu",
    "kiwango cha juu"; not Dutch "time-out" nor Polish "na region"): one tells a line in that
    language though its words are ASCII; a pattern of them and each one's language. A word
    is English where the tables' English says it, or it is an English function word."""
    english = set(ENGLISH_MARKERS) | {
        w for lang in LANGUAGES.values() for table in ("GLOSSARY", "BEFORE_NUMBER",
                                                       "AFTER_NUMBER")
        for v in lang.get(table, {}).values()  # type: ignore[attr-defined]
        for w in _WORD.findall(v.lower())}
    owner: dict[str, set[str]] = {}
    for code, lang in LANGUAGES.items():
        for table in ("GLOSSARY", "BEFORE_NUMBER"):
            for phrase in lang.get(table, {}):  # type: ignore[attr-defined]
                words = _WORD.findall(phrase.lower())
                if len(words) >= 2 and all(len(w) >= 2 and w not in english for w in words):
                    owner.setdefault(" ".join(words), set()).add(code)
    alone = {p: codes.pop() for p, codes in owner.items() if len(codes) == 1}
    return (re.compile(rf"(?<![^\W\d_])(?:{_said(alone)})(?![^\W\d_])"), alone)


def _table_words(code: str) -> frozenset[str]:
    """Every word of language `code`'s tables: markers, glossary, units, words before and
    after a number, bounds after one and postpositions (Russian "за" after a number is no
    Ukrainian word of its own)."""
    lang = LANGUAGES[code]
    phrases = [*lang["MARKERS"], *lang["GLOSSARY"],  # type: ignore[misc]
               *(w for spellings in lang.get("UNITS", {}).values() for w in spellings)]  # type: ignore[attr-defined]
    for table in ("BEFORE_NUMBER", "AFTER_NUMBER", "BOUND_AFTER", "POSTPOSITIONS"):
        phrases += list(lang.get(table, {}))  # type: ignore[call-overload]
    return frozenset(w for phrase in phrases for w in _WORD.findall(phrase.lower()))


@cache
def _own_words(code: str) -> frozenset[str]:
    """The words of a language's glossary and units written with a letter beyond ASCII (each
    word of a phrase): such a word in a query tells the language. Not its function words
    and bounds: a short word ("são", "à", "до") is written by names and other languages."""
    lang = LANGUAGES[code]
    said = [*lang["GLOSSARY"],  # type: ignore[misc]
            *(w for spellings in lang.get("UNITS", {}).values() for w in spellings)]  # type: ignore[attr-defined]
    return frozenset(w for phrase in said for w in _WORD.findall(phrase.lower())
                     if not w.isascii())

