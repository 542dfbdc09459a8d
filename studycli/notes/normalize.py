"""Normalize messy notes into markdown that markdown-it reads as students mean it.

Every transformation keeps the line count, so line N of the output is line N of the note:
facts and warnings point at the student's own lines.

What gets normalized:
- line endings, BOM, non-breaking spaces, leading tabs (to 4 spaces);
- YAML front matter (blanked);
- admonitions (`!!! note`, `??? tip`): the marker line blanked, the indented body dedented;
- plain-text outlines with bullet glyphs (`•`, `◦`, `▪`, `‣`): glyphs become `-` and nesting is
  rebuilt from the indentation; short stand-alone lines become headings;
- indented blocks that are not inside a list (pasted, or under a heading in Obsidian) are
  dedented instead of becoming code blocks;
- Obsidian embeds `![[...]]` and images are dropped, and so are a task app's tags at a line's
  end ("@review", "+project @context": app_markers.py);
- tab-separated and HTML tables are lifted out as `Table`s (their lines blanked for markdown-it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studycli.app_markers import drop_app_markers
from studycli.fences import FENCE as _FENCE
from studycli.fences import in_fence_mask as _in_fence_mask
from studycli.notes.any_script import read_any_script
from studycli.notes.clause_numbers import clauses_to_items
from studycli.notes.dictation import read_dictation
from studycli.notes.gloss import gloss
from studycli.notes.identifier_keys import split_identifier_keys
from studycli.notes.legend import apply_legend
from studycli.notes.legend_grids import lift_legend_grids, may_hold_grid, titles_to_headings
from studycli.notes.math_notation import read_math_notation
from studycli.notes.number_words import spell_out_numbers
from studycli.notes.numbered_sections import numbered_titles_to_headings, word_bullets_to_items
from studycli.notes.ocr_confusions import repair_misread_services
from studycli.notes.plain_sections import HEADING as _HEADING
from studycli.notes.plain_sections import UNDERLINE as _UNDERLINE
from studycli.notes.plain_sections import part_of as _part_of
from studycli.notes.service_shorthand import read_service_shorthand
from studycli.notes.service_typos import repair_service_typos
from studycli.notes.spaced_thousands import join_spaced_thousands
from studycli.notes.symbols import read_symbols
from studycli.notes.tables import (
    Table,
    cell_text,
    join_wrapped_pipe_headers,
    lift_bare_pipe_tables,
    lift_glued_tables,
    lift_html_tables,
    lift_loose_pipe_tables,
    lift_quoted_csv_tables,
    lift_tsv_tables,
)
from studycli.notes.terminal_log import may_be_session, session_to_items
from studycli.notes.text_speak import spell_out_shorthand
from studycli.services import find_services
from studycli.table_row_numbers import numbers_rows
from studycli.taken_back import GFM_STRUCK, drop_taken_back

BULLET_GLYPHS = "•◦▪‣●○■□➢➤►"
_GLYPH_ITEM = re.compile(rf"^(\s*)[{BULLET_GLYPHS}]\s*(.*)$")
# Word and OneNote exports mark the second outline level with a letter "o" (the Courier circle):
# an indented "o " opens an item there, as a glyph does; without it, "o Savings Plans - ..."
# under a deeper "▪ ..." line was read as that line's wrapped continuation and joined to it
_OUTLINE_ITEM = re.compile(rf"^(\s*)(?:[{BULLET_GLYPHS}]|(?<=\s)o(?=[ \t]+\S))\s*(.*)$")
_MD_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+\S")
_MD_ITEM_PREFIX = re.compile(r"^(\s*)([-*+]|\d{1,3}[.)])(\s+)")
_ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s*[\w-]+")
# No "[" or "(" inside: each try stops at the next bracket, so a line of "![![![" stays linear
_EMBED = re.compile(r"!\[\[[^\[\]\n]*\]\]|!\[[^\[\]\n]*\]\([^()\n]*\)")
_TAG = re.compile(r"<[^>\n]{0,400}>")
MAX_LINE = 20_000  # longer lines are cut for parsing (the warning says so)


@dataclass
class Normalized:
    """A note's text made regular, its tables and its over-long lines."""
    text: str
    tables: list[Table] = field(default_factory=list)
    long_lines: list[int] = field(default_factory=list)
    # a cheat sheet's shorthand read as a service: (token, service, lines it opens); and the
    # tokens opening many lines that were read as no service (notes/service_shorthand.py)
    shorthand: list[tuple[str, str, int]] = field(default_factory=list)
    unread_openers: list[tuple[str, int]] = field(default_factory=list)
    # a chat export's senders whose names were kept as the lines' speakers ("lena: "): where
    # the note is read as no chat (extract/chat_speakers.py), they are taken off after all
    talkers: frozenset[str] = frozenset()


