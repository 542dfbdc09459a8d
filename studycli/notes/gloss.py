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
  as a range, glossary terms (padded with spaces, since these scripts write none), and years
  under 1000 ("3年" -> "3 years"; "2023年" is a year);
- "max." and "min." before a number lose the stop, in every note ("max. 35 jours").

Every rewrite stays on its line: line N of the output is line N of the note.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from studycli.languages import CJK, LANGUAGES, MIN_MARKERS

_DETECT_CHARS = 40_000  # enough of a note to tell its language
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_FULL_WIDTH = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "．": ".", "，": ", ",
     "；": "; ", "：": ": ", "（": " (", "）": ") ", "。": ". ", "、": ", ", "＄": "$",
     "／": "/", "＋": "+", "－": "-"})
_CJK_RANGE = re.compile(r"(?<=\d)[ \t]*[~〜～][ \t]*(?=\d)")
# a number glued to the word before it is no quantity to the readers ("は3 years" ...) unless
# that word is a date's ("2023年3月", "3月5日")
_CJK_BEFORE_DIGIT = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?<![年月日第号號])(?=\d)")
# what follows a number and bounds it: "4 KB まで" (up to), "5 分以内" (within), "1 个月以上"
_CJK_AFTER = re.compile(r"(?<=[0-9A-Za-z%])[ \t]*(まで|以下|以内|이하|이내|以上|이상)")
_CJK_AFTER_WORDS = {"まで": " max ", "以下": " or less ", "以内": " or less ", "이하": " or less ",
                    "이내": " or less ", "以上": " or more ", "이상": " or more "}
_CJK_YEARS = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)[ \t]*(?:年|년)(?!\d)")
_STOP_BOUND = re.compile(r"\b(max|min|Max|Min|MAX|MIN)\.(?=[ \t]*\d)")
# a number and one of these words between two numbers is a range: "1 bis 3 Jahre", "0 à 35"
_RANGE_WORDS = {"de": "bis", "fr": "à", "es": "a", "pt": "a|até", "it": "a", "nl": "tot",
                "pl": "do"}
# (a capital "Std"/"Sek" without its stop too: "120,000 std" in English is a Standard queue)
_GERMAN_STOPS = re.compile(r"(?<=\d)([ \t]?)(?:(Std|Sek)\.?(?![^\W\d_])|(Min|Mio|Mrd)\.)")
_GERMAN_STOP_WORDS = {"Std": "h", "Sek": "s", "Min": "min", "Mio": "million",
                      "Mrd": "billion"}
_FRENCH_BYTES = re.compile(r"(?<=\d)([ \t]?)(K|M|G|T|P)o(?![A-Za-z])")
_FRENCH_YEAR = re.compile(r"(?<=\d)([ \t]+)an(?![\w'’])")
_OCTETS = re.compile(r"(?<=\d)([ \t]?)octets?\b", re.IGNORECASE)
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])(\d+),(\d{1,2}|\d{4,})(?![\d]|,\d)")
_DOT_THOUSANDS = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)")
_SPACE_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)")
_SPACES = re.compile(r"[ \t]+")
_NARROW_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![\d]|[.,]\d)")


def languages_of(text: str) -> frozenset[str]:
    """The languages besides English `text` is written in: each whose MIN_MARKERS different
    function words it writes."""
    words = {w.lower() for w in _WORD.findall(text[:_DETECT_CHARS])}
    return frozenset(code for code, lang in LANGUAGES.items()
                     if len(words.intersection(lang["MARKERS"])) >= MIN_MARKERS)  # type: ignore[arg-type]


def gloss(text: str) -> str:
    """`text` (a whole note) with its other languages read in English (see the module)."""
    text = _STOP_BOUND.sub(r"\1", text)
    langs = languages_of(text)
    if _CJK_CHAR.search(text[:_DETECT_CHARS]):
        text = _gloss_cjk(text)
    for code in sorted(langs):
        text = _gloss_language(text, code)
    return text


def _gloss_cjk(text: str) -> str:
    text = text.translate(_FULL_WIDTH)
    text = _CJK_RANGE.sub("-", text)
    text = _CJK_BEFORE_DIGIT.sub(" ", text)
    text = _CJK_AFTER.sub(lambda m: _CJK_AFTER_WORDS[m.group(1)], text)
    text = _CJK_YEARS.sub(lambda m: f"{m.group(1)} {'year' if m.group(1) == '1' else 'years'} ",
                          text)
    pattern, table = _cjk_pattern()
    return pattern.sub(lambda m: f" {table[m.group(0)]} ", text)


@lru_cache(maxsize=1)
def _cjk_pattern() -> tuple[re.Pattern, dict[str, str]]:
    keys = sorted(CJK, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys))), CJK


def _gloss_language(text: str, code: str) -> str:
    lang = LANGUAGES[code]
    if lang.get("comma_decimals"):
        text = _DOT_THOUSANDS.sub(lambda m: _thousands(m.group(0), "."), text)
        text = _COMMA_DECIMAL.sub(r"\1.\2", text)
    text = (_SPACE_THOUSANDS if lang.get("space_thousands") else _NARROW_THOUSANDS).sub(
        lambda m: re.sub(r"[ \u00a0\u202f]", "", m.group(0)), text)
    if code == "de":
        text = _GERMAN_STOPS.sub(
            lambda m: m.group(1) + _GERMAN_STOP_WORDS[m.group(2) or m.group(3)], text)
    if code == "fr":
        text = _FRENCH_BYTES.sub(r"\1\2B", text)
        text = _OCTETS.sub(r"\1bytes", text)
        text = _FRENCH_YEAR.sub(r"\1year", text)
    if code in _RANGE_WORDS:
        text = _range_pattern(code).sub(r"\1 to ", text)
    for word, english in lang.get("BEFORE_NUMBER", {}).items():  # type: ignore[attr-defined]
        # "bis 66 %" is up to 66 %, "bis sichtbar" until it shows
        said = r"[ \t]+".join(word.split())
        text = re.sub(rf"(?<![^\W\d_]){said}(?=[ \t]+\d)", english, text, flags=re.IGNORECASE)
    pattern, table = _glossary_pattern(code)
    return pattern.sub(lambda m: table[_SPACES.sub(" ", m.group(0).lower())], text)


def _thousands(number: str, sep: str) -> str:
    if number.count(sep) == 3:  # four groups: an IP address, not a number
        return number
    return number.replace(sep, "")


@cache
def _range_pattern(code: str) -> re.Pattern:
    # "1 bis 3 Jahre", "0 à 35 jours", "7 dias a 35 dias": the number, maybe a unit word
    return re.compile(rf"(?<=\d)((?:[ \t]*[^\W\d_]{{1,12}}\.?)?)[ \t]+(?:{_RANGE_WORDS[code]})"
                      r"[ \t]+(?=\d)", re.IGNORECASE)


@cache
def _glossary_pattern(code: str) -> tuple[re.Pattern, dict[str, str]]:
    table = {k.lower(): v for k, v in LANGUAGES[code]["GLOSSARY"].items()}  # type: ignore[attr-defined]
    keys = sorted(table, key=len, reverse=True)
    alternation = "|".join(r"[ \t]+".join(map(re.escape, k.split())) for k in keys)
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])", re.IGNORECASE), table
