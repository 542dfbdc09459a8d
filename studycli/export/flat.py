"""The quiz deck as CSV (for spreadsheets and other flashcard apps) or Markdown (to print)."""

from __future__ import annotations

import csv
import io

from studycli.export.deck import DeckRow


def to_csv(rows: list[DeckRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["card_id", "service", "kind", "question", "answer", "note_line", "source",
                     "tags"])
    for r in rows:
        writer.writerow([r.card_id, r.service, r.kind, r.question, r.answer, r.note_line,
                         r.source, " ".join(r.tags)])
    return out.getvalue()


def to_markdown(rows: list[DeckRow]) -> str:
    lines = ["# studycli deck", ""]
    service = None
    for n, r in enumerate(rows, start=1):
        if r.service != service:
            service = r.service
            lines += [f"## {service or 'Other'}", ""]
        question = r.question.replace("\n", "  \n")
        lines += [f"**{n}.** {question}", "", f"> **Answer:** {r.answer}  ",
                  f"> {r.note_line} (`{r.source}`)", ""]
    return "\n".join(lines)