def split_lines(raw: str) -> list[str]:
    """A note's lines, whatever its line endings (CRLF, LF or old Mac CR-only)."""
    return raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def normalize(raw: str) -> Normalized:
    # "fifteen minutes" is read as "15 minutes" (number_words: dictated notes, transcripts),
    # and "bis zu 72 %" as "up to 72 %" (gloss: notes in other languages)
    # and "10 000" as 10000 (spaced_thousands: grouped so in any language, where unambiguous)
    # and "targets ≤ 5", "1 min ≤ t ≤ 14 d", "λ" as "targets max 5", "1 min – 14 d", "Lambda"
    # (symbols: cram sheets' notation), after "T ∈ [1 s, 900 s]", "|replicas| ≤ 5",
    # "default(retention)" as "T min 1 s, max 900 s", "max 5 replicas", "retention default"
    # (math_notation: a mathematician's notation)
    # and "vis timeout dflt 30s, mx 12h" as "default 30s, max 12h" (text_speak: texted notes)
    # and "max five comma lamb duh new line" as "max five, lambda" (dictation: speech-to-text)
    # and "၁ ၀၀၀" as "1 000", "1\u200f000" as "1000" (any_script: every script's digits, no
    # invisible marks; before the readers of numbers above)
    # and "<del>64 KB</del> 256 KB", "{~~5 min~>15 min~~}" as "256 KB", "15 min" (taken_back:
    # struck text is the student's correction, first of all)
    lines = [_clean_chars(line) for line in split_lines(spell_out_numbers(gloss(
        join_spaced_thousands(read_symbols(read_math_notation(spell_out_shorthand(
            read_dictation(read_any_script(drop_taken_back(raw))))))))))]
    long_lines = []
    for i, line in enumerate(lines):
        if len(line) > MAX_LINE:
            lines[i] = line[:MAX_LINE]
            long_lines.append(i + 1)
    _blank_front_matter(lines)
    fenced_at_first = _in_fence_mask(lines)
    # a task app's "@review", "+project @context", "SCHEDULED: <...>" are the app's, not a fact's
    drop_app_markers(lines, fenced_at_first)
    repair_service_typos(lines, fenced_at_first)  # "Step Fucntions" is Step Functions
    repair_misread_services(lines, fenced_at_first)  # a scan's "LAMBCLA" is LAMBDA
    split_identifier_keys(lines, fenced_at_first)  # "sqsMaxMsgSize: 256KB" is sqs max msg size
    _other_dialects(lines)
    _definition_lists_to_items(lines)
    if "|" in raw:
        _answer_keys_to_items(lines)
    if "```mermaid" in raw:  # a flowchart's labels (mind maps and timelines: formats.as_markdown)
        from studycli.formats.mermaid import flowchart_labels_to_items

        flowchart_labels_to_items(lines)
    if "```diff" in raw or "```patch" in raw:
        _diff_fences_to_items(lines)
    _flashcards_to_items(lines)
    if may_be_session(raw):  # a terminal session's log (notes/terminal_log.py)
        session_to_items(lines)
    apply_legend(lines)  # "_abbr: ret = retention_": "ret def 4 days" is a retention
    # "LMB max TO 15m" on a cheat sheet is Lambda's (after the legend: a note's own word wins)
    shorthand, unread_openers = read_service_shorthand(lines, fenced_at_first)
    word_bullets_to_items(lines)  # a Word export's "§<TAB>..." lines are no table's rows
    join_wrapped_pipe_headers(lines)  # a header over two lines, then its |---| line
    tables = (lift_html_tables(lines) + lift_tsv_tables(lines) + lift_bare_pipe_tables(lines)
              # a grid under a legend line naming its columns, before the loose pipes' reading
              # took the legend for a header and each row's name and first value for one cell
              + (lift_legend_grids(lines) if may_hold_grid(raw) else [])
              + lift_loose_pipe_tables(lines) + lift_glued_tables(lines)
              + (lift_quoted_csv_tables(lines) if '",' in raw else []))  # '"a", "b"' too
    lines = [_expand_leading_tabs(line) for line in lines]
    people = _chat_people(lines) if ":" in raw else frozenset()
    talkers = _talkers(lines) if ":" in raw else frozenset()
    labels = ":" in raw and _time_labels(lines)
    lines = [_inline_cleanup(line, people, talkers, labels) for line in lines]
    _toggles_to_headings(lines)
    if "Scenario" in raw and "Feature:" in raw:
        _gherkin_to_headings(lines)
    _rules_between_cards(lines)
    _rules_under_paragraphs(lines)
    made = numbered_titles_to_headings(lines)  # "4. KMS", "4.2 Limits" with no heading
    made |= clauses_to_items(lines)  # "SECTION 4  DYNAMODB" over " 4.1  Item size ..."
    _section_labels_to_headings(lines)
    # (the headings made of a plain note's numbered titles just above leave it plain: its
    # titles over indented lines, "LAMBDA" over "  max timeout 15 minutes", are still to be read)
    plain = not any(_HEADING.match(line) for i, line in enumerate(lines) if i not in made)
    _bold_labels_between_lists(lines)  # needs a heading over its section: plain is left
    _banners_to_headings(lines)
    _marked_outline_to_lists(lines)
    _outline_numbering_to_lists(lines)
    _unwrap_admonitions(lines)
    if _is_glyph_outline(lines):
        _rebuild_glyph_outline(lines)
    elif plain:
        _plain_titles_to_headings(lines)
    titles_to_headings(lines, tables)  # after the plain note's titles: see there
    for _ in range(4):  # nested stray indentation unwinds one level per pass
        if not _dedent_stray_blocks(lines):
            break
    lines = [_cap_indent(line) for line in lines]
    return Normalized(drop_stray_brackets("\n".join(lines)), tables, long_lines, shorthand,
                      unread_openers, frozenset(name.replace(" ", "_") for name in talkers))


MAX_LABEL_DEPTH = 4


def drop_stray_brackets(text: str) -> str:
    """Drop every "[" that no "]" closes, or that sits more than MAX_LABEL_DEPTH brackets
    deep. markdown-it scans from each "[" for the "]" that would end a link label, so a run of
    unclosed brackets costs time quadratic in its length (and a backslash escape still costs a
    token per bracket). Such a bracket means nothing to a fact; the note's own line, kept as
    each fact's snippet, still shows it."""
    if "[" not in text:
        return text
    stray: list[int] = []
    open_at: list[int] = []
    i, n = 0, len(text)
    while True:
        m = _BRACKET.search(text, i)
        if m is None:
            break
        at = m.start()
        ch = text[at]
        if ch == "\\":
            i = at + 2  # an escaped character is never a bracket
            continue
        if ch == "[":
            open_at.append(at)
        elif open_at:
            opened = open_at.pop()
            if len(open_at) >= MAX_LABEL_DEPTH:
                stray.append(opened)
        i = at + 1
        if i >= n:
            break
    stray.extend(open_at)
    if not stray:
        return text
    stray.sort()
    parts, last = [], 0
    for at in stray:
        parts.append(text[last:at])
        last = at + 1
    parts.append(text[last:])
    return "".join(parts)


_BRACKET = re.compile(r"[\[\]\\]")


_ORG_KEYWORD = re.compile(r"^#\+[A-Za-z_]+:")
_ORG_HEADING = re.compile(r"^(\*{1,6})\s+(\S.*)$")
_CONFLUENCE_HEADING = re.compile(r"^h([1-6])\.\s+(\S.*)$")
_CONFLUENCE_MACRO = re.compile(
    r"\{(?:info|note|tip|warning|panel|toc|code|noformat|expand)(?::[^}]*)?\}")
_BULLET_HEADING = re.compile(r"^(\s*[-*+]\s+)#{1,6}\s+")
_PROPERTY = re.compile(r"(?<=[\w)\]`*])\s*::\s+")


_DEFINITION = re.compile(r"^:[ \t]+(\S.*)$")
_TERM = re.compile(r"^[A-Za-z0-9(][^:|#>]{0,60}$")


def _definition_lists_to_items(lines: list[str]) -> None:
    """A definition list (Pandoc, PHP Markdown Extra): "Developer" over ": from $29/month" and
    ": general guidance < 24 business hrs". Markdown-it reads it as loose text, each definition
    under the section's heading with its term a line of its own (the plans' response times were
    filed under the Trusted Advisor a line before named); as an item holding its definitions,
    the term is what they are about."""
    if not any(line[:1] == ":" for line in lines):
        return  # most notes: one look at each line's first character
    fenced = _in_fence_mask(lines)
    i = 1
    while i < len(lines):
        term = lines[i - 1]
        if (_DEFINITION.match(lines[i]) and not fenced[i] and _TERM.match(term)
                and (i < 2 or not lines[i - 2].strip() or lines[i - 2].startswith("  - "))):
            lines[i - 1] = "- " + term.strip()
            while i < len(lines) and not fenced[i] and (m := _DEFINITION.match(lines[i])):
                lines[i] = "  - " + m.group(1)
                i += 1
        i += 1


def _other_dialects(lines: list[str]) -> None:
    """Org-mode, Confluence wiki markup and Logseq outlines, read as the markdown they mean.

    Org `* Heading` and Confluence `h2. Heading` become `#` headings; `key:: value` properties
    and org `term :: definition` become `key: value`; a Logseq bullet that holds a heading
    (`- ## Items`) is a plain item.
    """
    org = sum(1 for line in lines[:50] if _ORG_KEYWORD.match(line)) >= 1
    for i, line in enumerate(lines):
        if org:
            if _ORG_KEYWORD.match(line):
                lines[i] = ""
                continue
            m = _ORG_HEADING.match(line)
            if m:
                line = "#" * len(m.group(1)) + " " + m.group(2)
        m = _CONFLUENCE_HEADING.match(line)
        if m:
            line = "#" * int(m.group(1)) + " " + m.group(2)
        if "{" in line:
            line = _CONFLUENCE_MACRO.sub(" ", line)
        if "::" in line:
            line = _PROPERTY.sub(": ", line)
        if "#" in line:
            line = _BULLET_HEADING.sub(r"\1", line)
        lines[i] = line


_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_CALLOUT = re.compile(r"^(\s*(?:>\s*)+)\[![\w-]+\][+-]?\s*")
# A wikilink holds no "[": a line of "[[[[" costs one pass, not one pass per bracket
_WIKILINK = re.compile(r"\[\[([^\[\]|\n]*\|)?([^\[\]\n]*)\]\]")
_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]+?)==")
# "max ~~7 days~~ 365 days": struck-out text is what the student took back (GFM strikethrough:
# no space just inside the marks, so a "~~ S3 ~~" banner is not one)
_STRUCK = GFM_STRUCK  # GFM's "~~x~~": one pattern with the views (taken_back)
_TAG_WORD = re.compile(r"(?<![\w&/#])#(?=[A-Za-z])[\w/-]+")


