"""Notes written in other formats than markdown, read as the markdown they mean.

A student's notes are not all markdown: Emacs org-mode, AsciiDoc, reStructuredText, a page
exported from Evernote, OneNote, Notion or Google Docs as HTML, a table saved as CSV, an
outliner's OPML, a note app's JSON export, TextEdit's or WordPad's RTF, a lecture's captions
(WebVTT, SubRip). Each
converter here turns such a note into markdown **line for line** (line N of the markdown is
line N of the file), so every fact, search hit and explanation still cites the line the
student can open. The parser then reads it as it reads any markdown note.

Only the one converter a file's suffix names is imported: ingesting markdown costs nothing.
A note whose name says nothing of its markup (a DokuWiki page, a forum post saved as `.txt`)
is read by the markup its lines show (formats/sniff.py), on enough evidence only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import import_module

from studycli.match_key import match_key

# suffix -> (module, function): the converters, each a note's lines -> as many markdown lines
CONVERTERS: dict[str, tuple[str, str]] = {
    ".org": ("studycli.formats.org", "org_to_markdown"),
    ".adoc": ("studycli.formats.asciidoc", "asciidoc_to_markdown"),
    ".asciidoc": ("studycli.formats.asciidoc", "asciidoc_to_markdown"),
    ".asc": ("studycli.formats.asciidoc", "asciidoc_to_markdown"),
    ".rst": ("studycli.formats.rst", "rst_to_markdown"),
    ".html": ("studycli.formats.html", "html_to_markdown"),
    ".htm": ("studycli.formats.html", "html_to_markdown"),
    ".xhtml": ("studycli.formats.html", "html_to_markdown"),
    ".enex": ("studycli.formats.enex", "enex_to_markdown"),
    ".csv": ("studycli.formats.csv_notes", "csv_to_markdown"),
    # a sheet whose first column is a merged section (a deck of cards is read as it was)
    ".tsv": ("studycli.formats.sheet_tsv", "sheet_to_markdown"),
    ".sql": ("studycli.formats.sql_dump", "sql_to_markdown"),
    ".opml": ("studycli.formats.outline_xml", "outline_to_markdown"),
    ".mm": ("studycli.formats.outline_xml", "outline_to_markdown"),
    ".json": ("studycli.formats.json_notes", "json_to_markdown"),
    ".yaml": ("studycli.formats.yaml_notes", "yaml_to_markdown"),
    ".yml": ("studycli.formats.yaml_notes", "yaml_to_markdown"),
    ".ini": ("studycli.formats.keyvalues", "ini_to_markdown"),
    ".cfg": ("studycli.formats.keyvalues", "ini_to_markdown"),
    ".toml": ("studycli.formats.keyvalues", "ini_to_markdown"),  # INI's syntax, arrays aside
    # source code: its constants, enums and maps as key/value notes, its comments as prose,
    # the bodies of its functions by their comments alone (formats/code_constants.py)
    ".py": ("studycli.formats.code_constants", "python_to_markdown"),
    ".tex": ("studycli.formats.latex", "latex_to_markdown"),
    **{suffix: ("studycli.formats.code_constants", "c_family_to_markdown")
       for suffix in (".ts", ".tsx", ".js", ".mjs", ".cjs", ".jsx", ".java", ".cs",
                      ".kt", ".kts", ".swift", ".scala", ".c", ".cpp", ".h", ".rs", ".dart")},
    ".go": ("studycli.formats.code_constants", "go_to_markdown"),
    # a shell script's assignments are its run's settings (`export SQS_VISIBILITY_TIMEOUT=45`),
    # never AWS's numbers: read by its comments alone
    **{suffix: ("studycli.formats.code_comments", "hash_code_to_markdown")
       for suffix in (".sh", ".bash", ".zsh")},
    ".ps1": ("studycli.formats.code_comments", "powershell_to_markdown"),
    ".latex": ("studycli.formats.latex", "latex_to_markdown"),
    ".feature": ("studycli.formats.gherkin", "gherkin_to_markdown"),
    ".eml": ("studycli.formats.email_notes", "email_to_markdown"),
    ".tid": ("studycli.formats.wiki", "tiddlywiki_to_markdown"),
    ".wiki": ("studycli.formats.wiki", "wiki_to_markdown"),
    ".mediawiki": ("studycli.formats.wiki", "wiki_to_markdown"),
    ".rtf": ("studycli.formats.rtf", "rtf_to_markdown"),
    ".ipynb": ("studycli.formats.notebook", "notebook_to_markdown"),
    ".vtt": ("studycli.formats.captions", "captions_to_markdown"),
    ".srt": ("studycli.formats.captions", "captions_to_markdown"),
    ".typ": ("studycli.formats.typst", "typst_to_markdown"),
    ".textile": ("studycli.formats.textile", "textile_to_markdown"),
    ".mdx": ("studycli.formats.mdx", "mdx_to_markdown"),
    ".tf": ("studycli.formats.infra_templates", "terraform_to_markdown"),
    ".tfvars": ("studycli.formats.infra_templates", "terraform_to_markdown"),
    ".hcl": ("studycli.formats.infra_templates", "terraform_to_markdown"),
    ".ics": ("studycli.formats.calendar", "calendar_to_markdown"),
    ".canvas": ("studycli.formats.canvas", "canvas_to_markdown"),
    ".excalidraw": ("studycli.formats.excalidraw", "excalidraw_to_markdown"),
    ".drawio": ("studycli.formats.drawio", "drawio_to_markdown"),
    ".dio": ("studycli.formats.drawio", "drawio_to_markdown"),
    ".qmd": ("studycli.formats.quarto", "quarto_to_markdown"),
    # a note kept as a diff: the note after the change (its removed lines left out)
    ".diff": ("studycli.formats.diff_notes", "diff_to_markdown"),
    ".patch": ("studycli.formats.diff_notes", "diff_to_markdown"),
    ".taskpaper": ("studycli.formats.taskpaper", "taskpaper_to_markdown"),
    # a Moodle quiz bank: each question the statement its right answer makes
    ".gift": ("studycli.formats.quiz_banks", "gift_to_markdown"),
    ".rmd": ("studycli.formats.quarto", "quarto_to_markdown"),
    # diagram sources: their labels read as the sentences they make
    ".dot": ("studycli.formats.diagram_sources", "dot_to_markdown"),
    ".gv": ("studycli.formats.diagram_sources", "dot_to_markdown"),
    ".puml": ("studycli.formats.diagram_sources", "plantuml_to_markdown"),
    ".plantuml": ("studycli.formats.diagram_sources", "plantuml_to_markdown"),
    ".mmd": ("studycli.formats.diagram_sources", "mermaid_source_to_markdown"),
    ".mermaid": ("studycli.formats.diagram_sources", "mermaid_source_to_markdown"),
}

# markup -> (module, function): the converters of markups a note is recognised by from its
# content (formats/sniff.py) where its name says nothing: a DokuWiki or Zim page and a forum
# post are saved as .txt, a Typst or Textile document often is
BY_CONTENT: dict[str, tuple[str, str]] = {
    "dokuwiki": ("studycli.formats.dokuwiki", "dokuwiki_to_markdown"),
    "mediawiki": ("studycli.formats.wiki", "wiki_to_markdown"),
    "textile": CONVERTERS[".textile"],
    "typst": CONVERTERS[".typ"],
    "asciidoc": CONVERTERS[".adoc"],
    "bbcode": ("studycli.formats.bbcode", "bbcode_to_markdown"),
    "mdx": CONVERTERS[".mdx"],
    "hash comments": ("studycli.formats.hash_comments", "comments_to_items"),
    "kindle clippings": ("studycli.formats.kindle", "clippings_to_markdown"),
    "marp": ("studycli.formats.marp", "marp_to_markdown"),
    "containers": ("studycli.formats.containers", "containers_to_markdown"),
    "slides text": ("studycli.formats.slides_text", "slides_to_markdown"),
    "man page": ("studycli.formats.man_page", "man_page_to_markdown"),
    "troff": ("studycli.formats.troff", "troff_to_markdown"),
    "excalidraw note": ("studycli.formats.excalidraw", "excalidraw_note_to_markdown"),
    "gift": CONVERTERS[".gift"],
    "aiken": ("studycli.formats.quiz_banks", "aiken_to_markdown"),
    "page columns": ("studycli.formats.page_columns", "columns_to_markdown"),
    # facts kept one a line as log records (logfmt, JSON lines), and `git log -p` of notes
    "log records": ("studycli.formats.log_records", "records_to_markdown"),
    "git log": CONVERTERS[".diff"],
}
# a markdown note that is a Marp slide deck: its speaker notes are comments (formats/marp.py;
# the pattern is its own, so that a markdown note imports nothing more to be told apart)
_MARP_DECK = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(?:(?!---[ \t]*\r?\n)[^\n]{0,200}\n){0,30}?marp[ \t]*:[ \t]*true\b",
    re.IGNORECASE)  # inside the front matter: not after its closing "---"
# a markdown note that is the Obsidian Excalidraw plugin's drawing (`.excalidraw.md`): its
# front matter says so
_EXCALIDRAW_NOTE = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(?:(?!---[ \t]*\r?\n)[^\n]{0,200}\n){0,30}?"
    r"excalidraw-plugin[ \t]*:", re.IGNORECASE)
# HackMD's (and Docusaurus') kinds of ":::info" container and of "{%youtube %}" embed: the
# names both this sniff and formats/containers.py read (that module imported only for a note
# that has them)
CONTAINER_KINDS = "info|success|warning|danger|spoiler|tip|note|caution|important|details"
EMBED_KINDS = "youtube|vimeo|gist|slideshare|speakerdeck|pdf|figma"
# a markdown note with the editors' blocks, looked for in its first 200,000 characters
_EDITOR_BLOCK = re.compile(rf"^[ \t]*(?::{{3,}}[ \t]*(?:{CONTAINER_KINDS})\b|"
                           rf"\{{%[ \t]*(?:{EMBED_KINDS})\b)", re.IGNORECASE | re.MULTILINE)
SNIFF_CHARS = 200_000
# read as written, no converter: markdown, plain text (a flashcard deck or sheet exported as
# TSV has a converter of its own: formats/sheet_tsv.py)
PLAIN_TYPES = frozenset({".md", ".markdown", ".txt"})
# names that say what a note is: markdown is read as it is
READ_AS_NAMED = frozenset({".md", ".markdown"})
# a type whose pages may be of either wiki: a ".wiki" of DokuWiki's markup is read as DokuWiki
_SNIFFED_TOO = {".wiki": "dokuwiki"}

# Types read through their converter yet still named in ingest's warning of files of other
# types: a folder's .py or .yaml is as often code or a template kept beside the notes as it is
# a note (and JSON as often a tool's file as a note app's export), and the student should see
# that it was read.
NAMED_AS_OTHER = frozenset({".yaml", ".yml", ".ini", ".cfg", ".toml", ".tex", ".latex",
                            ".json", ".sql", ".diff", ".patch",
                            ".tf", ".tfvars", ".hcl",
                            *(s for s, (m, _) in CONVERTERS.items()
                              if m.endswith(("comments", "constants")))})

# Machine formats that may hold a draw.io diagram (its "Export as XML", an SVG exported with
# a copy of the diagram in it): read as one where their first lines show it (drawio_in)
DRAWING_HOSTS = frozenset({".xml", ".svg"})
_DRAWIO_HEAD = re.compile(r"<mxfile\b|<mxGraphModel\b|\bcontent=\"&lt;mxfile\b")


# drawings read for their boxes' text (a draw.io diagram exported as XML or SVG, and the
# Obsidian plugin's note of an Excalidraw drawing, by their content too)
DRAWING_TYPES = frozenset({".excalidraw", ".drawio", ".dio"})


def read_as_drawing(text: str, suffix: str) -> bool:
    """Whether as_markdown reads `text` with a diagram reader: one with no text is a drawing
    of shapes and arrows only, not an empty note."""
    suffix = suffix.lower()
    return suffix in DRAWING_TYPES or (suffix in DRAWING_HOSTS and drawio_in(text)) or (
        suffix in (".md", ".markdown") and _EXCALIDRAW_NOTE.match(text) is not None)


def drawio_in(head: str) -> bool:
    """Whether a file's first few thousand characters are a draw.io diagram's."""
    return _DRAWIO_HEAD.search(head, 0, 8192) is not None


# Formats whose converter may renumber a note's lines: an HTML page, an outline or a JSON
# export packed on a few lines, an email whose base64 body is more lines than its encoding
RENUMBERED = frozenset({".html", ".htm", ".xhtml", ".enex", ".json", ".opml", ".mm", ".ipynb",
                        ".eml"})

# Files a student may keep beside their notes that studycli cannot read: named in a warning
# ("export it as .md or .txt") rather than passed over in silence.
UNREADABLE_DOCUMENTS = frozenset({
    ".docx", ".doc", ".odt", ".pages", ".pdf", ".epub", ".pptx", ".ppt", ".key",
    ".odp", ".xlsx", ".xls", ".ods", ".numbers", ".one", ".onepkg",
    ".apkg", ".colpkg",
})


def types_read(passed_over: frozenset[str] = frozenset()) -> str:
    """The types of note studycli reads, from this registry (`ingest --help`, and the warning
    of a folder with no notes): a converter added here is listed with no other change.
    Source code is read by its named constants and comments, too many suffixes to list: a
    few are named
    (`passed_over`: suffixes a folder's walk leaves out, not given as examples)."""
    code = {s for s, (module, _) in CONVERTERS.items()
            if module.endswith(("code_comments", "code_constants"))} - {".py"}
    return (", ".join(sorted((PLAIN_TYPES | CONVERTERS.keys()) - code))
            + ", and source code, by its named constants and comments ("
            + ", ".join(sorted(code - passed_over)[:4]) + "...)")


class NotReadable(ValueError):
    """A note that is not the format its name says (a notebook whose JSON is broken): its
    message says why and what to do, and ingest skips the file with that warning."""


def converter_for(suffix: str) -> Callable[[list[str]], list[str]] | None:
    """The converter of a file with this suffix (lower case, with its dot), or None for
    markdown and plain text, which the parser reads as they are."""
    spec = CONVERTERS.get(suffix)
    if spec is None:
        return None
    module, name = spec
    return getattr(import_module(module), name)


def _by_content(suffix: str, lines: list[str]) -> Callable[[list[str]], list[str]] | None:
    """The converter of the markup a note's lines are in, where its suffix names none (.txt,
    or a type studycli does not know) or one of two (.wiki), else None."""
    if suffix in READ_AS_NAMED or (suffix in CONVERTERS and suffix not in _SNIFFED_TOO):
        return None
    from studycli.formats.sniff import markup_of

    markup = markup_of(lines)
    if markup is None or (suffix in _SNIFFED_TOO and markup != _SNIFFED_TOO[suffix]):
        return None
    module, name = BY_CONTENT[markup]
    return getattr(import_module(module), name)


def _embedded_in(text: str) -> frozenset[str]:
    """What a markdown or plain note may hold that is drawn or typeset rather than written,
    by a cheap test of its text: a panel, tree or labelled arrows drawn in text ("drawings"),
    a table drawn with box characters or "+---+" borders ("box tables"), a Mermaid
    mind map or timeline ("mermaid"), LaTeX math ("math"), a fence of code ("code"). Each
    reader runs only on a note its own test found, and math's costlier count of formulas only
    after its test."""
    return frozenset(kind for kind, found in (
        ("chat", may_chat(text)),
        ("thread", _THREAD_POST.search(text, 0, SNIFF_CHARS) is not None),
        ("answer keys", may_answer(text)),
        ("verdicts", _VERDICT.search(text) is not None),
        ("drawings", _may_draw(text)),
        ("diagram fences", _DIAGRAM_FENCE.search(text) is not None),
        ("box tables", any(c in text for c in "┌┏╔╒╓╭") and any(c in text for c in "│┃║")
         or "+--" in text and "|" in text),
        ("mermaid", "mermaid" in text and ("mindmap" in text or "timeline" in text)),
        ("math", "$" in text and "\\" in text),
        ("code", _has_code_fence(text)),
        ("api reference", _API_CONSTRAINT.search(text) is not None),
        ("http messages", ("HTTP/" in text or "amazonaws.com" in text)
         and _HTTP_MESSAGE.search(text) is not None)) if found)


def may_chat(text: str) -> bool:
    """Whether a note may be a chat with an AI assistant (formats/chat_turns.py), by a cheap
    test of its text: that module is imported only for a note that may be one (here, and in
    ingest, which cites a chat's questions as the note has them)."""
    # Every match holds one of _CHAT_WORDS as match_key reads it (the four letters other
    # than ASCII that IGNORECASE matches to ASCII ones read as those): `in` on the lowered
    # head rules out most notes in a few microseconds a KB, where the case-blind alternation
    # scanned every character (~0.1 ms a KB, twice a note: here and in ingest)
    head = match_key(text[:SNIFF_CHARS])
    if not any(word in head for word in _CHAT_WORDS):
        return False
    return _CHAT_LABEL.search(text, 0, SNIFF_CHARS) is not None


def may_answer(text: str) -> bool:
    """Whether a note may hold what formats/answer_keys.py reads (a blank, a true/false item,
    a key's head): its one gate, here so that the module is imported only for a note that may
    hold one; a key "Answers: a-2 b-1" or a "True/False" item is read with no blank in the
    note too. Three searches, not one alternation of them: the same answer (a match of any
    branch is a match of the whole), and each search can skip ahead to what its own branch
    starts with, where the alternation tried every branch at every character (~0.1 ms a KB,
    six times these three)."""
    return ("___" in text or _TRUE_FALSE.search(text) is not None
            or _KEY_HEAD.search(text) is not None)


_TRUE_FALSE = re.compile(r"\bT\s*/\s*F\b|\bTrue\s*/\s*False\b", re.IGNORECASE)
# a statement's verdict at the end of its line ("... False"), or a key's verdict opening a line
# ("17 F", "3. True"): the cheap test of formats/verdicts.py
_VERDICT = re.compile(r"(?:\.\.|…|—|–|--)\s*(?:True|False|T|F)(?![\w/-])|"
                      r"^[ \t]*\d{1,3}[ \t]*[.):]?[ \t]*(?:True|False|T|F)(?![\w/-])",
                      re.IGNORECASE | re.MULTILINE)
_KEY_HEAD = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*)?(?:the\s+)?"
                       r"(?:answer\s+key|answers?|keys?|solutions?)\b",
                       re.IGNORECASE | re.MULTILINE)

