"""Quiz banks a student writes to import into Moodle, read as the statements their answers make.

GIFT (`.gift`, or a `.txt` of its lines): `::Title:: question {=right ~wrong ~wrong}`, a
number `{#900:0}`, true/false `{T}` / `{F}`, matching `{=EBS -> block =EFS -> file}`, a
missing word `objects bigger than {#100:0} MB`, `$CATEGORY: SAA/S3`, `//` comments. Aiken
(`.txt`): a question line, `A.` to `D.` options under it, then `ANSWER: B`.

Read as plain text, every option was a figure of the question: "{=5 TB ~5 GB ~500 GB}" made
"5 GB" an S3 object's size as much as "5 TB", and an Aiken bank's "A. 1 day" / "B. 30 days"
lines were each a fact. A wrong option stated plainly is worse than none, so here a question
is the one statement its right answer makes, on the question's own line (its title before it,
where it has one, as the label the student gave it), and the other options' lines are blank:

    ::S3 max:: What is the max size of one S3 object? {=5 TB ~5 GB} # multipart above 5 GB
    -> "- S3 max: What is the max size of one S3 object: 5 TB; multipart above 5 GB"

A true/false question is its statement where true; where false it is no fact, only its
feedback's correction (as a worksheet's "T/F ... -> F (stateless)", formats/answer_keys.py).
A category is a heading (its last part: `$CATEGORY: SAA/S3` is "## S3"), and so is a banner
comment ("// ===== RDS / Aurora =====") under it; any other comment is an item.
Line for line: a question over several lines is said on its first, the others blank.
"""

from __future__ import annotations

import re

from studycli.formats.answer_keys import false_statement_read

# a GIFT question: opens its answer with "{" (a title "::...::" before it is optional)
_GIFT_TITLE = re.compile(r"^\s*::((?:[^:\\]|\\.|:(?!:))*)::\s*")
_CATEGORY = re.compile(r"^\s*\$CATEGORY:(.*)$", re.IGNORECASE)
_COMMENT = re.compile(r"^\s*//+\s?(.*)$")
# a comment that is a banner over the questions below it: "// ===== RDS / Aurora ====="
_BANNER = re.compile(r"([-=*#~_])\1{2,}")
_RULE_MARKS = "-=*#~_"
# the answers inside braces: "=right", "~wrong", "~%50%half right", "#numeric"
_CHOICE = re.compile(r"(?<!\\)([=~])")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_TRUE_FALSE = re.compile(r"^(T|F|TRUE|FALSE)\s*(?:#.*)?$", re.IGNORECASE | re.DOTALL)
# a numeric answer: "900", "900:0" (a tolerance), "1..5" (a range)
_NUMBER = r"-?\d[\d,]*(?:\.\d+)?"
_NUMERIC = re.compile(rf"^({_NUMBER})(?:\s*(?::\s*[\d.]+|\.\.\s*({_NUMBER})))?$")
_ESCAPED = re.compile(r"\\([~=#{}:\\])")
# a stem's last word that goes on into its answer ("between 3 and 63", "is 5", "than 100 MB")
_LINKING = frozenset("is are was were be been between than of to for by with in at from after "
                     "within takes take uses use gives give about under over up only and or "
                     "exactly around approximately roughly every each per".split())
# the longest run of lines one GIFT question may take before its closing brace
_LONGEST_QUESTION = 30

# an Aiken bank: options "A. text" / "A) text", then "ANSWER: B"
_OPTION = re.compile(r"^\s*([A-Za-z])[.)]\s+(\S.*)$")
_AIKEN_ANSWER = re.compile(r"^\s*ANSWER\s*:\s*([A-Za-z](?:\s*,\s*[A-Za-z])*)\s*$", re.IGNORECASE)
# a GIFT question line, as the sniff counts them: a title, or braces holding GIFT's answers
# (not CriticMarkup's "{~~ ~>~~}", "{== ==}" nor a heading's "{#id}")
_GIFT_LINE = re.compile(r"^\s*::[^:\n]+::|(?<!\\)\{\s*(?:[=~](?![=~>])|#\s*=?-?\d|"
                        r"(?:T|F|TRUE|FALSE)\s*\})", re.IGNORECASE)


def quiz_bank_of(lines: list[str]) -> str | None:
    """"gift" or "aiken" where a note's lines are a quiz bank in that format (three GIFT
    questions or more, with a title, a category or a wrong option; two Aiken answers or
    more, each under its options), else None."""
    gift = [line for line in lines if _GIFT_LINE.search(line)]
    # three brace answers alone may be code's or a template's ("{=env}", "{T}"): a bank also
    # shows a question's title, a category or a wrong option
    if len(gift) >= 3 and any(_GIFT_TITLE.match(line) or _CATEGORY.match(line)
                              or _WRONG_OPTION.search(line) for line in lines):
        return "gift"
    answered = sum(1 for k, line in enumerate(lines)
                   if k and _AIKEN_ANSWER.match(line) and _OPTION.match(lines[k - 1]))
    return "aiken" if answered >= 2 else None