def _clean_chars(line: str) -> str:
    """Copy-paste debris: odd spaces (and their mojibake), full-width digits, zero widths."""
    if line.isascii():
        return line
    import unicodedata

    line = line.replace("\u00c2\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    line = _SPACES.sub(" ", line)
    # Full-width letters and digits ("１５ minutes") to ASCII; other characters kept as written.
    return _FULL_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), line)


_FULL_WIDTH = re.compile("[\uff01-\uff5e]")


# "[10:05] dev_kev: ...", "[00:03:45] ...", "> u/sqs_enjoyer said: ...": who spoke and when, in a
# chat export, a video's timestamped summary or a forum thread; no part of what was said.
# WhatsApp's exports put the date first: "12/03/26, 21:16 - Kenji: ..." (Android),
# "[03/11/2026, 21:03] Priya: ..." (iOS); a name there may be two or three words ("Ravi K"),
# but not a service's: a study log dated that way ("12/03/26, 21:16 - Lambda: max timeout 15
# min") says whose the line is there. After a bare time, the word may be a video note's label
# rather than a speaker ("[15:20] Basic: free", "[28:40] IAM: max 5,000 users"): _time_labels
_CHAT_DATE = r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_SPEAKER = re.compile(r"^(\s*(?:>\s*)*)(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*"
                      r"(?P<timed>@?[\w.-]{1,24}:\s+)?"
                      r"|u/[\w-]{1,30}\s+(?:said|replied|wrote|commented):?\s+"
                      r"|(?:\[" + _CHAT_DATE + r"\]|" + _CHAT_DATE + r"\s+[-–]\s)\s*"
                      r"(?P<sender>[\w.-]{1,24}(?:\s[\w.-]{1,24}){0,2}:\s+)?)")


def _unspoken(m: re.Match[str], people: frozenset[str] = frozenset(),
              talkers: frozenset[str] = frozenset(), labels: bool = False) -> str:
    """A chat line's start without its time and sender, unless the sender is a service (and
    not one of the note's people) or, after a bare time, the note's times open labels
    (`labels`: _time_labels); one of the people talking to each other (`talkers`) is
    kept as the line's speaker ("lena: "), so that a reply is read with the question it
    answers (extract/chat_speakers.py)."""
    sender = m.group("sender")
    name = _sender_name(sender or m.group("timed") or "")
    if name and name in talkers:
        return m.group(1) + name.replace(" ", "_") + ": "
    sender = sender or m.group("timed")
    kept = sender and ((labels and m.group("timed"))
                       or (find_services(sender) and name not in people))
    return m.group(1) + (sender if kept else "")


def _time_labels(lines: list[str]) -> bool:
    """Do the words after a note's times ("[15:20] Basic: free, 7 core checks", "[28:40] IAM:
    max 5,000 users") label what the line is about, as in notes taken from a video, rather
    than name who spoke, as in a chat export ("[09:30] rosa: 256 KB")? A speaker opens many
    lines; a video's labels each open one or so: they are labels where more than half of
    them open one line only (the support plan and the service a line was about were lost).
    And a chat export names a speaker on every line it times, where a video's notes leave
    most of their times unlabelled ("[05:30] CloudFront = CDN"): in a short chat each speaker
    may say one line ("[21:03] priya: kinesis retention max 365 days"), and the name kept as
    a label hid the service opening the line (filed under the heading's "SQS")."""
    opened: dict[str, int] = {}
    unlabelled = False
    for line in lines:
        if "]" in line:
            m = _SPEAKER.match(line)
            if m and m.group("timed"):
                name = _sender_name(m.group("timed"))
                opened[name] = opened.get(name, 0) + 1
            elif (t := _BARE_TIME.match(line)) is not None \
                    and _NAMED_OPENING.match(line, t.end()) is None:
                unlabelled = True
    return unlabelled and sum(count == 1 for count in opened.values()) * 2 > len(opened)


# a bare time opening a line, and words before a colon opening what follows it (a speaker's
# name, one of two or three words, or a label)
_BARE_TIME = re.compile(r"\s*(?:>\s*)*\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*")
_NAMED_OPENING = re.compile(r"[^:\n]{0,40}:\s")


def _sender_name(sender: str) -> str:
    return sender.rstrip().rstrip(":").strip().lstrip("@").lower()


_LEAST_TURNS = 2  # lines each of two talkers sends, and changes of sender


def _talkers(lines: list[str]) -> frozenset[str]:
    """The senders of a chat export who talk to each other ("[20:10] lena: dynamodb max item
    size?" / "[20:10] omar: 400 KB incl attribute names"): two or more, each sending more than
    one message, taking turns; none named as a service. A video's timestamped labels
    ("[02:20] engines: ...") each open one line, and one person's log talks to nobody."""
    order: list[str] = []
    for line in lines:
        if ":" not in line:
            continue
        m = _SPEAKER.match(line)
        sender = m and (m.group("sender") or m.group("timed"))
        if sender:
            order.append(_sender_name(sender))
    names = {name for name in set(order)
             if order.count(name) >= _LEAST_TURNS and not find_services(name)}
    turns = [name for name in order if name in names]
    changes = sum(1 for a, b in zip(turns, turns[1:], strict=False) if a != b)
    return frozenset(names) if len(names) >= 2 and changes >= _LEAST_TURNS else frozenset()


def _chat_people(lines: list[str]) -> frozenset[str]:
    """The senders of a chat export who are people though their names are services' ("sam",
    a study buddy, is no AWS SAM): where senders named as no service are as many as those named
    as services or more ("sam" and "leo"), the note is people talking, so every sender is one;
    the one sender of a chat whose messages open with three services or more ("lambda timeout
    15 min", "sqs visibility timeout 12h") is talking about them, not speaking as one. A study
    log dated the way a chat is ("Lambda: max timeout 15 min", "SQS: ...") has services as
    senders, each saying its own facts: a "Note:" sender among them, or messages that name
    other services past their opening ("Lambda: triggers include SQS, SNS, S3 and Kinesis", a
    log of one service naming its event sources), makes none of them a person."""
    said: dict[str, set[str]] = {}
    opened: dict[str, set[str]] = {}  # the services the sender's messages open with
    for line in lines:
        if ":" not in line:
            continue
        m = _SPEAKER.match(line)
        sender = m and (m.group("sender") or m.group("timed"))
        if m and sender:
            name = _sender_name(sender)
            message = line[m.end():]
            found = find_services(message)
            said.setdefault(name, set()).update(f.name for f in found)
            start = len(message) - len(message.lstrip(" \t-*"))
            opened.setdefault(name, set()).update(f.name for f in found[:1] if f.start == start)
    if not said:
        return frozenset()
    as_service = {name: {found.name for found in find_services(name)} for name in said}
    services = sum(1 for named in as_service.values() if named)
    if not services:
        return frozenset()
    if len(said) - services >= services:
        return frozenset(name for name in said if as_service[name])
    if len(said) == 1:
        (name, _), = said.items()
        if len(opened[name] - as_service[name]) >= 3:
            return frozenset({name})
    return frozenset()


# "{{c1::29 seconds}}", "{{c2::reservoir 1::hint}}": an Anki cloze deletion, the words it hides
_CLOZE = re.compile(r"\{\{c\d{1,2}::((?:(?!::|\}\}).)*)(?:::(?:(?!\}\}).)*)?\}\}")


