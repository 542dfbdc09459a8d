"""Note shapes for the parser benchmarks: each builds a note of about `size` bytes (UTF-8) in one
layout (prose, bullets, tables...), out of varied AWS-like lines so the rules have something
to find and no cache sees the same line twice in a row. Deterministic (fixed seeds)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHIPPED = "\n".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "content").iterdir()))

_SERVICES = ["Lambda", "SQS", "SNS", "DynamoDB", "S3", "API Gateway", "Kinesis", "Step Functions",
             "EventBridge", "Cognito", "CloudFront", "ECS", "Aurora", "RDS", "ElastiCache"]
_SUBJECTS = ["timeout", "memory", "message size", "batch size", "retention period",
             "concurrent executions", "payload size", "item size", "visibility timeout",
             "throughput", "burst limit", "request rate", "retries", "storage"]
_UNITS = ["seconds", "minutes", "MB", "KB", "GB", "days", "hours", "requests per second", "ms"]
_WORDS = ("the function keeps running because it is waiting on the queue and then it scales out "
          "when more messages arrive so you pay for what you use and the service retries on "
          "errors with exponential backoff until the event expires or lands in a dead letter "
          "queue that you configure on the subscription").split()


def _statement(rng: random.Random) -> str:
    service, subject = rng.choice(_SERVICES), rng.choice(_SUBJECTS)
    n, unit = rng.choice([1, 3, 5, 10, 15, 64, 128, 256, 900, 1000, 10240]), rng.choice(_UNITS)
    forms = [
        f"{service} {subject} max {n} {unit}",
        f"The default {subject} of {service} is {n} {unit}",
        f"{service}: {subject} up to {n} {unit}, default {max(1, n // 2)} {unit}",
        f"{service} returns 429 when the {subject} is exceeded",
        f"{service} is not supported on FIFO queues for {subject}",
        f"Use {service} when you need {subject} of {n} {unit} or more",
    ]
    return rng.choice(forms)


def _filler(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words))


def _repeat(size: int, seed: int, chunk: Callable[[random.Random, int], str],
            head: str = "") -> str:
    rng = random.Random(seed)
    parts, length, k = [head], len(head.encode()), 0
    while length < size:  # in UTF-8 bytes, as the note size cap counts
        piece = chunk(rng, k)
        parts.append(piece)
        length += len(piece.encode())
        k += 1
    return "".join(parts)


def prose(size: int) -> str:
    """Hard-wrapped paragraphs at 72 columns, as a transcript or copied docs."""
    def paragraph(rng: random.Random, k: int) -> str:
        text = " ".join(f"{_statement(rng)}. {_filler(rng, 12).capitalize()}."
                        for _ in range(4))
        lines, line = [], ""
        for word in text.split():
            if len(line) + 1 + len(word) > 72:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        return "\n".join(lines) + "\n\n"
    return _repeat(size, 1, paragraph, "## Lambda\n\n")


def bullets(size: int) -> str:
    """Nested `-` lists under headings, one statement an item."""
    def section(rng: random.Random, k: int) -> str:
        out = [f"## {rng.choice(_SERVICES)}\n", "Limits:\n"]
        for _ in range(8):
            out.append(f"- {_statement(rng)}\n")
            out.append(f"    - {_statement(rng)}\n")
        return "".join(out) + "\n"
    return _repeat(size, 2, section)


def glyph_bullets(size: int) -> str:
    """A plain-text outline with `•` glyphs, as pasted from a slide deck."""
    def section(rng: random.Random, k: int) -> str:
        out = [f"{rng.choice(_SERVICES)} notes {k}\n\n"]
        for _ in range(8):
            out.append(f"  • {_statement(rng)}\n")
            out.append(f"    • {_statement(rng)}\n")
        return "".join(out) + "\n"
    return _repeat(size, 3, section, "Serverless\n\n")


def pipe_tables(size: int) -> str:
    """Markdown pipe tables of settings, defaults and limits."""
    def table(rng: random.Random, k: int) -> str:
        out = [f"## {rng.choice(_SERVICES)}\n\n| Setting | Default | Limit |\n|---|---|---|\n"]
        for _ in range(20):
            n = rng.choice([1, 3, 10, 64, 256, 900])
            out.append(f"| {rng.choice(_SUBJECTS).capitalize()} | {n} {rng.choice(_UNITS)} | "
                       f"{n * 10} {rng.choice(_UNITS)} |\n")
        return "".join(out) + "\n"
    return _repeat(size, 4, table)


def html_tables(size: int) -> str:
    """HTML tables, as exported from Notion or a web page."""
    def table(rng: random.Random, k: int) -> str:
        out = [f"## {rng.choice(_SERVICES)}\n\n<table>\n<tr><th>Setting</th><th>Default</th>"
               "<th>Limit</th></tr>\n"]
        for _ in range(20):
            n = rng.choice([1, 3, 10, 64, 256, 900])
            out.append(f"<tr><td>{rng.choice(_SUBJECTS)}</td><td>{n} {rng.choice(_UNITS)}</td>"
                       f"<td>{n * 10} {rng.choice(_UNITS)}</td></tr>\n")
        return "".join(out) + "</table>\n\n"
    return _repeat(size, 5, table)


def tsv(size: int) -> str:
    """Tab-separated rows (a spreadsheet paste)."""
    def rows(rng: random.Random, k: int) -> str:
        out = [f"## {rng.choice(_SERVICES)}\n\nSetting\tDefault\tLimit\n"]
        for _ in range(20):
            n = rng.choice([1, 3, 10, 64, 256, 900])
            out.append(f"{rng.choice(_SUBJECTS)}\t{n} {rng.choice(_UNITS)}\t"
                       f"{n * 10} {rng.choice(_UNITS)}\n")
        return "".join(out) + "\n"
    return _repeat(size, 6, rows)


def headings(size: int) -> str:
    """A heading over every line or two, nested three deep."""
    def part(rng: random.Random, k: int) -> str:
        return (f"## {rng.choice(_SERVICES)}\n### {rng.choice(_SUBJECTS).capitalize()}\n"
                f"#### Note {k}\n{_statement(rng)}\n\n")
    return _repeat(size, 7, part)


def code_blocks(size: int) -> str:
    """Fenced code between short explanations."""
    def part(rng: random.Random, k: int) -> str:
        body = "\n".join(f"aws lambda update-function-configuration --function-name f{k} "
                         f"--timeout {rng.randint(1, 900)}" for _ in range(6))
        return f"- {_statement(rng)}\n\n```bash\n{body}\n```\n\n"
    return _repeat(size, 8, part, "## Lambda\n\n")


def long_lines(size: int) -> str:
    """Lines of about 5,000 characters (a paragraph pasted without line breaks)."""
    def line(rng: random.Random, k: int) -> str:
        out, length = [], 0
        while length < 5000:
            s = f"{_statement(rng)}. {_filler(rng, 10)}."
            out.append(s)
            length += len(s) + 1
        return " ".join(out) + "\n\n"
    return _repeat(size, 9, line, "## Lambda\n\n")


def cr_only(size: int) -> str:
    """Bullets with old Mac line endings (CR only)."""
    return bullets(size).replace("\n", "\r")


def shipped(size: int) -> str:
    """The shipped notes, repeated."""
    return (SHIPPED + "\n") * max(1, size // (len(SHIPPED) + 1))


def org_outline(size: int) -> str:
    """An org-mode outline (.org): starred headings over `-` items and a property drawer."""
    def section(rng: random.Random, k: int) -> str:
        out = [f"* {rng.choice(_SERVICES)}\n", f"** {rng.choice(_SUBJECTS).capitalize()}\n",
               ":PROPERTIES:\n:EXAM: SAA-C03\n:END:\n"]
        out += [f"- {_statement(rng)}\n" for _ in range(8)]
        return "".join(out) + "\n"
    return _repeat(size, 11, section, "#+TITLE: AWS notes\n\n")


def asciidoc(size: int) -> str:
    """An AsciiDoc document (.adoc): `==` sections, `*` items and `|===` tables."""
    def section(rng: random.Random, k: int) -> str:
        out = [f"== {rng.choice(_SERVICES)}\n\n"]
        out += [f"* {_statement(rng)}\n" for _ in range(6)]
        out.append("\n[cols=\"2,1\"]\n|===\n|Setting |Limit\n")
        for _ in range(4):
            out.append(f"|{rng.choice(_SUBJECTS)} |{rng.choice([1, 10, 256, 900])} "
                       f"{rng.choice(_UNITS)}\n")
        return "".join(out) + "|===\n\n"
    return _repeat(size, 12, section, "= AWS notes\n:toc:\n\n")


def html_page(size: int) -> str:
    """A web page or a note app's HTML export (.html): headings, lists and paragraphs."""
    def section(rng: random.Random, k: int) -> str:
        out = [f"<h2>{rng.choice(_SERVICES)}</h2>\n<ul>\n"]
        out += [f"  <li>{_statement(rng)}</li>\n" for _ in range(6)]
        out.append(f"</ul>\n<p>{_statement(rng)}. {_filler(rng, 10)}.</p>\n")
        return "".join(out)
    page = _repeat(size, 13, section, "<!DOCTYPE html>\n<html><head><title>AWS notes</title>"
                                      "</head><body>\n<h1>AWS notes</h1>\n")
    return page + "</body></html>\n"