# What marks a chat with an assistant: each branch of _CHAT_LABEL with the word, lower case,
# that every match of it begins with ("chat" for "chat gpt" and "chatgpt"). One table, so that
# a name added to the label is a word may_chat looks for too (a branch may_chat's words miss
# would never be searched for: that chat would be read as an ordinary note)
_CHAT_BRANCHES = (("said:", "said:"), ("assistant", r"assistant\b"), ("chat", "chat ?gpt"),
                  ("claude", "claude"), ("gemini", "gemini"), ("copilot", "copilot"))
_CHAT_LABEL = re.compile("|".join(branch for _, branch in _CHAT_BRANCHES), re.IGNORECASE)
_CHAT_WORDS = tuple(word for word, _ in _CHAT_BRANCHES)

# a post of a thread copied from X, Mastodon or Bluesky ("3/17 ..."; formats/threads.py)
_THREAD_POST = re.compile(r"^\d{1,3}/\d{1,3}\s", re.MULTILINE)

# an API Reference entry's constraint line, indented under its parameter's name (cheap test
# of formats/api_reference.py)
_API_CONSTRAINT = re.compile(r"^[ \t]+(?:Valid Range|Valid Values|Length Constraints|Default"
                             r"|Required)\s*:|\bValid Range\b|\b(?:Minimum|Maximum) value of\b",
                             re.MULTILINE)
