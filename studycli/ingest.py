"""Ingest: find note files, read them safely, parse, and store one transaction per file."""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from studycli.extract import regex_cache

regex_cache.install()  # before the parser's imports compile their ~700 patterns

from studycli.cards import sync_cards  # noqa: E402
from studycli.errors import StudyError  # noqa: E402
from studycli.extract.collector import as_old, collector_paused  # noqa: E402
from studycli.formats import (  # noqa: E402
    CONVERTERS,
    DRAWING_HOSTS,
    NAMED_AS_OTHER,
    PLAIN_TYPES,
    UNREADABLE_DOCUMENTS,
    NotReadable,
    as_markdown,
    drawio_in,
    lines_to_search,
    read_as_drawing,
    types_read,
)
from studycli.model import Warning_  # noqa: E402
from studycli.paths import expand_home  # noqa: E402
from studycli.undecodable import shown, undecodable  # noqa: E402

if TYPE_CHECKING:
    from studycli.copied_folders import RecordedSources
    from studycli.ingest_beside import Statuses

# .tsv: flashcard exports; the others are read as the markdown they mean (studycli/formats)
NOTE_SUFFIXES = {*PLAIN_TYPES, *(CONVERTERS.keys() - NAMED_AS_OTHER)}
# Text a machine writes and reads, not a student: found in a notes folder (a script's lock
# file, a log; an Obsidian canvas and Excalidraw and draw.io drawings are read,
# formats/canvas.py, excalidraw.py, drawio.py), it is passed over, named in one line per folder
# and in `skipped` (passed over in silence, a drawing the student kept notes in was never
# read, and nothing said so). Any other text file
# (LaTeX, YAML, INI, JSON, a code file of annotated limits) is read, through its converter or
# as plain text, and named in a warning: notes kept that way are notes, and a silent skip
# would leave a student believing lookup searched them.
# Read for their text, but with none (an Obsidian canvas of file and link cards only) a
# machine's file like those below: passed over in silence, not "empty note"
TEXTLESS_MACHINE_FILES = frozenset({".canvas"})
MACHINE_FILES = frozenset({  # a database too: studycli's own, kept beside the notes
    ".db", ".sqlite", ".sqlite3", ".jsonl", ".ndjson", ".js", ".mjs", ".cjs", ".ts", ".css",
    ".scss", ".less",
    ".map", ".lock", ".svg", ".xml", ".plist", ".log",
    ".bak", ".tmp", ".swp",
})
# Media and archives: binary, but a short or odd one may hold no NUL byte to tell by.
# Passed over and counted in one line per folder (a screenshot of a slide is no text lookup
# searched; a folder of images must not print a warning each).
BINARY_TYPES = frozenset({
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".bmp", ".tif", ".tiff", ".ico",
    ".mp3", ".m4a", ".wav", ".mp4", ".mov", ".webm", ".zip", ".gz", ".tgz", ".bz2", ".xz",
    ".7z", ".rar", ".tar", ".exe", ".dmg", ".iso", ".bin", ".so", ".dll", ".pyc", ".class",
})
NOT_NOTES = MACHINE_FILES | BINARY_TYPES
# Scripts a folder holds by the thousand (a package's, a tool's), read only where they keep a
# student's facts as named constants (`const LAMBDA_TIMEOUT_MAX_S = 900;`)
SCRIPT_TYPES = frozenset({".js", ".mjs", ".cjs", ".ts"})
# Logs a program writes by the thousand, and a student's terminal session kept as one
# (`$ aws sqs get-queue-attributes ...`, its output, `# <- default 30 sec`): read where its
# first lines are a session's (notes/terminal_log.py); a log, or JSON lines, of a student's
# facts kept as records (`svc=sqs attr=retention max=14d`), or a `git log -p` of notes, is
# read too (formats/log_records.py): by what the file holds, not by its name alone
SESSION_HOSTS = frozenset({".log"})
RECORD_HOSTS = frozenset({".log", ".jsonl", ".ndjson"})
# Every type a note may be read as, from the converters' own registry (a warning that listed
# NOTE_SUFFIXES alone left out .json, .yaml, .tex and .py, which are read too)
LOOKED_FOR = types_read(passed_over=NOT_NOTES)
SNIFF_BYTES = 8192
MAX_NOTE_BYTES = 8 * 1024 * 1024  # a note larger than this is almost surely not a note