def csv_sheet(size: int) -> str:
    """A spreadsheet of facts saved as CSV (.csv): a header, then a service and a fact a row."""
    def rows(rng: random.Random, k: int) -> str:
        return "".join(f"{rng.choice(_SERVICES)},\"{_statement(rng)}\"\n" for _ in range(20))
    return _repeat(size, 14, rows, "Service,Fact\n")


def plain_text(size: int) -> str:
    """Plain text (.txt): a service's name on its own line over sentences, no markup."""
    def section(rng: random.Random, k: int) -> str:
        out = [f"{rng.choice(_SERVICES)}\n"]
        out += [f"{_statement(rng)}.\n" for _ in range(8)]
        return "".join(out) + "\n"
    return _repeat(size, 15, section)


SHAPES: dict[str, Callable[[int], str]] = {
    "prose": prose,
    "bullets": bullets,
    "• bullets": glyph_bullets,
    "pipe tables": pipe_tables,
    "HTML tables": html_tables,
    "TSV": tsv,
    "headings-heavy": headings,
    "code blocks": code_blocks,
    "long lines": long_lines,
    "CR-only": cr_only,
    "shipped repeated": shipped,
}

# Notes in the other formats ingest reads, each read through its converter (formats/): the
# shape's builder and the suffix its file is named with. Kept apart from SHAPES, whose notes
# the parse benchmarks hand to the parser as markdown.
FORMAT_SHAPES: dict[str, tuple[Callable[[int], str], str]] = {
    "org outline": (org_outline, ".org"),
    "AsciiDoc": (asciidoc, ".adoc"),
    "HTML page": (html_page, ".html"),
    "CSV sheet": (csv_sheet, ".csv"),
    "plain text": (plain_text, ".txt"),
}