def _inline_cleanup(line: str, people: frozenset[str] = frozenset(),
                    talkers: frozenset[str] = frozenset(), labels: bool = False) -> str:
    """Obsidian syntax that is not content: embeds, callout markers, wikilink brackets, #tags;
    struck-out text, which the note has taken back; a chat line's speaker and time; an Anki
    cloze's braces (the hidden words are the fact: `{{c1::1 MB/s}}` was read as no number)."""
    if "{{c" in line:
        line = _CLOZE.sub(r"\1", line)
    if "~~" in line:
        line = _STRUCK.sub("", line)
    if ":" in line or "u/" in line:
        line = _SPEAKER.sub(lambda m: _unspoken(m, people, talkers, labels), line, count=1)
    if "!" in line:
        line = _EMBED.sub("", line)
        line = _CALLOUT.sub(r"\1", line)
    if "[[" in line:
        line = _WIKILINK.sub(lambda m: m.group(2), line)
    if "==" in line:
        line = _HIGHLIGHT.sub(r"\1", line)
    if "#" in line and not _HEADING.match(line):
        line = _TAG_WORD.sub("", line)
    return line


_SUMMARY = re.compile(r"^\s*(?:<details[^>]*>\s*)?<summary[^>]*>(.*?)</summary>\s*$", re.IGNORECASE)
_DETAILS = re.compile(r"^\s*</?details[^>]*>\s*$", re.IGNORECASE)


def _toggles_to_headings(lines: list[str]) -> None:
    """Notion toggles: `<summary>Lambda basics</summary>` titles what follows, like a heading."""
    for i, line in enumerate(lines):
        if "<" not in line:
            continue
        m = _SUMMARY.match(line)
        if m and m.group(1).strip():
            lines[i] = "###### " + _TAG.sub("", m.group(1)).strip()
        elif _DETAILS.match(line):
            lines[i] = ""


_SECTION_LABEL = re.compile(
    r"^(?:lesson|lecture|module|chapter|section|part|week|day|unit|topic|session)\s*\d{1,3}\b"
    r"\s*[.:)\-–—]?\s*\S.{0,80}$", re.IGNORECASE)


_GHERKIN_FEATURE = re.compile(r"^\s*Feature:\s*(\S.*)$")
_GHERKIN_SCENARIO = re.compile(r"^\s*(?:Scenario(?: Outline| Template)?|Example|Rule|"
                               r"Background):\s*(\S.*)?$")
_GHERKIN_STEP = re.compile(r"^\s*(?:Given|When|Then|And|But)\s+\S")


def _gherkin_to_headings(lines: list[str]) -> None:
    """A Gherkin file of study notes ("Feature: KMS encryption" / "  Scenario: deleting a key"
    / "    Then the waiting period is 7-30 days"): a feature titles its scenarios, a scenario
    its steps, as headings would (left as text, every scenario after the first feature's went
    on as that feature's: KMS's key deletion was Kinesis's, under the subject "shard").
    Only where two scenarios or more go on with a step ("Given ...", "When ...", "Then ..."):
    notes that say "Feature: ..." and "Scenario: a company needs ...?" are no Gherkin, and
    their "Example:" and "Rule:" lines are no headings."""
    if _stepped_scenarios(lines) < 2:
        return
    for i, line in enumerate(lines):
        feature = _GHERKIN_FEATURE.match(line)
        if feature:
            lines[i] = "# " + feature.group(1).strip()
            continue
        scenario = _GHERKIN_SCENARIO.match(line)
        if scenario:
            lines[i] = "## " + (scenario.group(1) or line.strip().rstrip(":")).strip()


def _stepped_scenarios(lines: list[str]) -> int:
    """How many scenario lines the next line that is not blank goes on from with a step."""
    count = 0
    for i, line in enumerate(lines):
        if _GHERKIN_SCENARIO.match(line):
            following = next((nxt for nxt in lines[i + 1:i + 4] if nxt.strip()), "")
            count += _GHERKIN_STEP.match(following) is not None
    return count


_DASH_RULE = re.compile(r"^ {0,3}-{3,}\s*$")


def _rules_under_paragraphs(lines: list[str]) -> None:
    """Sticky-note fragments split by "---" ("KMS" / "auto rotation every 1 yr" / "---"): a
    rule of dashes under two lines or more of text ends a fragment, it underlines no heading.
    Markdown made each fragment one heading of all its lines, whose numbers were read as one
    heading's and whose lines were no lines (a heading a student underlines is one line). Blanked,
    the line numbers stay. Only where the note has two or more."""
    under = [i for i in range(2, len(lines)) if _DASH_RULE.match(lines[i])
             and lines[i - 1].strip() and lines[i - 2].strip()]
    if len(under) < 2:
        return  # one rule under a title block ("Study Guide" / "Chapter 7" / "----"): a title
    fenced = _in_fence_mask(lines)
    for i in under:
        if not fenced[i]:
            lines[i] = ""


# a card's front: a question of a few words or more, alone on its line
_CARD_FRONT = re.compile(r"^\s*[^\s#>|\-*+].{4,200}\?\s*$")
DECK_CARDS = 3


def _rules_between_cards(lines: list[str]) -> None:
    """A deck of question cards written as markdown and split by "---" (Mochi's and other
    card apps' markdown export: "Managed policy max size?" / "" / "6,144 characters" /
    "---"): each rule ends a card, it underlines no heading. Markdown made each card's last
    line (its answer) a heading of nothing and the question a line of no service, so no
    answer was a fact. Blanked, each card's question titles its answer, as a heading would
    (the question names the service and what is asked: "Organizations: max OU nesting
    depth?" over "5 levels of OUs under the root"). Only in a deck: three rules or more, the
    note and every card opening with a question (a titled note with rules, or "S3" / "---"
    setext headings, is no deck); a card's answer may follow its question's rule.
    Each card is one of its own: a question heading that names no service asks on about
    the one before it (a Q&A journal's follow-up), so before a card whose question names
    none its rule is an empty heading, which ends that thread ("Max size of a single PUT
    upload?" after "SQS: max retention?" is no SQS question)."""
    rules = [i for i, line in enumerate(lines) if "---" in line and _DASH_RULE.match(line)]
    if len(rules) < DECK_CARDS:
        return  # (most notes: the fences are not looked for)
    fenced = _in_fence_mask(lines)
    rules = [i for i in rules if not fenced[i]]
    opening = [_next_text_line(lines, r) for r in [-1, *rules]]
    fronts: list[int] = []
    for k, i in enumerate(opening):
        if i is None:
            continue  # (a rule may end the note)
        if _CARD_FRONT.match(lines[i]) and not fenced[i]:
            fronts.append(i)
        elif not (k and fronts and fronts[-1] == opening[k - 1]
                  and _next_text_line(lines, fronts[-1]) == rules[k - 1]):
            return  # a part that opens with no question, nor answers the one before it
    if len(fronts) < DECK_CARDS or opening[0] not in fronts:
        return
    for i in rules:
        ahead = _next_text_line(lines, i)
        lines[i] = "######" if ahead in fronts and not find_services(lines[ahead]) else ""
    for i in fronts:
        lines[i] = "###### " + lines[i].strip()


def _next_text_line(lines: list[str], after: int) -> int | None:
    """The first line after `after` that is not blank, None at the note's end."""
    return next((i for i in range(after + 1, len(lines)) if lines[i].strip()), None)


def _section_labels_to_headings(lines: list[str]) -> None:
    """"Lesson 2. S3 performance and error codes" on a line of its own titles what follows."""
    for i, line in enumerate(lines):
        if (_SECTION_LABEL.match(line) and (i == 0 or not lines[i - 1].strip())
                and (i + 1 == len(lines) or not lines[i + 1].strip())):
            lines[i] = "###### " + line.strip()


