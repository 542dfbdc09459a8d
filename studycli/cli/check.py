"""`studycli check`: the notes against the AWS reference, as a linter (exit 1 on findings)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from studycli.cli.common import DbOption, JsonOption, console, err_console, open_store, print_json
from studycli.cli.completion import complete_service
from studycli.errors import StudyError


def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Only these notes (files or folders); they are ingested first, "
                            "so the check sees them as they are now."),
    ] = None,
    service: Annotated[str | None, typer.Option("--service", "-s", autocompletion=complete_service,
                                                   help="Only this service.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="List current facts too.")] = False,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Check your notes against current AWS facts; exit 1 when any are outdated or wrong."""
    from studycli.reference import load_reference
    from studycli.reference.findings import counts, find_all
    from studycli.store.facts import list_facts

    reference = load_reference()
    store, sources = _store_and_sources(db, paths)
    canonical = None
    if service:
        from studycli.services import canonical_service

        canonical = canonical_service(service)
        if canonical is None:
            raise StudyError(f"no service named {service!r}; give a name like SQS, Lambda or "
                             "'api gateway'")
    facts = list_facts(store, service=canonical)
    if sources is not None:
        facts = [f for f in facts if f.source in sources]
    findings = find_all(facts, reference)
    tally = counts(findings)
    shown = [x for x in findings
             if x.status in ("outdated", "wrong") or (all_ and x.status == "current")]
    for problem in reference.problems:
        err_console.print(f"warning: reference: {problem}", markup=False, highlight=False)
    if json:
        print_json([x.to_dict() for x in shown])
    else:
        from studycli.ui.check_view import render_check

        console.print(render_check(shown, reference, tally, len(facts)))
    if tally["outdated"] or tally["wrong"]:
        raise typer.Exit(1)


def _store_and_sources(db, paths):
    """With PATHs: ingest them (unchanged files are skipped) and check only their facts."""
    if not paths:
        return open_store(db), None
    from studycli.ingest import IngestReport, discover, ingest_paths
    from studycli.paths import resolve_db
    from studycli.store.db import connect

    probe = IngestReport()
    found = discover(paths, probe)
    if probe.warnings:
        raise StudyError(f"{probe.warnings[0]}; give a note file or a folder of notes")
    store = connect(resolve_db(db))
    report = ingest_paths(store, paths)
    unread = {s["path"] for s in report.skipped if s["reason"] != "unchanged"}
    if report.ingested == 0:
        why = "; ".join(report.warnings) or "no notes found"
        raise StudyError(f"nothing could be read ({why}); give a note file or a folder of notes")
    return store, {name for _, name in found} - unread


def register(app: typer.Typer) -> None:
    app.command("check")(check)