# a raw HTTP message's request or status line (cheap test of formats/http_messages.py)
_HTTP_MESSAGE = re.compile(r"^(?:#{1,6}[ \t]+)?(?:HTTP/\d|(?:GET|POST|PUT|DELETE|PATCH|HEAD)"
                           r"[ \t]+(?:https?://|/))", re.MULTILINE)
# a fence of a class diagram, a PlantUML or a Graphviz diagram (formats/diagram_sources.py)
_DIAGRAM_FENCE = re.compile(r"^\s*(?:```|~~~)\s*(?:plantuml|puml|dot|graphviz|mermaid\s*\n\s*"
                            r"classDiagram)\s*$", re.IGNORECASE | re.MULTILINE)

# what a drawing in text is drawn with: a box's corner, a tree's branch, an arrow's shaft, a
# card's dot leader (formats/leaders.py)
_DRAWN = ("┌", "┏", "╔", "╭", "├", "└", "|--", "`--", "+--", "+==", "-->", "<--", "──", "==>",
          "********", "~~~ ", "....", "……", "···")


_ALIGNED = re.compile(r"\S(?:   |\t)\s*\S")  # cells lined up with spaces (formats/aligned.py)


def _may_draw(text: str) -> bool:
    """Whether a note may hold a panel, a tree, labelled arrows, a card set with dot leaders
    or a table lined up with spaces (formats/drawings.py). Three spaces between two words are
    in most notes, so the drawing readers run on most; each leaves a line it does not
    recognise as written."""
    return any(mark in text for mark in _DRAWN) or _ALIGNED.search(text) is not None