# "**NACL**": a bold label of a few words alone on its line, "**Read Replica:**" too
_BOLD_LABEL = re.compile(r"^\*\*([A-Za-z0-9][^*]{0,40}?):?\*\*:?\s*$")
BOLD_LABEL_WORDS = 4


def _bold_labels_between_lists(lines: list[str]) -> None:
    """"**NACL**" right under the last item of "**Security Group**"'s list and over a list of
    its own labels that list, as "**Security Group**" labels the first: markdown reads a line
    under an item with no blank between as the item's lazy continuation, so the label was
    the previous item's words and NACL's items stayed the security group's (a comparison
    section's second side: "**SNS**" under "## SQS vs SNS" left SNS's push line SQS's). Made
    a heading, it titles its list, up to where that list ends. Only in that shape: a heading
    over the section, and a bold label opening the section's first list that the new one
    parallels; a bold remark under an item of a plain list ("**Node.js and Python only**")
    stays the item's words. A blank line before a label already makes it its list's lead-in."""
    fenced = _in_fence_mask(lines)
    parent = -1  # the section's heading
    opened = seen_item = False  # a label opens the section's first list; an item was seen
    made: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if fenced[i]:
            continue
        if _HEADING.match(line):
            parent, opened, seen_item = i, False, False
        elif _MD_ITEM.match(line):
            if not seen_item:
                opened = parent >= 0 and i - 1 > parent and bool(_short_bold_label(lines[i - 1]))
            seen_item = True
        elif (opened and 0 < i < len(lines) - 1 and (label := _short_bold_label(line))
              and _MD_ITEM.match(lines[i - 1]) and _MD_ITEM.match(lines[i + 1])
              and not fenced[i + 1]):
            lines[i] = "###### " + label
            made.append((i, parent))
    for at, parent in made:
        _end_label_with_its_list(lines, at, lines[parent])


def _short_bold_label(line: str) -> str:
    """The label of a bold line of a few words alone on its line ("**Read Replica:**"), ""
    otherwise."""
    m = _BOLD_LABEL.match(line)
    return m.group(1).strip() if m and len(m.group(1).split()) <= BOLD_LABEL_WORDS else ""


def _end_label_with_its_list(lines: list[str], at: int, parent: str) -> None:
    """A label made a heading at `at` titles only its list: the blank line after that list
    becomes a repeat of the section's heading, so a summary line after the lists ("Exam:
    fan out = SNS topic + SQS queues subscribed") is the section's again, not the last
    side's (line numbers unchanged)."""
    j = at + 1
    while j < len(lines) and (lines[j].strip() == "" and j + 1 < len(lines)
                              and _in_list(lines[j + 1]) or _in_list(lines[j])):
        j += 1  # items, their indented lines, and blanks inside a loose list
    if j >= len(lines) or lines[j].strip():
        return  # the note ends, or a line follows the list with no blank (a label, a heading)
    rest = next((line for line in lines[j + 1:] if line.strip()), "")
    if rest and not _HEADING.match(rest):
        lines[j] = parent


def _in_list(line: str) -> bool:
    """Whether a line is a list item or an indented line under one."""
    return bool(_MD_ITEM.match(line)) or (line[:1] in (" ", "\t") and bool(line.strip()))


# "--- LAMBDA ---", "=== SQS ===", "~~ S3 ~~": a plain-text note's section title ("**SQS**" is
# markdown bold, a label the list below belongs to, not a banner)
_BANNER = re.compile(r"^\s*([-=~])\1{1,}\s*([A-Za-z0-9(][^-=~]{0,60}?)\s*\1{2,}\s*$")


# "[API GATEWAY]" alone on a line after a blank one: a plain-text cheat sheet's section, as an
# INI file writes it (a checkbox "[x]" has no word of two letters)
_BRACKET_LABEL = re.compile(r"^\s{0,3}\[\s*([A-Za-z][A-Za-z0-9 &/+-]{1,40}?)\s*\]\s*$")


def _banners_to_headings(lines: list[str]) -> None:
    """A title between rules of dashes or equals signs titles what follows, like a heading: the
    lines under "--- LAMBDA ---" are about Lambda, not about the service the line before named.
    So does a bracketed label on a line of its own ("[SQS]") that a blank line comes before:
    left as text, the lines under it took the service of whatever the line above them named
    ("async: 2 retries ... -> DLQ (SQS/SNS)" under "[LAMBDA]" was SQS's)."""
    fenced: list[bool] | None = None
    for i, line in enumerate(lines):
        m = _BANNER.match(line)
        if m:
            lines[i] = "###### " + m.group(2).strip()
        elif "[" in line and (i == 0 or not lines[i - 1].strip()):
            label = _BRACKET_LABEL.match(line)
            if label is None:
                continue
            fenced = fenced if fenced is not None else _in_fence_mask(lines)
            if not fenced[i] and i + 1 < len(lines) and lines[i + 1].strip():
                lines[i] = "###### " + label.group(1)


# An outline whose levels markdown cannot see: "I. VPC" / "   A. Basics" / "      1. CIDR" /
# "         a. e.g. /24" (roman numerals over letters over numbers), or a mind map of arrows
# ("LAMBDA" over "  -> limits" over "      -> timeout => default 3 sec"). Left as they were, the
# lines were one paragraph: a line took the service of whatever line above it last named one
# (Route 53's health checks were EC2's, CloudFront's default TTL S3's, Lambda's 413 error
# Kinesis's), and a roman "III. Auto Scaling" owned nothing.
_ROMAN_TOP = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)[.)]\s+(\S.{0,60})$")
_OUTLINE_MARK = re.compile(r"^(\s*)(?:[IVX]{1,4}|[A-Z]|[ivx]{1,4}|[a-z]|\d{1,3})[.)]\s+(\S.*)$")
_ARROW_MARK = re.compile(r"^(\s*)(?:-{1,2}>|={1,2}>|[→⇒➔])\s*(\S.*)$")
_DIGIT = re.compile(r"(?<![A-Za-z])\d")  # a number, not a name's digit ("S3", "EC2")


def _marked_outline_to_lists(lines: list[str]) -> None:
    """Such an outline becomes headings over nested lists, each level by its indentation: a
    roman numeral at the margin, or a short line at the margin with arrow items under it, is
    a heading; every marked line under it an item nested by how far it is indented. Only a
    real outline: two roman numerals at the margin, or three or more indented arrow lines at
    two or more depths (a practice journal's "-> answer" lines at the margin are left alone)."""
    romans = [i for i, line in enumerate(lines) if _ROMAN_TOP.match(line)]
    roman = len(romans) >= 2 and lines[romans[0]].startswith("I")
    mark = _OUTLINE_MARK if roman else _ARROW_MARK
    if not roman:
        depths = [len(m.group(1)) for m in map(_ARROW_MARK.match, lines) if m and m.group(1)]
        if len(depths) < 3 or len(set(depths)) < 2:
            return
    stack: list[int] = []  # indents of the open items
    # under a note's own headings ("--- API GATEWAY ---"), an arrow outline's titles are its
    # sections' parts: at "##" they took the place of the service heading above them
    level = "###### " if any(_HEADING.match(line) for line in lines) else "## "
    for i, line in enumerate(lines):
        if not line.strip() or _HEADING.match(line):
            stack.clear()
            continue
        ind = _indent(line)
        top = _ROMAN_TOP.match(line) if roman else None
        if ind == 0 and not top and not roman:
            nxt = next((x for x in lines[i + 1:i + 2] if x.strip()), "")
            # (a line that gives a number is what its arrow lines go on about, no title:
            # "integration timeout: 50 ms min - 29 sec max" over "  -> hit it = 504")
            top = _ARROW_MARK.match(nxt) if len(line) <= 60 and not _DIGIT.search(line) \
                else None
            if top and top.group(1):
                lines[i] = level + line.strip()
                stack.clear()
                continue
        elif top:
            lines[i] = "## " + top.group(1).strip()
            stack.clear()
            continue
        m = mark.match(line)
        if m and (stack or ind > 0 or roman):
            while stack and stack[-1] >= ind:
                stack.pop()
            lines[i] = "  " * len(stack) + "- " + m.group(2)
            stack.append(ind)
        elif ind == 0:
            stack.clear()
        elif stack:  # a line wrapped inside the open item
            lines[i] = "  " * len(stack) + line.strip()


