"""The answer to `studycli lookup`, as plain text with optional ANSI styles.

Not Rich: the lookup fast path must start in about 100 ms and `rich.console` alone costs
~60 ms to import. Note text is never interpreted (no markup), and control characters in it
are replaced so a note cannot drive the terminal.
"""

from __future__ import annotations

import re

from studycli.lookup import answer_value, display_name, markers
from studycli.lookup.own_marks import letters
from studycli.lookup.text import clean_display
from studycli.sanitize import cells_apart, shown_line
from studycli.store.currency import said_now, still_default_said
from studycli.ui.cells import cells, spaced, whole
from studycli.ui.links import place
from studycli.ui.verdict_words import verdict_label

_STYLES = {"bold": "1", "dim": "2", "value": "1;96", "warn": "1;33", "head": "1"}


class Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, style: str) -> str:
        if not self.color or not text:
            return text
        return f"\x1b[{_STYLES[style]}m{text}\x1b[0m"


def _name(h: dict) -> str:
    return clean_display(display_name({**h, "service": _service(h["service"]),
                                       "attribute": card_unmarked(h.get("attribute") or "")}))


# a flashcard's side marks: "Q:", "Q12:", "A:", "**Q:**" (they mark the card, and say nothing)
_CARD_MARK = re.compile(r"^[\s*_`]*(?:q\s*\d*|question|a|ans|answer)[\s*_`]*:[\s*_`]+(?=\S)",
                        re.IGNORECASE)


def card_unmarked(text: str) -> str:
    """`text` less the side mark a flashcard opens with, and a question's closing "?": an
    answer headlined "A: 5 minutes", a measure named "q: memory range?" (a new user, session
    48). The stored fact keeps its attribute: lookup reads a card's question by its marks
    (lookup/journal.py QUESTION)."""
    mark = _CARD_MARK.match(text)
    if mark is None:
        return text
    rest = text[mark.end():]
    return rest.rstrip(" ?") if _CARD_QUESTION.match(mark.group()) else rest


_CARD_QUESTION = re.compile(r"^[\s*_`]*(?:q|question)", re.IGNORECASE)


def _service(name: str) -> str:
    """"AWS Config", not "Config" (read as any configuration), as the facts table shows it
    (ui/names.py; the catalog it reads is already loaded by the lookup)."""
    from studycli.ui.names import display_service

    return display_service(name)


def _other_name(h: dict) -> str:
    """What lookup names a fact by in its answer and "Other matches". A statement (kind
    fact) is its own note line: its attribute is the heading over it or the line's first
    words ("zettelkasten dump - dva ...", "saa)"), no name of what it says, so only its
    service and subject are shown and its line has the room."""
    if h["kind"] != "fact":
        return _name(h)
    return clean_display(" / ".join(p for p in (_service(h["service"]), h["subject"]) if p))


def _first_words_only(h: dict) -> bool:
    """Whether a statement's attribute is only words of its own line ("well architected
    pillars op" of "Well-Architected: 6 pillars (op excellence, ..."): the parser's key, no
    heading over it, so no name to show above the line that says them all."""
    said = set(_WORD.findall((h["attribute"] or "").lower()))
    return h["kind"] == "fact" and said <= set(_WORD.findall((h["value"] or "").lower()))


_WORD = re.compile(r"[a-z]+")


def _where(h: dict) -> str:
    """The fact's file:line, one word to the folding of lines (ui/cells.whole)."""
    return whole(f"{clean_display(h['source'])}:{h['line']}")


def _value(h: dict) -> str:
    value = clean_display(answer_value(h))
    if h.get("kind") == "fact":
        value = card_unmarked(value)
    snippet = h.get("snippet") or ""
    if "\t" in snippet and snippet.split() == value.split():
        # a tab-separated line answered whole reads as its evidence line does, cells apart
        # (the parser's value has its tabs read as spaces: a last read)
        return clean_display(cells_apart(snippet).strip())
    return value