def _has_code_fence(text: str) -> bool:
    """Whether a note has a fence of code whose comments are read (formats/fenced_code.py):
    that module is imported only for a note with a fence."""
    if "```" not in text and "~~~" not in text:
        return False
    from studycli.formats.fenced_code import has_code_fence

    return has_code_fence(text)


# The readers of things embedded in a note, in the order they run (module, function of
# studycli.formats), each imported only where its kind is there. Why this order: a chat first
# (an answer's headings go under the question's); a thread's numbered posts each of the service
# it goes on with; answer keys before drawings (a worksheet's "T/F ... -> F" is no drawn arrow);
# true/false verdicts after answer keys (a "T/F ... -> F" item is theirs) and before drawings
# ("stmt ...... T" is no dot leader's label and value);
# a drawing's fence is read, not taken for code; a class diagram's fence before code; a plain
# fence's API reference entries before code.
_EMBEDDED_READERS = (
    ("chat", "chat_turns", "chat_to_markdown"),
    ("thread", "threads", "thread_to_markdown"),
    ("answer keys", "answer_keys", "answer_keys_to_markdown"),
    ("verdicts", "verdicts", "verdicts_to_markdown"),
    ("drawings", "drawings", "drawings_to_markdown"),
    ("diagram fences", "diagram_sources", "diagram_fences_to_markdown"),
    ("box tables", "box_tables", "box_tables_to_markdown"),
    ("mermaid", "mermaid", "mermaid_to_markdown"),
    ("http messages", "http_messages", "messages_to_items"),
    ("api reference", "api_reference", "api_entries_to_items"),
    ("code", "fenced_code", "fenced_code_to_items"),
)


