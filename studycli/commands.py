"""The everyday commands' bodies (ingest, facts, conflicts, stats, cards): one per command,
called by both the typer commands (cli/) and their typer-free fast path (fastpath/reads.py),
so the two cannot drift apart. Rich is imported only for output to people, not for --json.
A failure is raised (StudyError) for the caller to report."""

from __future__ import annotations

import sys
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
    if as_json:
        print_json([f.to_dict() for f in rows])
        return
    from studycli.ui.console import console
    from studycli.ui.facts_table import render_facts

    _page(render_facts(rows, console().width), long=len(rows) > 40)


def show_conflicts(db, as_json: bool) -> None:
    from studycli.conflicts import find_conflicts
    from studycli.database import ensure_database

    groups = find_conflicts(ensure_database(db, readonly=True))
    if as_json:
        print_json([
            {"service": g[0].service, "subject": g[0].subject, "attribute": g[0].attribute,
             "qualifier": g[0].qualifier, "facts": [f.to_dict() for f in g]}
            for g in groups
        ])
        return
    from studycli.ui.facts_table import render_conflicts

    _page(render_conflicts(groups), long=len(groups) > 20)


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
    from studycli.ui.console import console
    from studycli.ui.stats_view import render_stats

    out = console()
    out.print(render_stats(data))
    out.print(render_stats_charts(charts, plain=not out.is_terminal))


def show_cards(db, flagged: bool, service: str | None, as_json: bool) -> None:
    from studycli.app.cards import cards_with_facts
    from studycli.database import ensure_database
    from studycli.quiz import service_key

    rows = cards_with_facts(ensure_database(db, readonly=True), service_key(service), flagged)
    if as_json:
        print_json(rows)
        return
    from studycli.ui.cards_table import render_cards

    _page(render_cards(rows, flagged), long=len(rows) > 40)


def run_ingest(paths: list[str] | None, follow_links: bool, db, as_json: bool) -> None:
    from studycli.errors import StudyError
    from studycli.ingest import ingest_paths
    from studycli.paths import content_dir, resolve_db
    from studycli.store.db import connect

    store = connect(resolve_db(db))
    report = ingest_paths(store, paths or [content_dir()], follow_links=follow_links)
    if as_json:
        print_json(report.to_dict())
    if report.ingested == 0:
        why = "; ".join(report.warnings) or "no notes found"
        raise StudyError(f"nothing was ingested ({why}); give a note file or a folder of notes")
    if not as_json:
        from studycli.store.currency import status_counts
        from studycli.ui.console import console, make_console
        from studycli.ui.ingest_summary import render_ingest

        console().print(render_ingest(report, findings=status_counts(store.conn)))
        err = make_console(stderr=True, soft_wrap=True)
        for warning in report.warnings:
            err.print(f"warning: {warning}", markup=False, highlight=False)