_DOTTED = re.compile(r"^(\s*)(\d{1,3})((?:\.\d{1,3})+)[.)]?\s+(\S.*)$")
_LETTERED = re.compile(r"^(\s*)(?:[a-z]|[ivx]{1,4})[.)]\s+(\S.*)$")
_TOP_NUMBER = re.compile(r"^\s{0,3}(\d{1,3})[.)]\s+\S")
# found at the start of every line _TOP_NUMBER matches, in the lines joined (maybe elsewhere too)
_TOP_NUMBER_AT_A_LINE = re.compile(r"^\s{0,3}\d{1,3}[.)]\s+\S", re.MULTILINE)


def _outline_numbering_to_lists(lines: list[str]) -> None:
    """Outlines numbered `1.` / `1.1` / `a)` become nested lists, so each point keeps its parents.

    Only where the outline is real: a `1.1` line needs a `1.` line above it.
    """
    if _TOP_NUMBER_AT_A_LINE.search("\n".join(lines)) is None:
        return  # no `1.` line: nothing is changed (most notes; one search, not three a line)
    tops: set[str] = set()
    depth = 0
    # where the top line's text starts: its points are nested there ("5.  Lambda" puts its
    # text at 4; its points at 3 were no items of it, and took another service than Lambda)
    inset = 3
    for i, line in enumerate(lines):
        top = _TOP_NUMBER.match(line)
        if top:
            tops.add(top.group(1))
            depth = 0
            inset = max(3, top.end() - 1)
            continue
        dotted = _DOTTED.match(line)
        if dotted and dotted.group(2) in tops:
            depth = dotted.group(3).count(".")
            lines[i] = " " * (inset + 3 * (depth - 1)) + "- " + dotted.group(4)
            continue
        lettered = _LETTERED.match(line)
        if lettered and tops and lettered.group(1):
            lines[i] = " " * (inset + 3 * depth) + "- " + lettered.group(2)
            continue
        if line.strip() and not line.startswith(" "):
            depth = 0
            if not _MD_ITEM.match(line):
                tops.clear()


# a card's back that opens with its figure ("16,000", "~2 MB/s", "< 1 hour")
_FIGURE_FIRST = re.compile(r"^[~<>≤≥]?\s*\d")


# "Lambda max timeout<TAB>15 minutes (900 sec)": a first row that gives a value is a card,
# not a header (a header's cells name columns); read as one, every later card was filed
# under it, its answer the subject
_NO_HEADER = re.compile(r"^\s*[A-Za-z][^\t]*\t[^\t]*\d[^\t]*$")


# "| Question topic | My answer | Correct answer | Why |": a practice log's table of the
# student's wrong answers beside the right ones
_WRONG_COLUMN = re.compile(r"\b(?:my\s+(?:answer|pick|choice)|i\s+(?:picked|chose|said)|"
                           r"wrong(?:\s+answer)?|incorrect)\b", re.IGNORECASE)
_RIGHT_COLUMN = re.compile(r"\b(?:correct|right)(?:\s+answer)?\b|^\s*answer\s*$",
                           re.IGNORECASE)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _pipe_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _answer_keys_to_items(lines: list[str]) -> None:
    """A table of wrong and right answers ("| SQS message retention | 4 days max | 14 days
    max | default 4 days, range 1 min - 14 days |") is read a row a line, "- topic: right
    answer. why", without the wrong answer: read as a table, every row was one plain
    statement, the wrong value beside the right one and nothing asked of either. A "Correct?"
    column of yes/no is a verdict, not the answer: the student's answer is kept where it says
    yes, dropped where it says no."""
    for i in range(len(lines) - 1):
        if not lines[i].lstrip().startswith("|"):
            continue
        rule = _TABLE_RULE.match(lines[i + 1])
        # a CSV's rows (formats/csv_notes) have no rule under their header: its first row,
        # the line above it no row
        csv_head = (lines[i + 1].lstrip().startswith("|")
                    and not (i > 0 and lines[i - 1].lstrip().startswith("|")))
        if not rule and not csv_head:
            continue
        header = _pipe_cells(lines[i])
        if not any(_WRONG_COLUMN.search(h) for h in header):
            continue
        first = i + 2 if rule else i + 1
        end = first
        while end < len(lines) and lines[end].lstrip().startswith("|"):
            end += 1
        rows = [_pipe_cells(line) for line in lines[first:end]]
        verdicts = {c for c, h in enumerate(header) if _is_verdict_column(h, c, rows)}
        wrong = next((c for c, h in enumerate(header)
                      if c not in verdicts and _WRONG_COLUMN.search(h)), None)
        right = next((c for c, h in enumerate(header)
                      if c != wrong and c not in verdicts and _RIGHT_COLUMN.search(h)), None)
        verdict = min(verdicts) if verdicts and right is None else None
        if wrong is None or (right is None and verdict is None):
            continue
        # a first column numbering the questions ("Q#", "#") is no topic ("- 3: 12 hours")
        numbered = numbers_rows(header[0], [cells[0] for cells in rows])
        others = [h for c, h in enumerate(header) if h and c not in (wrong, right)
                  and c not in verdicts and not (c == 0 and numbered)]
        if first == i + 1 and len(others) < 2:
            # a CSV log with no topic column ("Q#,My answer,Right answer,Why": the topic
            # said in the wrong answer, "Lambda timeout 5 min max") is left a table: read so,
            # its "why" was each answer's topic
            continue
        lines[i:first] = [""] * (first - i)
        for k, cells in enumerate(rows, start=first):
            # every verdict column is left out, the one read for the answer or not: a yes/no
            # beside a "Correct answer" column is no part of why
            rest = [cell for c, cell in enumerate(cells)
                    if c not in (wrong, right) and c not in verdicts and cell
                    and not (c == 0 and numbered)]
            if verdict is not None:
                said = cells[verdict] if verdict < len(cells) else ""
                answer = cells[wrong] if _YES.match(said) and wrong < len(cells) else ""
            else:
                answer = cells[right] if right is not None and right < len(cells) else ""
            topic, why = (rest[0], rest[1:]) if rest else ("", [])
            lines[k] = "- " + ". ".join(part for part in (
                f"{topic}: {answer}" if topic and answer else topic or answer, *why) if part)


# "| Correct? |", "| ✓ |": whether the student's answer was right, not what the answer is
_VERDICT_HEADER = re.compile(r"^\W*(?:correct|right|ok|got\s+it)\s*\?\W*$|^[✓✔✅✗✘❌?/ ]+$",
                             re.IGNORECASE)
_VERDICT_CELL = re.compile(r"^\W*(?:yes|no|y|n|x|right|wrong|correct|incorrect|ok)?\W*$",
                           re.IGNORECASE)
_YES = re.compile(r"^\W*(?:yes|y|right|correct|ok|✓|✔|✅)\W*$", re.IGNORECASE)