# The student's own doubt on the line: hedging words, "(?)", "??", a "?" right after a number,
# an aside that asks about the figure itself ("29 sec (can be raised for REST now?)": the
# figure may not be all): with a doubt word or a number of its own. An aside asking about
# something else ("29 sec (what about HTTP APIs?)") leaves the figure as sure as it was. A
# question the student points back at the line with an arrow ("29 sec <- hard limit?", "<- still
# true now?") doubts what the line says; one asking of something else ("<- practice exam Q7: SQS
# or SNS?", "<- (what's the max? 365 days)") does not.
# (The parser's doubt cues, data/cues.json, mean something narrower, a number taken back, and
# reading them would add the cue file to every lookup's start-up.) A flashcard's question
# ("Q: max retention 14 days? A: ...") asks, it does not doubt.
_HEDGED = re.compile(r"\b(?:maybe|not sure|unsure|i think|iirc|idk|double[- ]check|need to "
                     r"(?:verify|check)|to verify)\b|\(\?\)|\((?=[^()]*(?:\bcan\s+be\s+"
                     r"(?:raised|increased|changed)\b|\b(?:now|still)\s*\?|\bor\s+is\s+it\b|\d))"
                     r"[^()]*\?\s*\)|\?\?|\d\s*[a-z%]{0,8}\s*\?"
                     r"(?!\s*(?:a\s*:|answer\b|->|→))|(?:<-+|←)[^<>←?]*\b(?:limit|still|now|"
                     r"sure|right|correct|true)\b[^<>←?]*\?", re.IGNORECASE)
_QUESTION_LINE = re.compile(r"^\W*q\s*\d*\s*[:.)]", re.IGNORECASE)


def hedged(snippet: str) -> bool:
    """Whether the note line doubts its own value (and is no flashcard's question)."""
    return bool(_HEDGED.search(snippet)) and not _QUESTION_LINE.match(snippet)


MIN_VALUE = 20  # cells of the value kept beside its verdict; fewer, the verdict goes under
WORD_CUT = 0.6  # a cut goes back to a word's end when that keeps this much of the room


def _short(text: str, width: int) -> str:
    """`text` on one line in at most `width` cells; a longer one is cut at a word's end
    ("Multi-AZ : réplication…", not "Multi-AZ : réplicat…") unless that loses too much."""
    text = " ".join(text.split())
    if cells(text) <= width:
        return text
    cut = text[: max(1, width - 1)]
    while len(cut) > 1 and cells(cut) > width - 1:  # a wide character takes two cells
        cut = cut[:-1]
    space = cut.rfind(" ")
    if space >= WORD_CUT * len(cut):
        cut = cut[:space].rstrip(" ,;:/-–—|(")
    return cut + "…"


def evidence_line(h: dict, width: int) -> str:
    """The note line under the answer, cut to `width`: from the sentence that states the
    answer's number when the line's head does not ("…If you use batching, FIFO queues support
    up to 3,000 messages per second", not the Standard-queue cell before it)."""
    from studycli.ui.evidence import evidence_start

    text = " ".join(clean_display(shown_line(h["snippet"])).split())
    start = evidence_start(text, h, width - 1)
    # (a cut at a cell's start drops the cell bar: "…High Throughput", not "…| High")
    return _short(text, width) if not start else "…" + _short(text[start:].lstrip("| "), width - 1)


def _wrapped(items: list[str], width: int, first: str, indent: str) -> list[str]:
    """`items` joined by ", " in lines of at most `width`, broken only between items (a
    file:line is never split)."""
    lines, line = [], first
    for n, item in enumerate(items):
        piece = item + ("," if n < len(items) - 1 else "")
        if line.strip() and cells(line) + 1 + cells(piece) > width and \
                line not in (first, indent):
            lines.append(line)
            line = indent + piece
        else:
            line = line + (" " if line.strip() else "") + piece
    lines.append(line)
    return lines


def _value_lines(value: str, mark: str, st: Style, width: int) -> list[str]:
    """The answer's value and its currency verdict: on one line, the value cut to leave the
    verdict room ("256 KB  ! outdated per the AWS docs: now 1 MiB"); when that leaves the
    value fewer than MIN_VALUE cells, the verdict under it, whole and wrapped at `width`
    (an 80-column terminal folded "...Splunk)[], AWS Lambda…  !" with the words on the next
    line, away from their "!")."""
    if not mark:
        # a statement answer is the whole line ("hooks order: ApplicationStop -> BeforeInstall
        # -> ... -> ValidateService"): cut at the width, the order asked for was lost, so it
        # wraps, the next lines under the answer's first
        said = " ".join(value.split())
        if cells(said) <= width:
            return [st(said, "value")]
        return [st(line, "value") for line in _wrap_fitting(said, width, "  ")]
    room = width - cells(mark) - 2
    if room >= MIN_VALUE:
        return [st(_short(value, room), "value") + "  " + st(mark, "warn")]
    import textwrap  # (only for a marker that does not fit: its patterns cost start-up)

    lines = textwrap.wrap(mark, width - 1, initial_indent="    ", subsequent_indent="      ",
                          break_long_words=False, break_on_hyphens=False)
    return [st(_short(value, width), "value"), *(st(line, "warn") for line in lines)]


