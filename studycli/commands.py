"""The everyday commands' bodies (ingest, facts, conflicts, stats, cards): one per command,
called by both the typer commands (cli/) and their typer-free fast path (fastpath/reads.py),
so the two cannot drift apart. Rich is imported only for output to people, not for --json.
A failure is raised (StudyError) for the caller to report."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime


def print_json(data) -> None:
    from studycli.sanitize import safe_json

    sys.stdout.write(safe_json(data, indent=2) + "\n")


def _page(renderable, long: bool) -> None:
    from studycli.ui.console import page

    page(renderable, long)


def show_facts(db, service: str | None, kind: str | None, as_json: bool) -> None:
    from studycli.database import ensure_database
    from studycli.services import canonical_service
    from studycli.store.facts import list_facts

    store = ensure_database(db, readonly=True)
    rows = list_facts(store, service=canonical_service(service) or service if service else None,
                      kind=kind)
    if not rows and service and canonical_service(service) is None:
        hint = _service_meant(service)  # "lambdaa": lookup reads it as Lambda; facts said nothing
        if hint:
            warn(f"studycli facts: no service is called {service.strip()!r}; "
                 f"did you mean: {hint}? (studycli facts --service {hint.split(', ')[0]!r})")
    if as_json:
        print_json([f.to_dict() for f in rows])
        return
    from studycli.ui.console import console
    from studycli.ui.facts_table import render_facts

    _page(render_facts(rows, console().width), long=len(rows) > 40)


def _service_meant(typed: str) -> str:
    """The services a name no service is called may stand for ("lambdaa": Lambda), joined
    by commas: the one it is a typo of, as lookup repairs it, else the names close to it;
    "" when none is near."""
    from studycli.compare import suggestions
    from studycli.compare_typos import repaired_name
    from studycli.services import catalog

    services = set(catalog().service_aliases.values())
    fixed = repaired_name(typed)
    if fixed in services:
        return fixed
    return ", ".join(name for name in suggestions(typed) if name in services)


def show_conflicts(db, as_json: bool) -> None:
    from studycli.conflicts import find_conflicts, reference_marks, supported
    from studycli.database import ensure_database

    store = ensure_database(db, readonly=True)
    groups = find_conflicts(store)
    marks = reference_marks(store, groups)
    if as_json:
        # Fields added, none changed (design.md): each fact's "aws" (its reference status or
        # null), each group's "aws" (the value and page the reference supports, or null)
        print_json([
            {"service": g[0].service, "subject": g[0].subject, "attribute": g[0].attribute,
             "qualifier": g[0].qualifier,
             "facts": [{**f.to_dict(), "aws": marks.get(f.id)} for f in g],
             "aws": supported(g, marks)}
            for g in groups
        ])
        return
    from studycli.ui.facts_table import render_conflicts

    _page(render_conflicts(groups, marks), long=len(groups) > 20)


def show_stats(db, as_json: bool) -> None:
    from studycli.app.stats import collect
    from studycli.charts import collect as collect_charts
    from studycli.database import ensure_database

    store, now = ensure_database(db, readonly=True), datetime.now(UTC)
    data = collect(store, now)
    charts = collect_charts(store, now)
    if as_json:
        print_json({**data, **charts})
        return
    from studycli.ui.charts import render_stats_charts
    from studycli.ui.console import console, taller_than_screen
    from studycli.ui.stats_view import render_stats

    out = console()
    figures = render_stats(data)
    # through the pager as facts is, when it is taller than the screen (figures and three
    # charts are some 40 rows: on a 24-row terminal the figures scrolled off, unread). The
    # pager is given plain text, and the calendar's levels in colour alone were lost there
    # (every day the same ■): paged, the charts are drawn plain (' .:*#'), as in a pipe.
    # The plain charts have the colour ones' rows (glyphs and styles differ, not lines), so
    # what shows is measured and redrawn plain only when it goes to the pager.
    plain = not out.is_terminal
    shown = render_stats_charts(charts, plain=plain)
    long = taller_than_screen(out, [figures, shown])
    if long and not plain:
        shown = render_stats_charts(charts, plain=True)
    _page([figures, shown], long=long)


def show_cards(db, flagged: bool, service: str | None, as_json: bool,
               every: bool = False) -> None:
    """`every`: also the cards whose facts left the notes (`--all`)."""
    from studycli.app.cards import cards_with_facts
    from studycli.database import ensure_database
    from studycli.quiz import service_key

    store = ensure_database(db, readonly=True)
    rows = cards_with_facts(store, service_key(service), flagged, every)
    if as_json:
        print_json(rows)
        return
    from itertools import chain

    from studycli.store.cards import count_missing
    from studycli.ui.cards_table import hidden_note, render_cards

    hidden = 0 if every or flagged else count_missing(store, service_key(service))
    if hidden and not rows:
        _page([hidden_note(hidden, alone=True)], long=False)
        return
    _page(chain(render_cards(rows, flagged), [hidden_note(hidden)] if hidden else []),
          long=len(rows) > 40)


def run_ingest(paths: list[str] | None, follow_links: bool, db, as_json: bool,
               instead_of: str | None = None) -> None:
    from studycli.kept import rows_hashed_once, work_shared
    from studycli.paths import resolve_db
    from studycli.store.db import connect

    store = connect(resolve_db(db))
    # the card sync, the unasked cards and the summary's AWS tally each key their kept work
    # on every fact row: read and hashed once while no fact changes; the fact statuses and
    # the AWS tally each assess every fact: assessed once (reference/assess.py)
    with rows_hashed_once(), work_shared():
        _ingest_and_report(store, paths, follow_links, as_json, instead_of)


def _ingest_and_report(store, paths: list[str] | None, follow_links: bool,
                       as_json: bool, instead_of: str | None = None) -> None:
    from studycli.errors import StudyError
    from studycli.ingest import ingest_paths
    from studycli.paths import content_dir

    tally: list[dict[str, int] | None] = []

    keeping: list[Callable[[dict], dict]] = []

    def tally_work(report) -> Callable[[], dict] | None:
        """The work of the summary's AWS tally, done beside the post-ingest hooks, after the
        facts' statuses and with their assessments (studycli/ingest_beside.py)."""
        parts = _aws_check_parts(store) if not as_json and report.ingested else None
        if parts is None:
            return None
        keeping.append(parts[1])
        return parts[0]

    def tally_of(report, result: Callable[[], object] | None) -> None:
        """The tally, waited for once the hooks are done (ingest_paths always calls this),
        its findings kept here for `check`, and the summary's view imported meanwhile."""
        if result is None:
            tally.append(None)
            return
        import studycli.ui.ingest_summary  # noqa: F401  (Rich, while the tally is worked out)

        try:
            tally.append(keeping[0](result())["tally"])  # type: ignore[arg-type]
        except Exception:  # a broken reference file costs the summary line, never the ingest
            tally.append(None)

    report = ingest_paths(store, paths or [content_dir()], follow_links=follow_links,
                          then=tally_of, beside=tally_work, instead_of=instead_of)
    if as_json:
        print_json(report.to_dict())
    if report.ingested == 0:
        why = "; ".join(report.warnings) or "no notes found"
        if "read from it before are kept" in why:  # a note read before that broke since
            raise StudyError(f"nothing new was ingested ({why})")
        raise StudyError(f"nothing was ingested ({why}); give a note file or a folder of notes")
    if not as_json:
        from studycli.ui.console import console, make_console
        from studycli.ui.ingest_summary import render_ingest

        console().print(render_ingest(report, findings=tally[0]))
        # one line a warning for a script reading stderr; wrapped between words on a
        # terminal (a terminal's own wrap cut ".md" in two at 80 columns: a new user)
        err = make_console(stderr=True, soft_wrap=not sys.stderr.isatty())
        for warning in report.warnings:
            err.print(f"warning: {warning}", markup=False, highlight=False)