# a multiple choice's wrong option inside its braces: "{=5 TB ~5 GB}"
_WRONG_OPTION = re.compile(r"(?<!\\)\{[^{}]*(?<![\\~])~(?![~>])[^{}]*\}")


def gift_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    k = 0
    while k < len(lines):
        line = lines[k]
        if m := _CATEGORY.match(line):
            name = m.group(1).strip().rstrip("/").rsplit("/", 1)[-1].strip()
            out[k] = f"## {name}" if name else ""
        elif m := _COMMENT.match(line):
            out[k] = _comment(m.group(1).strip(), "###")
        elif _opens_question(line):
            end = _closing_line(lines, k)
            if end is not None:
                out[k] = _gift_statement(" ".join(x.strip() for x in lines[k:end + 1]))
                for j in range(k + 1, end + 1):
                    out[j] = ""
                k = end
        k += 1
    return out


def aiken_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    for k, line in enumerate(lines):
        if m := _COMMENT.match(line):
            out[k] = _comment(m.group(1).strip(), "##")
            continue
        answer = _AIKEN_ANSWER.match(line)
        if answer is None:
            continue
        options: dict[str, str] = {}
        j = k - 1
        while j >= 0 and (option := _OPTION.match(lines[j])):
            options.setdefault(option.group(1).upper(), option.group(2).strip())
            j -= 1
        picked = [options.get(x.strip().upper()) for x in answer.group(1).split(",")]
        if j < 0 or not lines[j].strip() or not options or None in picked:
            continue  # no question above its options, or a letter no option has
        first = j
        while first > 0 and lines[first - 1].strip() and not _COMMENT.match(lines[first - 1]) \
                and not _AIKEN_ANSWER.match(lines[first - 1]):
            first -= 1
        question = " ".join(x.strip() for x in lines[first:j + 1])
        out[first] = "- " + _answered(question, " and ".join(p for p in picked if p))
        for n in range(first + 1, k + 1):
            out[n] = ""
    return out


def _comment(text: str, banner_level: str) -> str:
    """A comment's line: a banner's words a heading (the questions under it are of what it
    names), a rule nothing, any other comment an item of its words."""
    if banner := _BANNER.match(text):
        words = text[banner.end():].strip().rstrip(_RULE_MARKS).strip()
        if words and words[0] not in _RULE_MARKS:
            return f"{banner_level} {words}"
    text = text.lstrip("-*• ").strip()
    return f"- {text}" if any(c.isalnum() for c in text) else ""


def _opens_question(line: str) -> bool:
    return bool(_GIFT_TITLE.match(line)) or _unescaped_brace(line, "{") >= 0


def _unescaped_brace(text: str, brace: str, start: int = 0) -> int:
    k = text.find(brace, start)
    while k > 0 and text[k - 1] == "\\":
        k = text.find(brace, k + 1)
    return k


def _closing_line(lines: list[str], k: int) -> int | None:
    """The line at or below `k` where the question opened at `k` closes its answer's braces,
    or None (no answer: a description, or braces never closed)."""
    text = ""
    for j in range(k, min(len(lines), k + _LONGEST_QUESTION)):
        if j > k and (not lines[j].strip() or _GIFT_TITLE.match(lines[j])):
            return None
        text += " " + lines[j]
        opened = _unescaped_brace(text, "{")
        if opened >= 0 and _unescaped_brace(text, "}", opened) >= 0:
            return j
    return None


def _gift_statement(text: str) -> str:
    """The statement one GIFT question makes: its stem with its right answer."""
    title = ""
    if m := _GIFT_TITLE.match(text):
        title, text = _plain(m.group(1)), text[m.end():]
    opened = _unescaped_brace(text, "{")
    closed = _unescaped_brace(text, "}", opened)
    stem, answers, after = text[:opened].strip(), text[opened + 1:closed].strip(), \
        text[closed + 1:]
    rest, note = _split_note(after)
    stem, rest = _plain(stem), _plain(rest)
    if tf := _TRUE_FALSE.match(answers):
        said = " ".join(x for x in (stem, rest) if x)
        # GIFT's own place for a true/false question's feedback is inside its braces,
        # "{F#feedback to a wrong answer#feedback to a right one}" (Moodle's importer,
        # split_truefalse_comment); a student's "# ..." after the braces is read the same
        note = _verdict_dropped(note) or next(
            (fb for fb in map(_verdict_dropped, _feedbacks(answers)) if fb), "")
        if tf.group(1)[0].upper() == "T":
            line = _with_note(said, note)
        else:
            line = false_statement_read(said, note)
            return f"- {line}" if line else ""
    else:
        right = _right_answer(answers)
        if right is not None and "->" in answers and ": " in right and \
                answers.count("->") == answers.count("="):
            return f"- {right}"  # a matching question: its pairs, its instruction no fact
        if right is None:
            return f"- {_with_note(' '.join(x for x in (stem, rest) if x), note)}"
        line = _with_note(_answered(stem, right, rest), note)
    return f"- {title}: {line}" if title and not _said_in(title, line) else f"- {line}"