def _embedded_to_markdown(lines: list[str], kinds: frozenset[str]) -> list[str]:
    """A note's drawings and formulas of `kinds` (_embedded_in) as the tables, lists and text
    they show, in any note read as markdown or plain text: a terminal's table pasted among
    its lines (formats/box_tables.py), a mind map in a code fence (formats/mermaid.py),
    LaTeX math (formats/math_text.py)."""
    import importlib

    for kind, module, function in _EMBEDDED_READERS:
        if kind in kinds:
            read = getattr(importlib.import_module(f"studycli.formats.{module}"), function)
            lines = read(lines)
    if "math" in kinds:
        from studycli.formats.math_text import has_math, math_to_text

        if has_math("\n".join(lines)):
            lines = math_to_text(lines)
    return lines


def lines_to_search(text: str, suffix: str, read: list[str]) -> list[str]:
    """The lines `studycli search` shows of a note whose text `as_markdown` read as `read`:
    those, but a fence of code's lines as the note has them (`aws s3 presign ...`, `#
    DurationSeconds: min 900`). Read by its comments (formats/fenced_code.py), the code was
    blank lines, and search found none of what it had found in it before."""
    if suffix.lower() in CONVERTERS or not _has_code_fence(text):
        return read
    from studycli.formats.fenced_code import code_fence_lines
    from studycli.notes.normalize import split_lines

    written = split_lines(text.lstrip("\ufeff"))
    fenced = code_fence_lines(written) if len(written) == len(read) else set()
    return [written[k] if k in fenced else line for k, line in enumerate(read)]