@dataclass
class IngestReport:
    """What an ingest read, kept, skipped and found."""
    sources: list[dict] = field(default_factory=list)
    facts: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    comparisons: int = 0
    conflicts: int = 0
    skipped: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ingested: int = 0
    # notes whose text had not changed, read again because studycli reads notes differently
    # since they were stored (studycli.reader_stamp): their facts are the new reading's
    reread: list[str] = field(default_factory=list)
    # notes deleted from a folder since it was last ingested, whose facts went with them
    # (store.gone_notes): {"path": ..., "facts": how many it had}
    removed: list[dict] = field(default_factory=list)
    # each folder walked (resolved) -> (the names of the notes found in it, whether the walk
    # saw all of it): only a folder seen whole can tell a note was deleted from it
    folders: dict[str, tuple[list[str], bool]] = field(default_factory=dict)
    # folders (or links) the last walk left out: an unreadable subfolder, a link out of the
    # folder. Not its other warnings: a picture passed over or a .pdf named leaves no note out
    left_out: int = 0
    # the name each note found was stored under (studycli.note_keys: a second folder's
    # README.md is `B/README.md`): what `check PATH` checks, not the names the walk gave
    stored_as: list[str] = field(default_factory=list)
    # notes kept though their folder is missing (a drive not mounted, or the folder renamed
    # or deleted; nothing tells which, so nothing is removed): {"folder": ..., "notes":
    # [their paths], "facts": how many they have}; the summary says how to bring them back
    # or drop them
    folders_missing: list[dict] = field(default_factory=list)
    # the shipped sample notes, read by this ingest into a database that holds notes of the
    # student's own: {"notes", "facts", "own_folders"}, said in the summary. A student who ran
    # `studycli ingest` with no path to read their edits again got 1,136 strangers' facts
    # mixed into their 182, told nothing but five hashed file names.
    samples_beside: dict | None = None
    # the folder named with --instead-of that this ingest replaces (studycli.copied_folders:
    # ~/aws-notes copied to ~/aws-notes-v2 and edited), its notes set aside so nothing is
    # taught twice: {"folder", "copy", "notes", "facts", "same_names"}, said in the summary
    copies_set_aside: list[dict] = field(default_factory=list)
    # folders ingested before that a folder of this ingest only looks like a copy of: both
    # kept (a folder per exam or course shares names and a template), the summary says how to
    # set the older aside (`--instead-of`): {"folder", "copy", "notes", "same_names",
    # "same_texts"}
    copies_found: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "sources": self.sources,
            "facts": self.facts,
            "by_kind": self.by_kind,
            "comparisons": self.comparisons,
            "conflicts": self.conflicts,
            "skipped": self.skipped,
            "warnings": self.warnings,
            "reread": self.reread,
            "removed": self.removed,
            "folders_missing": self.folders_missing,
            "samples_beside": self.samples_beside,
            "copies_set_aside": self.copies_set_aside,
            "copies_found": self.copies_found,
        }


def discover(paths: Iterable[str | Path], report: IngestReport,
             follow_links: bool = False, database: Path | None = None) -> list[tuple[Path, str]]:
    """(file, name relative to the path it was found under) for every note in `paths`.

    A folder is walked without leaving it: a symbolic link whose target lies outside the
    folder is skipped with a warning unless `follow_links` (a shared folder with a link to
    a system file must not make that file searchable). Unreadable subfolders are warned
    about and the walk goes on.
    """
    found: list[tuple[Path, str]] = []
    for given in paths:
        if not str(given).strip():
            report.warnings.append("an empty path was given; skipped (name a note file or folder)")
            continue
        try:
            path = expand_home(given)
        except StudyError as exc:
            report.warnings.append(f"{exc}; skipped")
            continue
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:
            report.warnings.append(f"{given}: cannot read ({exc.strerror})")
            continue
        if not exists:
            report.warnings.append(f"{given}: " + (
                "a symbolic link that leads nowhere (its target is missing, or links loop)"
                if path.is_symlink() else "no such file or directory"))
            continue
        if _full_path_not_utf8(given, path, report):
            continue
        if not is_dir:
            found.append((path, path.name))  # named on the command line: read as asked
            continue
        left_out = report.left_out
        notes = _walk(path, report, follow_links, database)
        if not notes:
            # the types by name only in `ingest --help`: listed here, one line ran to 700
            # characters that a new user had to scroll through to find what was wrong
            report.warnings.append(f"{given}: no notes here (studycli reads .md, .txt and "
                                   "other text types: `studycli ingest --help` lists them)")
        names = [p.relative_to(path).as_posix() for p in notes]
        found.extend(zip(notes, names, strict=True))
        # a subfolder it could not read or a link it left out may hold a note: not seen whole
        # (a folder with no note left says "no notes here" and removes nothing either)
        report.folders[str(path.resolve())] = (names, bool(notes) and report.left_out == left_out)
    return found


def _walk(root: Path, report: IngestReport, follow_links: bool,
          database: Path | None = None) -> list[Path]:
    real_root = root.resolve()
    seen_dirs: set[str] = set()
    notes: list[Path] = []
    # files to name in a warning, by kind: documents studycli cannot read (.docx, .pdf...),
    # text files of other types (read through their converter or as plain text), binary data,
    # machines' files passed over
    named: dict[str, list[str]] = {"unreadable": [], "other": [], "binary": [], "picture": [],
                                   "machine": []}
    own_files = _database_files(database)
    own = {f for f in [*_own_folders(), *_database_folders(database)]
           if Path(f).is_relative_to(real_root)}

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename).relative_to(root) if exc.filename else root
        report.left_out += 1
        report.warnings.append(f"{root / where}: folder skipped, cannot read it ({exc.strerror})")

    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=follow_links):
        here = Path(folder)
        if follow_links:  # a link back up the tree must not loop forever
            real = os.path.realpath(folder)
            if real in seen_dirs:
                dirs[:] = []
                continue
            seen_dirs.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "node_modules"
                         and not _name_not_utf8(here / d, root, report, "folder")
                         and (follow_links or _inside(here / d, real_root, report, root))
                         and not (own and os.path.realpath(here / d) in own))
        for name in sorted(files):
            p = here / name
            if _name_not_utf8(p, root, report, "file"):
                continue
            if name in own_files and os.path.realpath(p) in own_files[name]:
                continue
            kind = _found_kind(p, follow_links or partial(_inside, p, real_root, report, root))
            if kind is None:
                continue
            if kind != "note":  # (an "other" file is read, and named)
                named[kind].append(p.relative_to(root).as_posix())
            if kind in ("note", "other"):
                notes.append(p)
    _name_files(root, named, report)
    return sorted(notes)