def _is_verdict_column(head: str, column: int, rows: list[list[str]]) -> bool:
    if _VERDICT_HEADER.match(head):
        return True
    cells = [row[column] for row in rows if column < len(row)]
    return bool(cells) and _RIGHT_COLUMN.search(head) is not None and all(
        _VERDICT_CELL.match(cell) or cell in "✓✔✅✗✘❌" for cell in cells)


_DIFF_OPEN = re.compile(r"^\s*```\s*(?:diff|patch)\s*$", re.IGNORECASE)


def _diff_fences_to_items(lines: list[str]) -> None:
    """A diff of the notes (a pull request's hunk): its added lines ("+ GSI: max 20 per table")
    and the lines it keeps ("  LSI: max 5 per table") are the notes as they now stand, each a
    list item; a removed line ("- GSI: max 5 per table") is what they no longer say, and a hunk
    header ("@@ -24,7 +25,9 @@") says nothing. In a code fence, nothing was read."""
    i = 0
    while i < len(lines):
        if not _DIFF_OPEN.match(lines[i]):
            i += 1
            continue
        lines[i] = ""
        i += 1
        while i < len(lines) and not _FENCE.match(lines[i]):
            line = lines[i]
            kept = line[:1] in ("+", " ") and not line.startswith("+++") and line[1:].strip()
            lines[i] = f"- {line[1:].strip()}" if kept else ""
            i += 1
        if i < len(lines):
            lines[i] = ""  # the closing fence


_CARD_HEADER = re.compile(
    r"^\s*(?:front|question|q|term|prompt)\s*\t\s*(?:back|answer|a|definition)\s*$",
    re.IGNORECASE)