def _feedbacks(answers: str) -> list[str]:
    """The feedbacks inside a true/false question's braces ("F#wrong's#right's"), in order."""
    parts, k = [], _unescaped_brace(answers, "#")
    while k >= 0:
        nxt = _unescaped_brace(answers, "#", k + 1)
        parts.append(_plain(answers[k + 1:nxt if nxt >= 0 else len(answers)]))
        k = nxt
    return parts


# a feedback's verdict before its correction: "Wrong - ...", "No, ...", "Right!", "Correct."
_VERDICT = re.compile(r"^(?:wrong|incorrect|nope|no|false|right|correct|yes|true|exactly)"
                      r"(?:\s*[-–—:,;.!]+\s*|\s*$)", re.IGNORECASE)


def _verdict_dropped(feedback: str) -> str:
    """A feedback's words that say something, without the verdict they open with."""
    return _VERDICT.sub("", feedback.strip(), count=1).strip()


def _split_note(after: str) -> tuple[str, str]:
    """The text after a question's answer: its words that go on (a missing word's sentence),
    and the student's note after them ("# feedback", "// comment")."""
    comment = _NOTE_COMMENT.search(after)
    cut = min((k for k in (_unescaped_brace(after, "#"), comment.start() if comment else -1)
               if k >= 0), default=len(after))
    return after[:cut].strip(), after[cut:].lstrip("#/ ").strip()


# a "//" comment after an answer, not a URL's "https://"
_NOTE_COMMENT = re.compile(r"(?<![:/])//")


def _right_answer(answers: str) -> str | None:
    """The right answer of a GIFT answer block, or None (an essay's empty braces, or no
    answer marked right)."""
    if answers.startswith("#"):  # numeric: "#900:0", "#1..5", "#=900:0 =15:0"
        first = _CHOICE.split(answers[1:].strip().lstrip("="))[0]
        cut = _unescaped_brace(first, "#")
        m = _NUMERIC.match((first[:cut] if cut >= 0 else first).strip())
        if m is None:
            return None
        return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)
    parts = _CHOICE.split(answers)
    marks, right = parts[1::2], []
    for mark, said in zip(marks, parts[2::2], strict=True):
        said = said.strip()
        weight = _WEIGHT.match(said)
        if weight:
            said = said[weight.end():]
        cut = _unescaped_brace(said, "#")  # an answer's own feedback
        said = _plain(said[:cut] if cut >= 0 else said)
        if said and (mark == "=" or (weight is not None and float(weight.group(1)) > 0)):
            right.append(said)
    if not right:
        return None
    if all("->" in pair for pair in right):  # matching: every pair it makes
        return "; ".join(": ".join(x.strip() for x in pair.split("->", 1)) for pair in right)
    # one "=" is a choice's right answer, several a short answer's spellings of one; a
    # weighted answer ("~%50%") is part of one
    return right[0] if "=" in marks else " and ".join(right)


def _answered(stem: str, right: str, rest: str = "") -> str:
    """A question's stem with its right answer: in the sentence's blank where the words go
    on after it, after a colon where the stem asks."""
    stem = stem.strip()
    if rest:
        return f"{stem} {right} {rest}".strip()
    if stem.endswith("?"):
        return f"{stem[:-1].rstrip()}: {right}"
    if not stem:
        return right
    last = stem.rsplit(None, 1)[-1].lower()
    if right[0].isdigit() and last not in _LINKING and last[-1].isalnum():
        # a figure after the measure it is of is its value: "max instances per AZ: 7"
        # ("max instances per AZ 7" read the 7 as no count of anything)
        return f"{stem}: {right}"
    return f"{stem} {right}"


def _with_note(said: str, note: str) -> str:
    return f"{said}; {note}" if note else said


def _said_in(title: str, line: str) -> bool:
    return title.lower() in line.lower()


def _plain(text: str) -> str:
    return " ".join(_ESCAPED.sub(r"\1", text).split())