def _full_path_not_utf8(given: str | Path, path: Path, report: IngestReport) -> bool:
    """Whether the full path `given` leads to is not UTF-8 (a link to a folder named in
    Latin-1, `ingest .` inside one), though the argument is: that path is stored, and
    storing it was a traceback. Skipped with a warning, as a name under a folder is."""
    try:
        real = str(path.resolve())
    except (OSError, RuntimeError):
        return False  # the walk or the read says what is wrong with it
    if not undecodable(real):
        return False
    report.left_out += 1
    report.warnings.append(f"{shown(str(given))}: skipped, its full path {shown(real)} is not "
                           "UTF-8 text; rename the folder (e.g. `convmv -f latin1 -t utf8`)")
    return True


def _name_not_utf8(p: Path, root: Path, report: IngestReport, what: str) -> bool:
    """Whether `p`'s name is not UTF-8 (studycli.undecodable): such a name cannot be stored,
    and storing it was a traceback that lost the whole ingest. Skipped with a warning, the
    folder counted as not seen whole (no note of it is removed for being missing)."""
    if not undecodable(p.name):
        return False
    report.left_out += 1
    report.warnings.append(f"{shown(p.relative_to(root).as_posix())}: {what} skipped, its name "
                           "is not UTF-8 text; rename it (e.g. `convmv -f latin1 -t utf8`)")
    return True


def _found_kind(p: Path, inside: Callable[[], bool] | bool) -> str | None:
    """What a file found in a folder is (_kind_of), its content looked at only once `inside`
    says it is in the folder (a link out of it is warned of there, and passed over): a
    machine format's .xml or .svg that holds a draw.io diagram is a "note", a file of a type
    studycli does not know is "other" text or "binary" data, else passed over (None)."""
    kind = _kind_of(p.name)
    if kind in (None, "unreadable", "binary") or (
            kind == "machine"
            and p.suffix.lower() not in DRAWING_HOSTS | SCRIPT_TYPES | RECORD_HOSTS):
        return kind
    if not (inside if isinstance(inside, bool) else inside()):
        return None
    if kind == "machine" and p.suffix.lower() in SCRIPT_TYPES:
        # a script of constants a student keeps facts in (formats/code_constants.py) is read
        # and named; a tool's or a package's is passed over
        return "other" if _holds_facts(p) else kind
    if kind == "machine" and p.suffix.lower() in RECORD_HOSTS:
        # a terminal session or a log of facts the student kept is read and named; a
        # program's log is passed over
        return "other" if _holds_notes_log(p) else kind
    if kind == "machine":  # a draw.io diagram exported as XML or as an SVG that keeps it
        if _holds_drawio(p):
            return "note"
        return "picture" if p.suffix.lower() == ".svg" else kind
    if kind == "other" and not _looks_like_text(p):
        return "binary" if _starts_binary(p) else None
    return kind


# what a warning says of the files of a kind it names ({count}: "2 files")
_NAMING = {
    "unreadable": "{count} not read ({names}): studycli reads " + LOOKED_FOR
                  + "; save or export {them} as text (.md or .txt)",
    "other": "read {count} of other types as notes ({names}); move any that is not a note "
             "out of the folder",
    "binary": "passed over {count} of binary data ({names}): images, archives and the like "
              "hold no text to read",
    "picture": "passed over {count} of pictures ({names}): studycli does not read an SVG's "
               "own text; keep a diagram as .drawio, or export it from draw.io with 'Include "
               "a copy of my diagram'",
    "machine": "passed over {count} of machine formats ({names}): logs, lock files, "
               "scripts and the like are not read as notes; keep notes as .md or .txt",
}
# what `skipped` says of each file of a kind the walk did not read (a picture is no note a
# student could have expected read: counted in the warning alone)
_SKIPPED = {
    "unreadable": "not read: studycli cannot read {suffix} files; save or export it as text "
                  "(.md or .txt)",
    "machine": "passed over: a machine format ({suffix}), not read as a note",
}


def _name_files(root: Path, named: dict[str, list[str]], report: IngestReport) -> None:
    for kind, names in named.items():
        if names:
            report.warnings.append(f"{root}: " + _NAMING[kind].format(
                count=_some_files(names), names=_named(names),
                them="them" if len(names) > 1 else "it"))
        if kind in _SKIPPED:
            report.skipped.extend(
                {"path": name, "reason": _SKIPPED[kind].format(suffix=Path(name).suffix.lower())}
                for name in names)


# what SQLite writes beside a database while it is open
_JOURNALS = ("-wal", "-shm", "-journal")


def _database_files(database: Path | None) -> dict[str, set[str]]:
    """The database in use and its journal files: file name -> real paths."""
    if database is None:
        return {}
    real = os.path.realpath(database)
    out: dict[str, set[str]] = {}
    for path in (real, *(real + j for j in _JOURNALS)):
        out.setdefault(os.path.basename(path), set()).add(path)
    given = os.path.abspath(database)  # (a link's own name too)
    for path in (given, *(given + j for j in _JOURNALS)):
        out.setdefault(os.path.basename(path), set()).add(os.path.realpath(path))
    return out


def _database_folders(database: Path | None) -> list[str]:
    """The folder of the database's backups (store/backup.py), never notes."""
    if database is None:
        return []
    from studycli.store.backup import backup_dir

    return [os.path.realpath(backup_dir(Path(os.path.realpath(database)))),
            os.path.realpath(backup_dir(Path(os.path.abspath(database))))]


def _own_folders() -> set[str]:
    """The folders studycli itself writes (its cache of kept findings, JSON of questions):
    never notes, even when a student keeps them inside their notes folder."""
    from studycli.kept import cache_dir

    try:
        return {os.path.realpath(cache_dir())}
    except (OSError, RuntimeError):
        return set()


def _some_files(names: list[str]) -> str:
    return f"{len(names)} file{'s' if len(names) > 1 else ''}"