# An Anki text export opens with "#key:value" lines ("#separator:tab", "#html:true", "#tags
# column:3", "#deck:DVA-C02::Messaging"): settings of the export, not text of the notes
_ANKI_HEADER = re.compile(r"^#(separator|html|tags column|deck|notetype|columns|guid column|"
                          r"notetype column|deck column|if matches)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_ANKI_META_COLUMNS = ("tags column", "guid column", "notetype column", "deck column")


def _anki_tab_export(lines: list[str]) -> bool:
    """An Anki export whose header says its fields are tab-separated: every row with a tab is
    one card, "front<TAB>back[<TAB>tags]". Without this, the first card was read as the header
    of a table of three columns and every later card as a row under it: the whole deck was
    filed under the first card's service, its answer the subject ("30 seconds (range ...)").
    The header lines go, and so do the columns the header says hold tags, deck or note type."""
    header: dict[str, str] = {}
    end = 0
    while end < len(lines):
        m = _ANKI_HEADER.match(lines[end])
        if not m:
            break
        header[m.group(1).lower()] = m.group(2).lower()
        end += 1
    if header.get("separator") not in ("tab", "\t"):
        return False
    meta = {int(v) - 1 for k, v in header.items() if k in _ANKI_META_COLUMNS and v.isdigit()}
    for i in range(end):
        lines[i] = ""
    for i in range(end, len(lines)):
        if "\t" not in lines[i] or not lines[i].strip():
            continue
        cells = [c.strip() for k, c in enumerate(lines[i].split("\t")) if k not in meta]
        cells = [cell_text(c).replace("\n", " ") for c in cells if c]
        if cells:
            lines[i] = "- " + " ".join(cells)
    return True


def _flashcards_to_items(lines: list[str]) -> None:
    """Anki-style exports (question<TAB>answer): each card becomes one list item "question answer".

    A two-column tab table whose left cells are questions is flashcards, not a comparison.
    """
    if lines and lines[0].startswith("#") and _anki_tab_export(lines):
        return
    rows = [i for i, line in enumerate(lines) if line.count("\t") == 1 and line.strip()]
    if len(rows) < 3:
        return
    questions = sum(1 for i in rows if lines[i].split("\t")[0].rstrip().endswith("?"))
    header = _CARD_HEADER.match(lines[rows[0]])
    if not header and questions < len(rows) * 0.6 and not _NO_HEADER.match(lines[rows[0]]):
        return
    for i in rows:
        if header and i == rows[0]:
            lines[i] = ""
            continue
        front, back = (part.strip() for part in lines[i].split("\t"))
        # a front that asks nothing labels the figure its back opens with ("EBS gp3 max
        # IOPS<TAB>16,000": "max IOPS: 16,000"), as a ":" would say; run together, the
        # card's bare figure was read as no quantity (a new user, session 48)
        sep = ": " if _FIGURE_FIRST.match(back) and not front.rstrip().endswith(
            ("?", ":", "=", "-")) else " "
        lines[i] = f"- {cell_text(front)}{sep}{cell_text(back)}".replace("\n", " ")


def _expand_leading_tabs(line: str) -> str:
    stripped = line.lstrip(" \t")
    if "\t" not in line[: len(line) - len(stripped)]:
        return line
    return line[: len(line) - len(stripped)].expandtabs(4) + stripped


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


MAX_INDENT = 40  # about 16 list levels; markdown-it stops reading a note nested deeper


def _cap_indent(line: str) -> str:
    ind = _indent(line)
    return line if ind <= MAX_INDENT else " " * MAX_INDENT + line[ind:]


def _blank_front_matter(lines: list[str]) -> None:
    if not lines or lines[0].strip() != "---":
        return
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            for i in range(end + 1):
                lines[i] = ""
            return


def _unwrap_admonitions(lines: list[str]) -> None:
    fenced = _in_fence_mask(lines)
    i = 0
    while i < len(lines):
        if fenced[i] or not _ADMONITION.match(lines[i]):
            i += 1
            continue
        base = _indent(lines[i])
        title = re.sub(r"^\s*(?:!!!|\?\?\?\+?)\s*[\w-]+\s*", "", lines[i]).strip().strip('"')
        lines[i] = (" " * base + title) if title else ""
        j = i + 1
        body_indent = None
        while j < len(lines):
            if not lines[j].strip():
                j += 1
                continue
            ind = _indent(lines[j])
            if ind <= base:
                break
            body_indent = ind if body_indent is None else min(body_indent, ind)
            j += 1
        if body_indent is not None:
            cut = body_indent - base
            for k in range(i + 1, j):
                if lines[k].strip():
                    if _indent(lines[k]) >= cut:
                        lines[k] = " " * base + lines[k][cut:]
                    else:
                        lines[k] = lines[k].lstrip()
        i = j


# a plain-text note's section title: a few words at the margin, no number, no sentence's end
# ("VPC", "LAMBDA (week 4)", "Lambda:"), the lines under it indented or items
_PLAIN_TITLE = re.compile(r"^[A-Za-z][^:.,;!?|#=\d]{0,38}[^:.,;!?|#=\d\s]:?\s*$")


def _plain_titles_to_headings(lines: list[str]) -> None:
    """In a note of plain text (no markdown heading of its own), "VPC" alone on a line after
    a blank one, the lines under it indented or bulleted, titles them: left as text, its bullets
    took the service of whatever line above last named one, or none, and its indented lines
    were read as one wrapped sentence ("VPC subnet reserves 5 IPs", cited at the title's line).
    A title naming a service is a section; one naming none is a part of the service section
    above it ("LIMITS" under "LAMBDA") or a topic that closes it ("FSX" after "STORAGE
    GATEWAY"), and is left as text anywhere else (the section above may be a banner's, "---
    STEP FUNCTIONS ---", that such a title would have closed). Only where
    every line under the title up to the next heading or title is indented or an item: a
    paragraph at the margin after its items ("Control Tower = ..." after the items under "AWS
    Organizations") is no part of its section, which a heading would run on over it."""
    from studycli.services import find_services

    candidates = [i for i in range(len(lines)) if _title_shaped(lines, i)]
    if not candidates:
        return
    fenced = _in_fence_mask(lines)
    titles: set[int] = set()
    for i in reversed(candidates):  # (a section ends at the next title: known, from below)
        if not fenced[i] and _only_items_under(lines, i, titles):
            titles.add(i)
    service = ""  # of the service section open, if any
    for i, line in enumerate(lines):
        if _HEADING.match(line):
            service = ""
        elif i in titles:
            title = line.strip().rstrip(":").strip()
            named = find_services(title)
            if named:
                lines[i] = "##### " + title
                service = named[0].name
            elif service:
                # a part of the section ("LIMITS" under "LAMBDA"), or a topic of its own that
                # closes it ("FSX" after "STORAGE GATEWAY": its lines are no gateway's)
                lines[i] = ("###### " if _part_of(title, service) else "##### ") + title
                service = service if _part_of(title, service) else ""


def _title_shaped(lines: list[str], i: int) -> bool:
    line = lines[i]
    return bool(line[:1].isalpha() and _PLAIN_TITLE.match(line)) and len(line.split()) <= 5 \
        and (not i or not lines[i - 1].strip() or bool(_UNDERLINE.match(lines[i - 1]))) \
        and i + 1 < len(lines) and bool(lines[i + 1].strip()) \
        and not _UNDERLINE.match(lines[i + 1]) \
        and (lines[i + 1][:1].isspace() or bool(_MD_ITEM.match(lines[i + 1])))


def _only_items_under(lines: list[str], i: int, titles: set[int]) -> bool:
    """Whether every line under the title at `i`, up to the next heading or title (`titles`:
    those below it) or text at the margin after a blank line, is indented or an item; the
    indented lines that are no items all as deep (under a heading, a deeper one is read as
    the wrapped end of the line above it: "o VPC cold start adds 10+ sec" under "o Lambda in
    VPC: ..." was no line of its own)."""
    depths: set[int] = set()
    for k in range(i + 1, len(lines)):
        line = lines[k]
        if not line.strip() or _MD_ITEM.match(line):
            continue
        if line[:1].isspace():
            depths.add(_indent(line))
            if len(depths) > 1:
                return False
            continue
        return k in titles or bool(_HEADING.match(line) or _UNDERLINE.match(line) or (
            k + 1 < len(lines) and _UNDERLINE.match(lines[k + 1])))
    return True


def _is_glyph_outline(lines: list[str]) -> bool:
    glyph = sum(1 for line in lines if _GLYPH_ITEM.match(line))
    headings = sum(1 for line in lines if _HEADING.match(line))
    return glyph >= 3 and glyph >= headings * 5


def _rebuild_glyph_outline(lines: list[str]) -> None:
    """`  • a` / `      • b` → `- a` / `  - b`; lone short lines become headings."""
    stack: list[int] = []  # indents of open glyph items
    first_heading_done = False
    titles = _titles_over_items(lines)
    for i, line in enumerate(lines):
        m = _OUTLINE_ITEM.match(line)
        if m and not stack and not _GLYPH_ITEM.match(line):
            m = None  # an "o" line under plain text is no outline level (below, as before)
        if m:
            ind = len(m.group(1).expandtabs(4))
            while stack and stack[-1] >= ind:
                stack.pop()
            level = len(stack)
            stack.append(ind)
            lines[i] = "  " * level + "- " + m.group(2)
            continue
        if not line.strip():
            continue
        ind = _indent(line)
        if i in titles:
            stack.clear()
            # sections, side by side; a title naming no service after one that names one
            # ("Invocation types" after "Lambda (week 4)") is a part of that one's section:
            # read as a section of its own, its "max event age 6 hours" had no service
            lines[i] = ("### " if titles[i] else "## ") + line.strip()
            first_heading_done = True
            continue
        if ind == 0 and _looks_like_heading(lines, i):
            stack.clear()
            lines[i] = ("# " if not first_heading_done else "## ") + line.strip()
            first_heading_done = True
            continue
        if stack and ind > 0:
            # A continuation of the open item (or a numbered child): keep it inside the item.
            while len(stack) > 1 and stack[-1] >= ind:
                stack.pop()
            depth = len(stack)
            lines[i] = "  " * depth + line.strip()
            continue
        if ind == 0:
            stack.clear()


def _looks_like_heading(lines: list[str], i: int) -> bool:
    text = lines[i].strip()
    if not _set_apart_above(lines, i) or len(text) > 60 or text.endswith((".", ",", ";")):
        return False
    # A heading introduces something: a blank line, then more content.
    nxt = next((line for line in lines[i + 1:] if line.strip()), None)
    return nxt is None or i + 1 < len(lines) and not lines[i + 1].strip()


def _set_apart_above(lines: list[str], i: int) -> bool:
    """Whether the line at `i` opens a block: after a blank line, or after a rule ("-----")
    that itself stands after a blank line, as a saved thread's or a pasted page's next part
    is ruled off ("-----" then "API Gateway in 8 posts"). A rule straight under text is that
    text's underline, which makes the text, not the line below, a heading."""
    before = lines[i - 1] if i > 0 else ""
    if not before.strip():
        return True
    return bool(_UNDERLINE.match(before)) and (i < 2 or not lines[i - 2].strip())


def _titles_over_items(lines: list[str]) -> dict[int, bool]:
    """A OneNote page's section titles typed straight over their items ("Lambda (week 4 of
    the course)" over "   • Timeout"): short lines at the margin after a blank line, the next
    line an indented item. Without them the items under "Lambda ..." had no service. Only in a
    page where some such title names a service: there each is a section of its own, and a
    title naming none ("Invocation types") after one naming a service is a part of that one's
    section (True); elsewhere they stay text."""
    from studycli.services import find_services

    found = [i for i in range(1, len(lines) - 1)
             if lines[i][:1].strip() and not lines[i - 1].strip() and len(lines[i]) <= 60
             and not lines[i].rstrip().endswith((".", ",", ";", ":"))
             and (m := _OUTLINE_ITEM.match(lines[i + 1])) is not None and m.group(1)]
    named = {i: find_services(lines[i]) for i in found}
    if not any(named.values()):
        return {}
    # each title, and whether it is a part of the section of a service's title before it
    out: dict[int, bool] = {}
    service = ""
    for i in found:
        out[i] = bool(service) and not named[i] and _part_of(lines[i], service)
        service = named[i][0].name if named[i] else service
    return out




def _dedent_stray_blocks(lines: list[str]) -> bool:
    """Runs indented 4+ columns past their container would become code blocks: dedent them.

    Study notes never mean indented code; they mean "this belongs under the line above".
    """
    if not any(line.startswith("    ") for line in lines):
        return False  # no line indented 4 columns: none is 4 past its container
    fenced = _in_fence_mask(lines)
    changed = False
    open_items: list[int] = []  # content columns of the list items still open
    i = 0
    while i < len(lines):
        line = lines[i]
        if fenced[i] or not line.strip():
            i += 1
            continue
        ind = _indent(line)
        while open_items and ind < open_items[-1]:
            open_items.pop()
        base = open_items[-1] if open_items else 0
        if ind - base >= 4:
            cut = ind - base
            j = i
            while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) >= ind):
                if lines[j].strip():
                    lines[j] = lines[j][cut:]
                j += 1
            changed = True
            continue  # read line i again at its new indent
        m = _MD_ITEM_PREFIX.match(line)
        if m:
            spaces = min(len(m.group(3)), 4)
            open_items.append(len(m.group(1)) + len(m.group(2)) + spaces)
        i += 1
    return changed
