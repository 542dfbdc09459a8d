"""The quiz deck as CSV (for spreadsheets and other flashcard apps) or Markdown (to print)."""

from __future__ import annotations

import csv
import io

from studycli.export.deck import DeckRow


def to_csv(rows: list[DeckRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    # note_status: what the quiz says of a note line AWS has since changed ("Your note (…) says
    # 256 KB: it is out of date. AWS docs: 1 MiB (page)"); a student studying the sheet must
    # read it beside the stale line, as the quiz and the printed deck show it.
    writer.writerow(["card_id", "service", "kind", "question", "answer", "note_line", "source",
                     "tags", "note_status"])
    for r in rows:
        writer.writerow([r.card_id, r.service, r.kind, r.question, r.answer, r.note_line,
                         r.source, " ".join(r.tags), r.note_status])
    return out.getvalue()


def to_markdown(rows: list[DeckRow]) -> str:
    lines = ["# studycli deck", ""]
    service = None
    for n, r in enumerate(_one_per_stem(rows), start=1):
        if r.service != service:
            service = r.service
            lines += [f"## {service or 'Other'}", ""]
        question = r.question.replace("\n", "  \n")
        lines += [f"**{n}.** {question}", "", f"> **Answer:** {r.answer}  ",
                  f"> {r.note_line} (`{r.source}`)" + ("  " if r.note_status else "")]
        if r.note_status:
            lines.append(f"> ⚠ {r.note_status}")
        lines.append("")
    return "\n".join(lines)


def _one_per_stem(rows: list[DeckRow]) -> list[DeckRow]:
    """A printed deck asks each stem once: a fact's recall card and its choice card share a
    stem, and a new user read them back to back as duplicates. The version with options (the
    more complete) is kept, where the first of them stood."""
    kept: list[DeckRow] = []
    where: dict[tuple[str, str], int] = {}
    for r in rows:
        key = (r.service, r.question.split("\n", 1)[0])
        if key not in where:
            where[key] = len(kept)
            kept.append(r)
        elif r.question.count("\n") > kept[where[key]].question.count("\n"):
            kept[where[key]] = r
    return kept