def _named(names: list[str]) -> str:
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def _kind_of(name: str) -> str | None:
    """What a file found in a folder is, by its name: a "note" of a type studycli reads, an
    "unreadable" document to name, an "other" file read and named if it is text (through its
    converter, else as plain text), "binary" data to count as passed over, a "machine"'s file
    passed over and named, or None (a hidden file: passed over in silence)."""
    suffix = Path(name).suffix.lower()
    if suffix in BINARY_TYPES:
        return None if name.startswith(".") else "binary"
    if name.startswith("."):
        return None
    if suffix in MACHINE_FILES:
        return "machine"
    if suffix in NOTE_SUFFIXES:
        return "note"
    return "unreadable" if suffix in UNREADABLE_DOCUMENTS else "other"


def _looks_like_text(p: Path) -> bool:
    """Whether a file of a type studycli does not know is text a student could have written,
    by the test read_note makes (an image, an archive or a database is not): read_note then
    reads it as any note, Windows-1252 included."""
    try:
        if not stat.S_ISREG(p.stat().st_mode):  # opening a pipe would wait for a writer
            return False
        with p.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return False
    return bool(head.strip()) and not _binary(head)  # an empty file of it is no note


def _holds_drawio(p: Path) -> bool:
    """Whether a machine format's file (.xml, .svg) holds a draw.io diagram, by its first
    bytes: draw.io's "Export as XML", or an SVG exported with "include a copy of my diagram"
    (its `content` attribute)."""
    try:
        if not stat.S_ISREG(p.stat().st_mode):
            return False
        with p.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return False
    return drawio_in(head.decode("utf-8", errors="replace"))


def _holds_facts(p: Path) -> bool:
    """Whether a JavaScript or TypeScript file keeps a student's facts as named constants, or
    as comments dense with AWS figures (a CDK stack kept as a cheat sheet)."""
    try:
        st = p.stat()
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_NOTE_BYTES:
            return False
        with p.open("rb") as f:
            head = f.read(SNIFF_BYTES * 8)
    except OSError:
        return False
    from studycli.formats.code_constants import holds_facts
    from studycli.formats.comment_notes import comments_are_notes

    if _binary(head[:SNIFF_BYTES]):
        return False
    text = head.decode("utf-8", "replace")
    return holds_facts(text) or comments_are_notes(text)


def _holds_notes_log(p: Path) -> bool:
    """Whether a log file (or JSON lines) is notes a student kept, not a program's log: a
    terminal session (three shell prompts or more in its first lines, a `.log` only), facts
    kept one a line as records, or a `git log -p` of notes (formats/log_records.py)."""
    try:
        if not stat.S_ISREG(p.stat().st_mode):
            return False
        with p.open("rb") as f:
            head = f.read(SNIFF_BYTES * 8)
    except OSError:
        return False
    if _binary(head[:SNIFF_BYTES]):
        return False
    from studycli.formats.log_records import is_git_log, is_log_of_notes
    from studycli.notes.normalize import split_lines
    from studycli.notes.terminal_log import is_session

    lines = split_lines(head.decode("utf-8", "replace"))
    return ((p.suffix.lower() in SESSION_HOSTS and is_session(lines))
            or is_log_of_notes(lines) or is_git_log(lines))


def _starts_binary(p: Path) -> bool:
    """Whether a regular file's first bytes are binary data (counted as passed over)."""
    try:
        if not stat.S_ISREG(p.stat().st_mode):
            return False
        with p.open("rb") as f:
            return _binary(f.read(SNIFF_BYTES))
    except OSError:
        return False


def _binary(data: bytes) -> bool:
    """A NUL byte near the start, where no byte-order mark explains it: not a text note."""
    return not any(data.startswith(bom) for bom, _ in _BOMS) and b"\x00" in data[:SNIFF_BYTES]


def _inside(p: Path, real_root: Path, report: IngestReport, root: Path) -> bool:
    """Whether `p` (maybe a symbolic link) stays inside the folder being ingested."""
    if not p.is_symlink():
        return True
    try:
        target = p.resolve()
    except (OSError, RuntimeError):  # a link loop
        target = None
    if target is not None and target.is_relative_to(real_root):
        return not target.is_dir()  # a link to a folder inside: its notes are found anyway
    report.left_out += 1
    report.warnings.append(f"{p.relative_to(root).as_posix()}: skipped, a symbolic link out of "
                           f"{root}; pass --follow-links to read it")
    return False


def _as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler: the bytes that are not UTF-8 as Windows-1252."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


_CP1252_FALLBACK = "studycli-cp1252"
codecs.register_error(_CP1252_FALLBACK, _as_cp1252)

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)