def _aws_check_parts(store) -> tuple[Callable[[], dict], Callable[[dict], dict]] | None:
    """The ingest summary's "AWS check" counts are `studycli check`'s own tally of the whole
    fact base (its findings are kept, so the check run next reads them back). A count of its
    own missed the claims check reads off a line's text ("ingest: 7 outdated", "check: 8").
    The work and the keeping of its result (checking.whole_base_parts); None when the work
    cannot even be read from the database."""
    from studycli.checking import whole_base_parts

    try:
        return whole_base_parts(store)
    except Exception:  # a broken reference file costs the summary line, never the ingest
        return None


# a width no line of a note reaches: output that is not a terminal is not folded
UNFOLDED = 1_000_000


def _say(text: str) -> None:
    """One plain line for people on stdout, cleaned of escapes. Plain text needs no Rich
    (whose import alone is several bare Python start-ups)."""
    from studycli.sanitize import safe_text

    sys.stdout.write(safe_text(text) + "\n")


def warn(text: str) -> None:
    """One line on stderr, cleaned of escapes (the terminal wraps it, as Rich's soft wrap)."""
    from studycli.sanitize import safe_text

    sys.stderr.write(safe_text(text) + "\n")


def run_search(db, words: list[str], limit: int, as_json: bool) -> int:
    """Exit 1 when no line says the words (grep's convention), 2 when none were given."""
    if not " ".join(words).strip():  # as lookup says it: a usage error, before any database
        from studycli.usage import usage_error

        return usage_error("search", 'nothing to search for: type a few words, e.g. studycli '
                           'search "visibility timeout"')
    from studycli.database import ensure_database
    from studycli.lookup.search import search_notes
    from studycli.store import note_lines

    store = ensure_database(db, readonly=True)
    if note_lines.not_indexed(store.conn):
        # Notes ingested before `search` existed: their lines are indexed by the next ingest.
        warn("studycli: your notes' lines are not indexed yet: run `studycli ingest` once "
             "(with the paths you ingested before), then search again")
        return 1
    result = search_notes(store.conn, " ".join(words), limit=limit)
    from studycli.search_headings import add_section_lines

    add_section_lines(store.conn, result, limit)  # lines a heading saying the words is over
    if as_json:
        print_json([h.to_dict() for h in result.hits])
        note = result.correction_note()
        if note:  # stdout is the JSON alone; what was searched instead is said beside it
            warn(f"studycli search: {note}")
    else:
        from studycli.ui.console import console
        from studycli.ui.search_view import render_search

        out = console()
        if not out.is_terminal:
            # off a terminal (a pipe, a file) no line is folded: a hit folded at 80 columns
            # left its tail on a line of its own, with no file:line, for `grep` to find
            from studycli.ui.console import make_console

            out = make_console(width=UNFOLDED)
        from studycli.ui.console import emit

        emit(out, render_search(result))  # a web address in a line is printed whole
    return 0 if result.hits else 1


