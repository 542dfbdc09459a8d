"""A printable Markdown exam: questions first, then the answer key with explanations."""

from __future__ import annotations

import re

from studycli.exam.model import Exam
from studycli.exam.scoring import SCALED_NOTE
from studycli.sanitize import safe_text, shown_line

LETTERS = "ABCDEFGHIJ"


def _md(text: str) -> str:
    # Note text is printed as text: escape what Markdown would read as markup.
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", " ".join(str(text).split()))


def choose_word(n: int) -> str:
    return {2: "TWO", 3: "THREE", 4: "FOUR"}.get(n, str(n))


def to_markdown(exam: Exam) -> str:
    out = [f"# Practice exam: {exam.title or exam.profile}", ""]
    out.append(f"Profile `{exam.profile}` · seed `{exam.seed}` · "
               f"{len(exam.questions)} questions · "
               f"{exam.minutes} minutes · pass mark {exam.pass_mark} on a "
               f"{exam.scale[0]}–{exam.scale[1]} scale ({SCALED_NOTE}).")
    out.append("")
    out.append(f"Reproduce it with `studycli exam --profile {exam.profile} --seed {exam.seed}"
               f" --questions {len(exam.questions)}` on the same notes (the same seed gives the "
               f"same exam only from the same fact base).")
    out.append("")
    for n, q in enumerate(exam.questions, start=1):
        stem = _md(q.stem)
        if q.multi:
            stem += f" **(Choose {choose_word(q.choose)}.)**"
        out.append(f"**{n}.** {stem}")
        out.append("")
        for i, option in enumerate(q.options):
            out.append(f"- {LETTERS[i]}. {_md(option)}")
        out.append("")
    out += ["---", "", "## Answer key", ""]
    for n, q in enumerate(exam.questions, start=1):
        letters = ", ".join(LETTERS[i] for i in q.answers)
        out.append(f"- **{n}. {letters}** — {_md(q.explanation)}")
        if q.source and f"{q.source}:{q.line}" in q.explanation:
            # the interactive review's rule (ui/exam_view.render_review): an explanation that
            # quotes the line has shown the part it vouches for, and corrected what that part
            # states; the whole line under it would show a stale figure left uncorrected
            continue
        where = f"`{q.source}:{q.line}`" if q.source else ""
        if q.snippet:
            # (as the interactive review shows it: HTML as text, struck text dropped)
            out.append(f"  - note: {_md(shown_line(q.snippet).strip())} {where}".rstrip())
        elif where:
            out.append(f"  - note: {where}")
    # the whole page through the one sanitizer: a note's or a file name's escape sequence
    # (clipboard write, screen clear) must not reach a file a student prints with `cat`
    return safe_text("\n".join(out).rstrip() + "\n")
