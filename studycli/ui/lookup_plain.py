"""The answer to `studycli lookup`, as plain text with optional ANSI styles.

Not Rich: the lookup fast path must start in about 100 ms and `rich.console` alone costs
~60 ms to import. Note text is never interpreted (no markup), and control characters in it
are replaced so a note cannot drive the terminal.
"""

from __future__ import annotations

from studycli.lookup import answer_value
from studycli.lookup.text import clean_display

_STYLES = {"bold": "1", "dim": "2", "value": "1;96", "warn": "1;33", "head": "1"}


class Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, style: str) -> str:
        if not self.color or not text:
            return text
        return f"\x1b[{_STYLES[style]}m{text}\x1b[0m"


def _name(h: dict) -> str:
    parts = [h["service"], h["subject"], h["attribute"]]
    name = " / ".join(clean_display(p) for p in parts if p)
    if h["qualifier"] and h["kind"] != "error_code":
        name += f" ({h['qualifier']})"
    return name


def _where(h: dict) -> str:
    return f"{clean_display(h['source'])}:{h['line']}"


def _value(h: dict) -> str:
    return clean_display(answer_value(h))


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def render(result, color: bool = False, width: int = 100) -> str:
    """The whole answer as one string (ends with a newline)."""
    st = Style(color)
    out: list[str] = []
    if not result.hits:
        return render_no_match(result, st)
    best, rest = result.hits[0], result.hits[1:]
    out.append(st(_short(_value(best), width), "value"))
    out.append(st(_name(best), "bold") + st(f"   [{best['kind']}]", "dim"))
    if best["snippet"]:
        out.append("  " + _short(clean_display(best["snippet"]).strip(), width - 2))
    where = _where(best)
    if best.get("also"):
        where += "  (also " + ", ".join(f"{s}:{n}" for s, n in best["also"][:3]) + ")"
    out.append("  " + st(where, "dim"))
    if best.get("conflicts"):
        out.append("")
        out.append(st("! conflict: your notes disagree", "warn"))
        for f in [best, *best["conflicts"]]:
            out.append("  " + st(_short(_value(f), 30).ljust(14), "bold") + "  "
                       + st(_where(f), "dim") + "  "
                       + _short(clean_display(f["snippet"]).strip(), max(20, width - 50)))
    shown = {(f["source"], f["line"], f["value"]) for f in best.get("conflicts", [])}
    rest = [h for h in rest if (h["source"], h["line"], h["value"]) not in shown]
    if rest:
        out.append("")
        out.append(st("Other matches:", "dim"))
        for h in rest:
            mark = "  ! conflict" if h.get("conflicts") else ""
            line = (f"  {_short(_value(h), 36)}  —  {_short(_name(h), 50)}  "
                    f"{_where(h)}")
            out.append(st(line, "dim") + (st(mark, "warn") if mark else ""))
    return "\n".join(out) + "\n"


def render_no_match(result, st: Style) -> str:
    query = _short(clean_display(result.query), 60)
    if not query.strip():
        lines = ["Nothing to look up: type a few words, "
                 'e.g. studycli lookup "sqs max message size".']
    else:
        where = ", ".join(f"{k} {clean_display(v)}" for k, v in result.filters.items())
        lines = [f'No fact matches "{query}"' + (f" ({where})." if where else ".")]
    if result.suggestions:
        lines.append("Closest things in your notes: "
                     + ", ".join(clean_display(s) for s in result.suggestions))
    return "\n".join(lines) + "\n"