def show_readiness(db, profile: str | None, as_json: bool) -> None:
    from studycli.database import ensure_database
    from studycli.errors import UsageProblem
    from studycli.exam.profiles import get_profile
    from studycli.readiness import assess

    chosen = get_profile(profile)
    if chosen.name == "quick":
        raise UsageProblem("readiness needs a real exam profile: saa-c03, dva-c02 or clf-c02",
                           "readiness")
    report = assess(ensure_database(db), chosen.name, chosen.pass_mark, datetime.now(UTC))
    if as_json:
        print_json(report.to_dict())
        return
    from studycli.ui.console import console
    from studycli.ui.readiness_view import render_readiness

    console().print(render_readiness(report, plain=not sys.stdout.isatty()))


def run_check(db, paths: list | None, service: str | None, all_: bool, as_json: bool) -> int:
    """Exit 1 when any note is outdated or wrong (a linter's convention). The findings come
    from studycli.checking (kept between runs until a fact or the reference changes)."""
    from studycli.checking import check

    result = check(db, paths, service)
    # A current line an announced AWS change will end is told too, with its date ("Developer
    # Support is discontinued on January 1, 2027"); only what is stale today sets the exit code.
    shown = [x for x in result["findings"]
             if x["status"] in ("outdated", "wrong") or x.get("takes_effect")
             # undecided: only those with a doubt to say (an entry the reference is unsure
             # of, "docs disagree", says nothing against the note)
             or (all_ and (x["status"] == "current" or x.get("suspect")))]
    for problem in result["problems"]:
        warn(f"warning: reference: {problem}")
    for warning in result.get("warnings", ()):  # what the notes' ingest passed over
        warn(f"warning: {warning}")
    if as_json:
        print_json([x["json"] for x in shown])
    else:
        from studycli.ui.check_view import render_check
        from studycli.ui.console import page

        page(render_check(shown, result), long=False)
    tally = result["tally"]
    return 1 if tally["outdated"] or tally["wrong"] else 0