def _page_lines(url: str, width: int, fold: bool = True) -> list[str]:
    """The verdict's page, labelled (under the file:line, unlabelled, it read as another
    marker's page): "  ! page: https://…", or the label alone when the address would not
    fit beside it, the address whole from column 0 under it (see links.place); off a
    terminal (`fold` False) beside its label, whatever its length."""
    label = "  ! page:"
    if cells(label) + 1 + len(url) <= width or not fold:
        return [f"{label} {url}"]
    return [label, place(url, 4, width)]


def render(result, color: bool = False, width: int = 100, fold: bool = True) -> str:
    """The whole answer as one string (ends with a newline)."""
    st = Style(color)
    if not result.hits:
        return render_no_answer(result, st, width, fold)
    out: list[str] = []
    best, rest = result.hits[0], result.hits[1:]
    own = markers(best)["currency"]
    mark = _currency_said(own)
    # the verdict on the answer's own line: a student who reads only the first line must
    # not learn the old value ("256 KB", then "! outdated ... now 1 MiB" four lines down)
    out += _value_lines(_value(best), clean_display(mark.strip()) if mark else "", st, width)
    name = _other_name(best) or ("" if _first_words_only(best) else _name(best))
    out.append(st(_short(name, width - len(best["kind"]) - 5), "bold")
               + st(f"{'   ' if name else ''}[{best['kind']}]", "dim"))
    if best["snippet"]:
        out.append("  " + evidence_line(best, width - 2))
        if hedged(best["snippet"]):
            # "up to 48 h (maybe a few days?)": the answer above is the note's guess, said so
            out.append(st("  ? your note is unsure of this", "warn"))
    out.append("  " + st(_where(best), "dim"))
    if best.get("also"):
        also = [whole(f"{clean_display(s)}:{n}") for s, n in best["also"]]
        out += [st(line, "dim") for line in _wrapped(also, width, "  also", "       ")]
    if mark and own.get("url"):  # its page under the file:line, said whose it is
        out += [st(line, "dim") for line in _page_lines(clean_display(str(own["url"])), width,
                                                         fold)]
    marked: set[str] = set()  # each marker once: one line's stale claim under each match of it
    out += _currency(markers(best)["line_currency"], st, width, on_line=True, fold=fold,
                     said=marked)
    conflict = markers(best)["conflict"]
    if conflict:
        out.append("")
        out.append(st("! conflict: your notes disagree on "
                      + _short(clean_display(conflict["about"]), width - 36), "warn"))
        out += _sides(conflict, st, width)
    shown = {(f["source"], f["line"], f["value"]) for f in
             [*best.get("conflicts", []), best.get("conflict_side") or best]}
    rest = [h for h in rest if (h["source"], h["line"], h["value"]) not in shown
            and not _printed_line(h, best)]
    if rest:
        out.append("")
        out.append(st("Other matches:", "dim"))
        for h in rest:
            where = _where(h)
            # on a terminal a file:line longer than a third of the row goes under it, whole:
            # beside it, it cut the name to "API Gatew…" and was folded itself; off a
            # terminal a match stays one line (for grep)
            under = fold and cells(where) > width // 3
            room = max(20, width - (5 if under else cells(where) + 9))
            name = _other_name(h)
            statement = h["kind"] == "fact"
            value = _short(_value(h), max(36, room - min(len(name), 24)) if statement
                           else min(36, room // 2))
            name = _short(name, max(10, room - cells(value)))
            said = f"  {value}  —  {name}" if name else f"  {value}"
            out.append(st(said if under else f"{said}  {where}", "dim"))
            if under:
                out.append(st(f"    {where}", "dim"))
            out += _currency(markers(h)["currency"], st, width, indent=2, fold=fold)
            out += _currency(markers(h)["line_currency"], st, width, indent=2, on_line=True,
                             fold=fold, said=marked)
            conflict = markers(h)["conflict"]
            if conflict:
                out.append(st("    ! conflict: your notes disagree", "warn"))
                out += ["  " + line for line in _sides(conflict, st, width - 2)]
    return _folded(out, width) if fold else _joined(out)


def _printed_line(h: dict, best: dict) -> bool:
    """Whether `h` is a statement of the note line already printed under the answer (its
    snippet): listing it again under "Other matches" repeats that line, cut short."""
    said = letters(h["value"])  # "" (a value of signs alone) is in every snippet: not printed
    return bool(said) and h["kind"] == "fact" and h["source"] == best["source"] \
        and h["line"] == best["line"] and said in letters(best["snippet"])


def _currency(currency, st: Style, width: int, indent: int = 0,
              on_line: bool = False, fold: bool = True,
              said: set[str] | None = None) -> list[str]:
    """A currency marker from the check against current AWS, when one is attached
    ({"status", "current_value", "url"}): only what the student must not learn as is.
    Its page's address is never cut: under the marker when it fits, else from column 0 on
    a terminal; off one (`fold` False: a pipe, a file) nothing is folded, so the address
    keeps its indent under its marker whatever its length. A marker in `said` (printed
    already for this answer: one line's stale claim under each of its matches) is not
    printed again; the marker printed is added to it."""
    line = _currency_said(currency, on_line)
    if line is None:
        return []
    if said is not None:
        if line in said:
            return []
        said.add(line)
    # wrapped, never cut: what AWS says now is the part a student must read whole
    lines = [" " * indent + st(part, "warn") for part in
             _wrap_fitting(clean_display(line), max(20, width - indent), "    ")]
    if currency.get("url"):
        url = clean_display(str(currency["url"]))
        lines.append(st(place(url, indent + 4, width) if fold else " " * (indent + 4) + url,
                        "dim"))
    return lines


def _currency_said(currency, on_line: bool = False) -> str | None:
    """The marker's words ("  ! outdated per the AWS docs: now 1 MiB"), None when the
    student may learn the line as it is."""
    if not isinstance(currency, dict) or (
            currency.get("status") in (None, "current") and not currency.get("takes_effect")) or (
            currency.get("status") == "unknown" and not currency.get("suspect")):
        return None
    if currency.get("status") == "current":  # right today; AWS has announced its end
        claim = f" ({currency['claim']})" if on_line and currency.get("claim") else ""
        what = f"another claim on this line{claim}: " if on_line else ""
        line = (f"  ! {what}AWS changes this on "
                f"{day_month_year(str(currency['takes_effect']))}, per the AWS docs: "
                f"{str(currency.get('current_value') or '').strip()}")
    elif currency["status"] == "unknown":  # not outdated, but not what the note calls it
        line = f"  ! {currency['suspect']}"
        now = str(currency.get("current_value") or "")
        if now and now not in line:  # the doubt may name AWS's value already: said once
            line += f": {now}"
    else:
        # a claim of the line other than the answer: said so, or the answer reads as stale
        # which claim: "another claim ... now 1 MiB" under a retention answer read as the
        # retention being 1 MiB now (a new user)
        claim = f" ({currency['claim']})" if on_line and currency.get("claim") else ""
        verdict = currency.get("verdict") or currency["status"]
        said = f"{verdict_label(verdict)} per the AWS docs" if verdict != "differs" \
            else verdict_label(verdict)  # "not what AWS says per the AWS docs" says it twice
        line = (f"  ! another claim on this line{claim} is {said}"
                if on_line else f"  ! {said}")
        now = str(currency.get("current_value") or "").strip()
        if currency.get("note_default") and now:
            # a "maximum" that is still the default: what check and the quiz say of it, not
            # "outdated: now <the raised maximum>" (a student would unlearn a right default)
            said = still_default_said(str(currency["note_default"]), now)
            line = (f"  ! another claim on this line{claim}: {said} (per the AWS docs)"
                    if on_line else f"  ! {said[0].upper()}{said[1:]} (per the AWS docs)")
        elif now:
            said = said_now(now)  # "there is none any more" for a measure AWS dropped
            # "now" only where AWS changed it (check's "AWS now" / "AWS says")
            line += (f": {'now' if verdict == 'outdated' else 'AWS says'} {now}"
                     if said == now else f": {said}")
    return line


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_month_year(iso: str) -> str:
    """'2027-01-01' -> '1 Jan 2027' (as given when it is not a day)."""
    parts = iso.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and 1 <= int(parts[1]) <= 12:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return iso


def _wrap_fitting(text: str, width: int, subsequent_indent: str) -> list[str]:
    """textwrap.wrap(text, width, subsequent_indent=...), without importing textwrap (its
    patterns cost a lookup's start-up) when the text fits on one line as it is."""
    if text and len(text) <= width and text == text.rstrip() and not any(
            c in text for c in "\t\n\r\x0b\x0c"):
        return [text]
    from textwrap import wrap

    # never inside a word: a web address or a figure cut at a hyphen reads as two
    return wrap(text, width, subsequent_indent=subsequent_indent, break_long_words=False,
                break_on_hyphens=False)


def _sides(conflict: dict, st: Style, width: int) -> list[str]:
    lines = []
    for side in conflict["sides"]:
        where = whole(f"{clean_display(side['source'])}:{side['line']}")  # never split
        head = "  " + _short(clean_display(side["value"]), 30).ljust(14) + "  "
        status = side.get("status")
        verdict = side.get("verdict") or status
        mark = (f"{verdict_label(verdict)} per the AWS docs  " if verdict in ("outdated", "wrong")
                else "not what AWS says  " if verdict == "differs" else "")
        room = width - cells(head) - len(mark) - cells(where) - 2
        snippet = shown_line(side["snippet"] or "")
        snippet = _short(clean_display(snippet).strip(), room) if room > 12 else ""
        lines.append(st(head, "bold") + (st(mark, "warn") if mark else "") + st(where, "dim")
                     + ("  " + snippet if snippet else ""))
    return lines


def render_no_answer(result, st: Style, width: int = 100, fold: bool = True) -> str:
    """Not in your notes: said plainly, with the lines that share its words set apart
    under a heading that says they are not answers."""
    query = _short(clean_display(result.query), 60)
    if not query.strip():
        return ("Nothing to look up: type a few words, "
                'e.g. studycli lookup "sqs max message size".\n')
    where = ", ".join(f"{k} {clean_display(v)}" for k, v in result.filters.items())
    q = getattr(result, "understood", None)
    from studycli.lookup import names_only

    if q is not None and names_only(q) and result.related:
        # the notes do cover the service: "Not in your notes" would tell the student otherwise
        service = clean_display(q.services[0])
        name = service.lower()
        arg = f'"{name}"' if " " in name else name  # a command a student can paste as it is
        said = (f'"{query}" names {service} but asks nothing of it: ask for a measure '
                f'("{name} max ...", "... default ...") or list what your notes '
                f"say with `studycli facts --service {arg}`.")
        lines = [st(part, "warn") for part in _wrap_fitting(said, width, "")]
    else:
        lines = [st(f'Not in your notes: "{query}"' + (f" ({where})" if where else ""),
                    "warn")]
    if result.related:
        lines.append("")
        lines.append(st("Related lines in your notes (they do not answer it):", "dim"))
        for f in result.related:
            where_ = _where(f)
            lines.append("  " + st(where_, "dim") + "  " + _short(
                clean_display(shown_line(f["snippet"] or f["value"])).strip(),
                max(10, width - cells(where_) - 4)))
    for name in getattr(result, "absent", ()):
        lines.append(f"Your notes have nothing filed under {clean_display(name)}.")
    if result.suggestions:
        lines.append("Closest things in your notes: "
                     + ", ".join(clean_display(card_unmarked(s)) for s in result.suggestions))
    lines += _from_reference(result.docs, st, width)
    return _folded(lines, width) if fold else _joined(lines)


_SGR = re.compile(r"\x1b\[[0-9;]*m")


def _joined(lines: list[str]) -> str:
    """The lines as they are: output that is not a terminal (a pipe, a file) is not folded,
    so an answer's "file:line" and its text stay on one line for `grep` and scripts."""
    return spaced("\n".join(lines)) + "\n"


def _folded(lines: list[str], width: int) -> str:
    """The lines as one string, each longer than the terminal broken between words and
    carried on under its own indent (+4): a terminal would wrap it back to column 0, where
    it reads as the start of another entry, and split a file name anywhere. A file name or
    a web address has no spaces, so it is never broken (alone on a line, if need be)."""
    out: list[str] = []
    for line in lines:
        if cells(_SGR.sub("", line)) <= width:
            out.append(line)
            continue
        body = line.lstrip(" ")
        lead = len(line) - len(body)
        pad = " " * min(lead + 4, width // 2)
        current, room = line[:lead], lead
        for n, word in enumerate(body.split(" ")):
            size = cells(_SGR.sub("", word))
            if n and size and room + 1 + size > width and current.strip():
                out.append(current.rstrip(" "))
                indent = pad[:max(0, width - size)]  # less indent sooner than a split name
                current, room = indent + word, len(indent) + size
            else:
                current, room = (f"{current} {word}", room + 1 + size) if n \
                    else (current + word, room + size)
        out.append(current)
    return spaced("\n".join(out)) + "\n"


def _from_reference(docs: list[dict], st: Style, width: int) -> list[str]:
    """What the AWS docs say (lookup's `docs`: the curated reference), set apart from the
    notes: a fact to add to your notes, not something your notes said."""
    if not docs:
        return []
    e = docs[0]
    lines = ["", st(f"AWS docs say (studycli's reference, checked {e['checked']}; not your "
                    "notes):", "dim")]
    import textwrap

    lines += textwrap.wrap(clean_display(e["statement"]), width, initial_indent="  ",
                           subsequent_indent="  ", break_long_words=False,
                           break_on_hyphens=False)
    lines.append(st(place(clean_display(e["url"]), 2, width), "dim"))
    return lines