def text_sha256(text: str) -> str:
    """A note's text as `sources.sha256` records it: what "unchanged", "moved" and "a
    shipped note" compare (sample_folders, unrecorded_notes)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_note(path: Path, name: str, warnings: list[Warning_]) -> str | None:
    """The note's text, or None (with a warning) if it cannot be a note."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block the read for ever; a device
            warnings.append(Warning_(name, "skipped: not a regular file (a pipe, device or "
                                           "socket); a note is a text file"))
            return None
        size = info.st_size
        if size > MAX_NOTE_BYTES:
            warnings.append(Warning_(name, f"skipped: {size / 2**20:.0f} MB is larger than the "
                                           f"{MAX_NOTE_BYTES // 2**20} MB a note may be; split it"))
            return None
        data = path.read_bytes()
    except OSError as exc:
        warnings.append(Warning_(name, f"skipped: cannot read ({exc.strerror or exc})"))
        return None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                warnings.append(Warning_(name, f"skipped: starts with a {codec.upper()} mark "
                                               "but is not valid text in it"))
                return None
    if _binary(data):
        warnings.append(Warning_(name, "skipped: binary file, not a text note"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        warnings.append(Warning_(name, "not UTF-8; read as Windows-1252 (cp1252) where it "
                                       "is not UTF-8. Save the note as UTF-8 to silence this",
                                 line))
        # byte by byte, not the whole file: a UTF-8 note with one pasted Windows line keeps
        # its other lines ("—", "≤", a zero-width space) as written, not as mojibake
        return data.decode("utf-8-sig", errors=_CP1252_FALLBACK)


def ingest_paths(db, paths: Iterable[str | Path], follow_links: bool = False,
                 found: tuple[list[tuple[Path, str]], IngestReport] | None = None,
                 then: Callable[[IngestReport, Callable[[], object] | None], object]
                 | None = None,
                 beside: Callable[[IngestReport], Callable[[], object] | None] | None = None,
                 instead_of: str | Path | None = None) -> IngestReport:
    """Parse `paths` into `db`. Unchanged files are skipped; each file is one transaction.
    Before the first note replaces facts of a database that has some, a backup is kept.
    `found`: what `discover` already returned for `paths`, with the report it wrote its
    warnings to (`check PATH` looks before it ingests): the folder is not walked again.
    `beside`: called with the report once every note is stored; the work it returns (the
    ingest summary's AWS tally) is done beside the post-ingest hooks, after the facts'
    statuses and with their assessments (studycli/ingest_beside.py). `then`: called with the
    report and the callable that waits for that work's result (None without) after the
    hooks, while the facts they listed are still kept (store.facts_listed_once).
    `instead_of`: a folder ingested before whose notes the folders given replace (an edited
    copy of it): its notes are set aside (studycli.copied_folders)."""
    # Storing the facts and the post-ingest hooks (card sync, AWS check) make a few objects
    # per fact, none in cycles: the cyclic collector's passes over them were pure cost (as in
    # parsing, extract/pipeline.py), ~10% of a large note's ingest.
    with collector_paused():
        report = _ingest_paths(db, paths, follow_links, found, then, beside, instead_of)
        # what it left alive (caches, compiled patterns, the parser's modules) counts as old,
        # even when the collector was off before the ingest began (some 20 ms at the end of
        # every ingest of the shipped notes: extract/collector.py)
        as_old()
    if report.ingested:  # the patterns compiled for this run, for the next one
        regex_cache.save_at_exit()
    return report


def _ingest_paths(db, paths: Iterable[str | Path], follow_links: bool,
                  found: tuple[list[tuple[Path, str]], IngestReport] | None = None,
                  then: Callable[[IngestReport, Callable[[], object] | None], object]
                  | None = None,
                  beside: Callable[[IngestReport], Callable[[], object] | None] | None = None,
                  instead_of: str | Path | None = None) -> IngestReport:
    from studycli.store import facts as store
    from studycli.store import note_lines, source_files

    report = found[1] if found is not None else IngestReport()
    notes = found[0] if found is not None else discover(paths, report, follow_links,
                                                        _database_of(db))
    notes, files = _keyed(db, notes, report)
    report.stored_as = [name for _path, name in notes]
    # Notes can always be ingested again, so this connection need not sync every commit to
    # disk (WAL keeps the database consistent after a crash either way).
    db.conn.execute("PRAGMA synchronous = NORMAL")
    work: list[tuple[str, str, str, list[Warning_]]] = []
    read_now: dict[str, str] = {}  # sha256 -> name of every note read: a moved note's text
    sha_of: dict[str, str] = {}  # name -> sha256 of each note read: a copied folder's texts
    as_written: dict[str, tuple[str, str]] = {}  # name -> its text as written, and its suffix
    from studycli.reader_stamp import reader_stamp

    reader = reader_stamp()  # what reads the notes now: a note read by another is read again
    for path, name in notes:
        warnings: list[Warning_] = []
        stored = store.source_stamps(db, name)
        text = read_note(path, name, warnings)
        if text is None:
            # read before: its facts stay as they were, and the student is told so
            _refused(report, name, warnings[-1].message, stored is not None, warnings[:-1])
            continue
        # the file as written is what "unchanged" compares: a no-op run converts nothing
        sha = text_sha256(text)
        read_now.setdefault(sha, name)
        sha_of[name] = sha
        report.ingested += 1
        if stored is not None and stored[0] == sha and stored[1] == reader:
            report.skipped.append({"path": name, "reason": "unchanged"})
            if not note_lines.in_step(db.conn, name):  # before `search`, or cut off
                from studycli.formats.spread import file_lines_text
                from studycli.notes.normalize import split_lines

                with suppress(NotReadable):  # stored before its reader refused it: left
                    read = as_markdown(text, path.suffix)
                    note_lines.replace_lines(db.conn, name, lines_to_search(
                        text, path.suffix, file_lines_text(read, split_lines(read))))
            continue
        as_written[name] = (text, path.suffix)  # a fence of code: `search` shows it so
        try:
            text = as_markdown(text, path.suffix)  # org, AsciiDoc, HTML...: line for line
        except NotReadable as exc:  # a notebook whose JSON is broken: said, not a traceback
            report.ingested -= 1
            _refused(report, name, str(exc), stored is not None)
            continue
        if not text.strip() and stored is None:
            _skip_empty(report, name, path, as_written[name][0])
            continue
        if stored is not None and stored[0] == sha:  # the same text, read by other code
            report.reread.append(name)
        work.append((text, name, sha, warnings))
    gone = _gone_notes(db, report, notes, read_now, sha_of, instead_of)
    if (work or gone) and store.count_facts(db):
        from studycli.store.backup import backup

        backup(db, "before-ingest")
    if work:  # with the parser: not on a no-op run, which must start fast
        from studycli.formats import may_chat
        from studycli.formats.gherkin import cited_as_written as scenario_as_written
        from studycli.formats.spread import file_lines_text, on_file_lines
        from studycli.notes.normalize import split_lines
    for (text, name, sha, warnings), note in zip(work, _parse_all(work), strict=True):
        if may_chat(as_written[name][0]):  # a chat's question: cited in its own words
            from studycli.formats.chat_turns import cited_as_written

            note = cited_as_written(note, text, as_written[name][0])
        note = scenario_as_written(note, name)  # a feature file's lines: without the mark
        note = on_file_lines(note, text)  # a canvas's packed cards: cited on their lines
        note.warnings[:0] = warnings
        # Every line, for `studycli search`, numbered as the facts' lines are, committed with
        # the facts: a kill cannot leave search on one version of the note, facts on another.
        distinct = store.replace_source(db, note, sha, also=partial(  # one fact per id
            note_lines.write_lines, db.conn, name,
            lines_to_search(*as_written.pop(name), file_lines_text(text, split_lines(text)))),
            reader=reader)
        report.warnings.extend(str(w) for w in note.warnings)
        report.sources.append({
            "path": name,
            "facts": len(distinct),
            "comparisons": len(note.comparisons),
            "by_kind": _by_kind(distinct.values()),
        })
    _forget_gone(db, report, gone, [(sha, name) for _text, name, sha, _w in work])
    source_files.remember_files(db.conn, files)
    _after_storing(db, report, then, beside)
    return report


def _after_storing(db, report: IngestReport,
                   then: Callable[[IngestReport, Callable[[], object] | None], object] | None,
                   beside: Callable[[IngestReport], Callable[[], object] | None] | None
                   ) -> None:
    """The post-ingest hooks, the report's counts and `then`, with every fact listed once;
    the facts' statuses and `beside`'s work done beside the hooks (ingest_beside.py)."""
    from studycli.ingest_beside import worked_beside
    from studycli.paths import files_seen_once
    from studycli.store import facts as store

    # the hooks each list every fact: read them once; the keys of their kept work each stat
    # the same files of code, data and reference: stat'd once
    with store.facts_listed_once(db), files_seen_once(), \
            worked_beside(db, beside(report) if beside is not None else None) as worked:
        for hook in POST_INGEST_HOOKS:
            if hook is _check_against_aws:  # given the statuses worked out beside, if any
                hook(db, worked.statuses)
            else:
                hook(db)
        report.facts = store.count_facts(db)
        report.by_kind = store.count_by_kind(db)
        report.comparisons = store.count_comparisons(db)
        from studycli.conflicts import find_conflicts

        report.conflicts = len(find_conflicts(db))
        report.samples_beside = _samples_beside_own(db, report)
        if then is not None:
            then(report, worked.extra)


def _samples_beside_own(db, report: IngestReport) -> dict | None:
    """The sample notes shipped with studycli, when this ingest walked their folder and the
    database also holds notes from folders of the student's own (see IngestReport)."""
    from studycli.paths import content_dir
    from studycli.sample_folders import sample_folders

    if str(content_dir().resolve()) not in report.folders:
        return None
    samples = sample_folders(db.conn)
    rows = db.conn.execute("SELECT folder, count(*), sum(facts) FROM sources GROUP BY folder"
                           ).fetchall()
    own = sorted(folder for folder, _n, _f in rows if folder and folder not in samples)
    held = [(n, facts or 0) for folder, n, facts in rows if folder in samples]
    if not own or not held:
        return None
    return {"notes": sum(n for n, _f in held), "facts": sum(f for _n, f in held),
            "own_folders": own}


def _keyed(db, notes: list[tuple[Path, str]], report: IngestReport
           ) -> tuple[list[tuple[Path, str]], dict[str, str]]:
    """`notes` under the names they are stored by (studycli.note_keys: a second folder's
    README.md does not replace the first's), the folders' lists of notes renamed alike; and
    each name's real file, recorded after the ingest."""
    from studycli.note_keys import choose_keys
    from studycli.sample_folders import sample_folders
    from studycli.store.source_files import stored_files
    from studycli.unrecorded_notes import note_claims

    real = [os.path.realpath(path) for path, _name in notes]
    samples = sample_folders(db.conn)
    records = stored_files(db.conn)
    keys = choose_keys(list(zip(real, (name for _p, name in notes), strict=True)),
                       {key: file for key, (file, _folder) in records.items()},
                       samples={key for key, (_f, folder) in records.items() if folder in samples},
                       claims=note_claims(db.conn, (
                           os.path.realpath(os.path.join(folder, name))
                           for folder, (names, _whole) in report.folders.items()
                           for name in names)))
    key_of = dict(zip(real, keys, strict=True))
    for folder, (names, whole) in report.folders.items():
        report.folders[folder] = ([key_of.get(os.path.realpath(os.path.join(folder, n)), n)
                                   for n in names], whole)
    # a file found twice (a link to a note beside it) is one note, read and listed once
    first: dict[str, Path] = {}
    for (path, _name), key in zip(notes, keys, strict=True):
        first.setdefault(key, path)
    renamed = [(path, key) for key, path in first.items()]
    return renamed, dict(zip(keys, real, strict=True))


def _gone_notes(db, report: IngestReport, notes: list[tuple[Path, str]],
                read_now: dict[str, str], sha_of: dict[str, str] | None = None,
                instead_of: str | Path | None = None) -> list[tuple[str, str, int, bool]]:
    """(folder, note, facts, whether a sample note set aside) for each note deleted from a
    folder walked whole this time, each note whose folder is missing and whose same text
    this ingest read under another name (moved: `read_now`, sha256 -> name), and the shipped
    samples a student's own notes replace (store.gone_notes). A note whose folder is missing
    and whose text was not read again is kept, in `report.folders_missing`: a drive not
    mounted looks like a folder deleted, and a same-named file elsewhere is no proof."""
    from studycli.store import gone_notes

    gone = [(folder, note, facts, False)
            for folder, (names, whole) in report.folders.items() if whole
            for note, facts in gone_notes.gone_from(db.conn, folder, names)]
    if not report.ingested:  # nothing of the student's could be read: nothing is set aside
        return gone
    from studycli.copied_folders import RecordedSources, set_aside_for

    # the notes recorded, read once for the samples and the copies set aside (nothing is
    # written between the two)
    sources = RecordedSources(db.conn)
    # a note found this time is the student's, though it has a sample's name (a copy)
    spared = {g[1] for g in gone} | {n for _p, n in notes}
    gone += _samples_set_aside(db, notes, spared, sources)
    spared |= {g[1] for g in gone}
    gone += set_aside_for(db, report, notes, sha_of or {}, spared, instead_of, sources)
    spared |= {g[1] for g in gone}
    missing: dict[str, dict] = {}
    for folder, note, facts, sha in gone_notes.orphaned(db.conn, spared):
        if sha in read_now:
            gone.append((folder, note, facts, False))
            continue
        kept = missing.setdefault(folder, {"folder": folder, "notes": [], "facts": 0})
        kept["notes"].append(note)
        kept["facts"] += facts
    report.folders_missing = list(missing.values())
    return gone


def _samples_set_aside(db, notes: list[tuple[Path, str]], spared: set[str],
                       sources: RecordedSources) -> list[tuple[str, str, int, bool]]:
    """The sample notes shipped with studycli, when the student ingests notes of their own
    into a database that holds only those (the one the first command built): their scores,
    exams and readiness were about a stranger's notes. Set aside like deleted notes, their
    cards and reviews kept: `studycli ingest` with no path brings them back. `sources`: the
    notes recorded (copied_folders.RecordedSources), whose sample folders are asked."""
    from studycli.paths import content_dir
    from studycli.store import gone_notes

    samples = content_dir().resolve()
    if not notes or any(_within(path, samples) for path, _name in notes):
        return []
    sample_names = {p.name for p in samples.iterdir()} if samples.is_dir() else set()
    return [(folder or str(samples), note, facts, True) for folder, note, facts in
            gone_notes.samples_only(db.conn, sources.samples, sample_names)
            if note not in spared]


def _within(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder)
    except OSError:
        return False


def _forget_gone(db, report: IngestReport, gone: list[tuple[str, str, int, bool]],
                 read_now: list[tuple[str, str]] | None = None) -> None:
    """Remove the notes `_gone_notes` found, then record each folder's notes as stored now
    (a note new this time has its record only now). A gone note whose text this ingest read
    under another name (`read_now`: (sha256, name) of each note read) was moved or renamed,
    not deleted: its entry says where it is now (`moved_to`, one new name per old note). The
    same text need not give the same facts (a line naming no service is filed under the
    service its file name names), so the entry also counts the facts of the old note no note
    gives now and the cards that asked them (`lost_facts`, `lost_cards`): the summary says
    "all kept" only when there are none."""
    from studycli.moved_notes import lost_with, pair_moved, service_named_only_by
    from studycli.store import gone_notes

    # a folder's notes set aside for its copy were not moved: their folder is still there
    copied = {c["folder"]: c["copy"] for c in report.copies_set_aside}
    moved_to = pair_moved(db.conn, [note for folder, note, _n, _s in gone if folder not in copied],
                          read_now or [])
    for folder, note, facts, sample in gone:
        keys = gone_notes.fact_keys(db.conn, note)
        gone_notes.forget(db.conn, note)
        entry = {"path": note, "folder": folder, "facts": facts, "sample": sample}
        if folder in copied:
            entry["copy_in"] = copied[folder]
        if note in moved_to:
            entry["moved_to"] = moved_to[note]
            entry["lost_facts"], entry["lost_cards"] = lost_with(db.conn, keys)
            if entry["lost_facts"]:
                entry["service_of_old_name"] = service_named_only_by(note, moved_to[note])
        report.removed.append(entry)
    for folder, (names, _whole) in report.folders.items():
        gone_notes.remember_folder(db.conn, folder, names)


def _database_of(db) -> Path | None:
    path = getattr(db, "path", None)
    return Path(path) if path is not None and str(path) not in ("", ":memory:") else None


def _skip_empty(report: IngestReport, name: str, path: Path, written: str) -> None:
    """A note with no text, never read before: skipped with a warning, as the README says,
    not a row of 0 facts in the ingest table (one read before is read: its facts are replaced
    by none). A board of file and link cards is a machine's file: passed over in silence."""
    report.ingested -= 1
    suffix = path.suffix.lower()
    if read_as_drawing(written, suffix):  # by the reader that read it, not the suffix alone
        _refused(report, name, "a drawing with no text in its boxes or arrows: nothing to read",
                 False)
    elif suffix not in TEXTLESS_MACHINE_FILES:
        _refused(report, name, "empty note: nothing to read", False)


def _refused(report: IngestReport, name: str, why: str, read_before: bool,
             warnings: Iterable[Warning_] = ()) -> None:
    """A note not read this time (`why`: "skipped: ..."): skipped with a warning. One read
    before keeps the facts read from it then, and the warning says so (not "nothing was
    ingested" alone): a reader that now refuses a note it once read leaves what it read."""
    kept = "; the facts read from it before are kept" if read_before else ""
    reason = why if why.startswith("skipped") else f"skipped: {why}"
    report.skipped.append({"path": name, "reason": reason + kept})
    report.warnings.extend(str(w) for w in warnings)
    report.warnings.append(str(Warning_(name, reason + kept)))


# Below this much text a process pool costs more than it saves: its workers' start and the
# results' trip back take about what parsing 100 KB on one core takes. Count and size both:
# three 1 MB notes are worth two cores, five small ones are not.
PARALLEL_FROM_BYTES = 256 * 1024
# A note this long is itself shared among the cores when it is parsed alone (or among a few
# small ones): forking a worker that already holds the note's blocks costs a few milliseconds,
# parsing this much text about half a second.
SPLIT_FROM_CHARS = 128 * 1024
# Below that, several notes of at least this much text in all are parsed in forked children,
# one run of notes per core: a fork of a process that has the parser loaded costs a few
# milliseconds, parsing this much text some 50 ms.
FORK_FROM_CHARS = 24 * 1024
FORK_RUN_CHARS = 12 * 1024  # the least text a run of the forked parse is given


def _parse_all(work):
    """Parsed notes in order. Much text is parsed on every core; the writes stay here."""
    from studycli.extract import parse_note
    from studycli.extract.fan_out import usable_cores

    texts, names = [w[0] for w in work], [w[1] for w in work]
    cores = usable_cores()
    total = sum(map(len, texts))
    if len(work) < 2 or cores < 2 or total < PARALLEL_FROM_BYTES:
        if (len(work) >= 2 and cores > 1 and total >= FORK_FROM_CHARS
                and max(map(len, texts)) < SPLIT_FROM_CHARS):
            yield from _parse_forked(texts, names, cores)
            return
        for text, name in zip(texts, names, strict=True):
            if cores > 1 and len(text) >= SPLIT_FROM_CHARS:
                yield parse_note(text, name, cores)  # its lines read on every core (fan_out)
            else:
                yield parse_note(text, name)
        return
    from concurrent.futures import ProcessPoolExecutor

    import studycli.extract.pipeline  # noqa: F401  (forked workers start with the parser loaded)

    with ProcessPoolExecutor(max_workers=min(cores, len(work)), initializer=_die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        # one note per task: notes differ in size, and chunks of several left one core idle
        yield from pool.map(parse_note, texts, names, chunksize=1)


# a line every reader of a note's line has a go at: a heading, a service, a limit, a default
_WARM_UP = "## SQS\n- Max message size 256 KB, default retention 4 days (max 14 days)\n"


def _parse_forked(texts: list[str], names: list[str], cores: int):
    """Notes too few for a pool's start-up, but a few tenths of a second of parsing (the
    shipped notes: some 90 KB, 0.2 s on one core): cut into one run of notes per core, of
    about equal text and in order, each run but the first parsed in a forked child that
    starts with the parser loaded (extract/fan_out: it dies with this process, and a child
    that fails has its notes parsed here). The same notes, in the same order."""
    from studycli.extract import parse_note
    from studycli.extract.fan_out import stream_parts

    # The parser loads its catalogs and compiles some patterns when first used: once, here,
    # so that the children start with them (each loaded them again: a tenth more work)
    parse_note(_WARM_UP, "warm-up.md")

    # no more runs than there is text for: a fork costs a few milliseconds, which a run of a
    # few KB (ten 2.5 KB notes on sixteen cores) would not save
    cores = max(1, min(cores, sum(map(len, texts)) // FORK_RUN_CHARS))
    share = sum(map(len, texts)) / cores
    runs: list[list[int]] = [[]]
    done = 0
    for i, text in enumerate(texts):
        if done >= share * len(runs) and len(runs) < cores:
            runs.append([])
        runs[-1].append(i)
        done += len(text)

    def part(run: list[int]):
        return lambda: [parse_note(texts[i], names[i]) for i in run]

    # the first run parsed here a note at a time, each stored as it comes (a Ctrl-C keeps
    # them), while the children parse the others
    yield from stream_parts(lambda: (parse_note(texts[i], names[i]) for i in runs[0]),
                            [part(run) for run in runs[1:] if run])


def _die_with_parent(parent: int) -> None:
    """In each parse worker: end when the ingest process ends, even by SIGKILL (which gives
    it no chance to stop its pool), rather than parse on alone. Linux: the kernel sends
    SIGKILL on the parent's death; elsewhere a watchdog thread notices the orphaning."""
    import signal
    import sys
    import threading

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)

    def watch() -> None:
        import time

        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


# Called with the database after every ingest (the quiz keeps its cards in step here).
POST_INGEST_HOOKS: list = []
POST_INGEST_HOOKS.append(sync_cards)  # quiz cards follow their facts


def _check_against_aws(db, statuses: Statuses | None = None) -> None:
    """The facts' statuses stored; `statuses`: those worked out beside the card sync
    (ingest_beside.py), used when worked out for the facts and reference as they are now."""
    from studycli.app.clock import today
    from studycli.currency_stamp import stale_stamp

    new_stamp = stale_stamp(db.conn, today())
    if new_stamp is None:
        return  # (most ingests change nothing: the reference's matching code is not loaded)
    from studycli.reference.currency import refresh_currency

    rows_of = statuses[1] if statuses is not None and statuses[0] == new_stamp else None
    refresh_currency(db, new_stamp, rows_of)


POST_INGEST_HOOKS.append(_check_against_aws)  # lookup, quiz and exam mark stale facts


def _record_unasked(db) -> None:
    from studycli.questions.unasked import record_unasked

    record_unasked(db)


# after the statuses: which vouched cards still make no question (stats and readiness count
# only the cards the quiz can ask)
POST_INGEST_HOOKS.append(_record_unasked)


def _by_kind(distinct) -> dict[str, int]:
    """Facts per kind, of facts already one per id."""
    counts: dict[str, int] = {}
    for f in distinct:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return dict(sorted(counts.items()))