def as_markdown(text: str, suffix: str) -> str:
    """`text` of a note whose file name ends in `suffix`, as markdown of as many lines.
    Raises NotReadable if the note cannot be read as its format."""
    suffix = suffix.lower()
    if suffix in DRAWING_HOSTS and drawio_in(text):
        suffix = ".drawio"  # a draw.io diagram exported as XML or kept in an SVG
    convert = converter_for(suffix)
    if convert is None and suffix in (".md", ".markdown") and _MARP_DECK.match(text):
        convert = getattr(import_module(BY_CONTENT["marp"][0]), BY_CONTENT["marp"][1])
    if convert is None and suffix in (".md", ".markdown") and _EXCALIDRAW_NOTE.match(text):
        convert = getattr(import_module(BY_CONTENT["excalidraw note"][0]),
                          BY_CONTENT["excalidraw note"][1])
    if convert is None and suffix in (".md", ".markdown") \
            and len(_EDITOR_BLOCK.findall(text, 0, SNIFF_CHARS)) >= 2:
        convert = getattr(import_module(BY_CONTENT["containers"][0]),
                          BY_CONTENT["containers"][1])
    embedded = _embedded_in(text) if suffix not in CONVERTERS else frozenset()
    if convert is None and suffix in READ_AS_NAMED and not embedded:
        return text
    from studycli.notes.normalize import split_lines  # numbered as the parser numbers them

    lines = split_lines(text.lstrip("\ufeff"))
    if embedded:
        read = _embedded_to_markdown(lines, embedded)
        embedded = frozenset() if read == lines else embedded  # (none there: read as it was)
        lines = read
    convert = _by_content(suffix, lines) or convert
    if convert is None:
        return "\n".join(lines) if embedded else text
    # struck text is gone before a converter reads its tags as layout ("<del>64 KB</del>",
    # "[s]5 min[/s]" would be left as words); a markdown note's is dropped by normalize,
    # which leaves the line a fact cites as written
    from studycli.taken_back import drop_taken_back

    out = convert(split_lines(drop_taken_back("\n".join(lines))))
    if hasattr(out, "at"):  # more lines than the file's, each cited on its own (spread.py)
        from studycli.formats.spread import SpreadLines, spread_text

        if isinstance(out, SpreadLines):
            return spread_text(out, len(lines))
    # The contract every converter keeps (a fact's line is the file's line), but for a page
    # packed on a few lines, numbered by its blocks (formats/html.py). A converter that broke
    # it would mis-cite every line below: the note is read as written instead.
    if len(out) != len(lines) and suffix not in RENUMBERED:
        return text
    return "\n".join(out)