def run_doctor(db, notes: list[str] | None, restore: bool, backup, rebuild: bool,
               follow_links: bool) -> int:
    """The caller has refused --restore with --rebuild (a usage error)."""
    from pathlib import Path

    from studycli import doctor as work
    from studycli.paths import content_dir, resolve_db
    from studycli.store.db import check_path

    path = check_path(resolve_db(db))
    if restore:
        used, aside = work.restore(path, Path(backup) if backup is not None else None)
        _say(f"Restored {path} from {used.name}.")
        if aside:
            _say(f"The file it replaced is kept as {aside}; reviews made after the backup "
                 "are only in that file.")
        return 0
    if rebuild:
        report, kept, aside = work.rebuild(path, notes or [content_dir()], follow_links)
        _say(f"Rebuilt {path}: {report.facts} facts from {report.ingested} notes.")
        for table, (copied, lost) in sorted(kept.items()):
            extra = f", {lost} unreadable" if lost else ""
            _say(f"  kept {copied} rows of {table}{extra}")
        if aside:
            _say(f"The old file is kept as {aside}.")
        return 0
    return _show_health(work.check(path))


def card_lines(states: dict[str, int]) -> list[str]:
    """What doctor's row count of cards holds, in `studycli stats`'s terms: its table's
    total (the cards the quiz works through) and each kind of card it leaves out."""
    active = sum(states.get(k, 0) for k in ("new", "learning", "review", "suspended"))
    lines = [f"{active} in the total `studycli stats` shows"]
    if states.get("unaskable"):
        lines.append(f"{states['unaskable']} the quiz builds no question for")
    if states.get("missing"):
        lines.append(f"{states['missing']} whose facts are no longer in your notes")
    return lines if len(lines) > 1 else []


def _read_before_lines(paths: list[str]) -> list[str]:
    """Notes another version of studycli's note reader read, and how to read them again (a
    note's path is stored relative to the folder it was ingested from: named, not guessed)."""
    shown = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
    count = f"{len(paths)} note{'s' if len(paths) != 1 else ''}"
    return [f"Notes      {count} read by an older studycli: {shown}",
            "           `studycli ingest` their folder again to read them with this one",
            "           (cards and reviews are kept)"]


def _show_health(up) -> int:
    if not up.exists:
        _say(f"{up.path} does not exist yet; any command builds it from the shipped notes.")
        return 0
    _say(f"Database   {up.path}")
    if up.foreign:
        warn("studycli: " + (up.problem or "another program's database"))
        return 1
    _say(f"Integrity  {'ok' if up.integrity == ['ok'] else '; '.join(up.integrity)}")
    if up.problem:
        _say(f"Opening    {up.problem}")
    for table, n in up.counts.items():
        _say(f"  {table:<14} {n}")
        if table == "cards" and up.card_states:
            for line in card_lines(up.card_states):
                _say(f"  {'':<14}   {line}")
    for line in _read_before_lines(up.read_before) if up.read_before else []:
        _say(line)
    if up.backups:
        _say("Backups (newest first; studycli doctor --restore [--backup FILE]):")
        for b in up.backups:
            _say(f"  {b}")
    else:
        # two lines inside 80 columns: as one, a terminal broke it mid-word
        _say("Backups    none yet: one is kept before each migration")
        _say("           and before each ingest that changes facts")
    if not up.healthy:
        db = f" --db '{up.path}'"
        restore = (f"`studycli doctor --restore{db}` puts back the newest backup; "
                   if up.backups else "")  # no backup: do not offer one
        warn(f"studycli: {up.path} needs repair: {restore}`studycli doctor --rebuild{db} "
             "[NOTES...]` rebuilds it from your notes (the shipped ones when none are named) "
             "keeping your cards and reviews")
        return 1
    return 0
