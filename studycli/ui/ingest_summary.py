"""The summary shown after `studycli ingest`."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from studycli.sanitize import safe_text


def render_ingest(report, findings: dict[str, int] | None = None) -> Group:
    """`findings`: counts by status from the AWS reference check (None: no reference)."""
    parts: list[RenderableType] = []
    if report.sources:
        from rich.table import Table

        table = Table(title="Ingested", title_justify="left", show_edge=False)
        table.add_column("note")
        table.add_column("facts", justify="right")
        table.add_column("by kind")
        table.add_column("comparisons", justify="right")
        for s in report.sources:
            kinds = ", ".join(f"{k} {n}" for k, n in s["by_kind"].items())
            # Cleaned before Rich sees it: Rich drops a BEL on its own, and an escape sequence
            # left without its end would then take the rest of the name with it.
            table.add_row(Text(safe_text(s["path"])), str(s["facts"]), kinds,
                          str(s["comparisons"]))
        parts.append(table)
    if report.reread:  # their text is as it was: say why they are in the table above
        parts.append(Text(reread_line(len(report.reread))))
    parts += _samples_lines(report)
    parts += _copies_lines(report)
    for gone in report.removed:  # deleted from its folder: its facts are no longer taught
        if not gone.get("sample") and not gone.get("copy_in"):  # a copy's: said above
            parts.append(_gone_line(gone))
    for missing in getattr(report, "folders_missing", ()):
        parts.append(_missing_line(missing))
    unchanged = [s["path"] for s in report.skipped if s["reason"] == "unchanged"]
    if unchanged:
        parts.append(Text(f"{len(unchanged)} unchanged note(s) skipped", style="dim"))
    totals: list[tuple[Text, str]] = [(Text("facts"), str(report.facts))]
    for kind, n in report.by_kind.items():
        totals.append((Text(f"  {kind}", style="dim"), str(n)))
    totals.append((Text("comparisons"), str(report.comparisons)))
    totals.append((Text("conflicts"), str(report.conflicts)
                   + ("  (studycli conflicts)" if report.conflicts else "")))
    totals.append((Text("warnings"), str(len(report.warnings))))
    if findings is not None:
        flagged = findings["outdated"] + findings["wrong"]
        from studycli.ui.verdict_words import stale_tally  # check's own words for its tally

        totals.append((Text("AWS check"), stale_tally(findings)
                       + ("  (studycli check)" if flagged else "  (checked against AWS)")))
    parts.append(Text("Fact base", style="bold"))
    # Two aligned columns as plain lines: a Rich table would cost more than the rest of an
    # ingest of unchanged notes (the only Rich table left is the notes just ingested).
    label_width = max(len(label.plain) for label, _ in totals)
    for label, value in totals:
        parts.append(label + " " * (label_width - len(label.plain) + 2) + Text(value))
    return Group(*parts)


def reread_line(count: int) -> str:
    """Why notes whose text did not change were read again (ingest: studycli.reader_stamp)."""
    notes = "note" if count == 1 else "notes"
    # The stamp says the reading code changed, not that these notes' facts did: say only that
    return (f"{count} {notes} read again: studycli's note reader has changed since "
            f"{'it was' if count == 1 else 'they were'} ingested")


def _gone_line(gone: dict) -> Text:
    """What became of a note no longer found where it was: moved (the same text read under a
    new name, all its facts read there or some lost with its old name) or deleted."""
    if gone.get("moved_to") and not gone.get("lost_facts"):
        return Text(
            f"{safe_text(gone['path'])} is now {safe_text(gone['moved_to'])} (moved or "
            "renamed): its facts were read there, and your cards and reviews of them are "
            "all kept.", style="dim")
    if gone.get("moved_to"):  # the same text, fewer facts: say what went and why
        lost, cards = gone["lost_facts"], gone.get("lost_cards", 0)
        service = gone.get("service_of_old_name")
        why = (f": its old name said they were about {safe_text(service)} and the new one "
               "does not (name the service in the file name or a heading to bring them back)"
               if service else "")
        return Text(
            f"{safe_text(gone['path'])} is now {safe_text(gone['moved_to'])} (moved or "
            f"renamed), but {lost} of its {gone['facts']} fact(s) are not read from it "
            f"there{why}; {cards} card(s) of them are no longer asked (their reviews are "
            "kept, should the facts come back).", style="yellow")
    return Text(
        f"{safe_text(gone['path'])}: no longer in {safe_text(gone['folder'])}, so its "
        f"{gone['facts']} fact(s) are removed (its cards and reviews are kept should it "
        "come back)", style="yellow")


def _copies_lines(report) -> list[Text]:
    """The folders set aside for the copy the student named them replaced by, then those a
    folder of this ingest only looks like a copy of (kept)."""
    return ([_copy_line(c) for c in getattr(report, "copies_set_aside", ())]
            + [_copy_found_line(f) for f in getattr(report, "copies_found", ())])


def _copy_line(copied: dict) -> Text:
    """A folder ingested before, set aside as the student asked (`--instead-of`,
    studycli.copied_folders): what is kept, and how to undo it."""
    old, new = _typed(copied["folder"]), _typed(copied["copy"])
    notes = copied["notes"]
    return Text(
        f"{new} stands in for {old}, as you asked: the {notes} note(s) of {old} "
        f"({copied['facts']} facts) are set aside, so that nothing is taught twice; your cards "
        f"and reviews are all kept. To study {old} instead, `studycli ingest {old} "
        f"--instead-of {new}`.", style="yellow")


def _copy_found_line(found: dict) -> Text:
    """A folder ingested before that a folder of this ingest looks like a copy of: both are
    kept (one folder per exam or course shares names and a template), and the student is
    told how to set the older one aside if the new one replaces it."""
    old, new = _typed(found["folder"]), _typed(found["copy"])
    return Text(
        f"{new} looks like a copy of {old} ({found['same_names']} of its {found['notes']} "
        f"note(s) under the same names, {found['same_texts']} with the very same text): both "
        "are kept, so facts in both are taught twice. If it replaces it, `studycli ingest "
        f"{new} --instead-of {old}` sets the notes of {old} aside (cards and reviews kept).",
        style="yellow")


def _missing_line(missing: dict) -> Text:
    """Notes kept though their folder is missing: a drive not plugged in looks just like a
    folder renamed or deleted, so nothing is removed; say how to bring them up to date or
    drop them for good."""
    notes = missing["notes"]
    which, its = (safe_text(notes[0]), "its") if len(notes) == 1 else (f"{len(notes)} notes",
                                                                        "their")
    return Text(
        f"{which}: {its} folder {safe_text(missing['folder'])} is missing (a drive not plugged "
        f"in, or the folder renamed or deleted), so {its} {missing['facts']} fact(s) are kept. "
        "Plug the drive back in, or ingest the folder from where it is now (its unchanged "
        "notes move with their cards and reviews); to drop them for good, run `studycli "
        "doctor --rebuild` naming the folders you keep.", style="yellow")


def _typed(folder: str) -> str:
    """A folder as the student would type it: under their home as ~/..., quoted for a shell
    where it needs to be, cleaned of escape sequences."""
    import os
    import shlex

    home = os.path.expanduser("~")
    if folder == home or folder.startswith(home + os.sep):
        rest = folder[len(home) + 1:]
        return safe_text("~/" + shlex.quote(rest)) if rest else "~"
    return safe_text(shlex.quote(folder))


def _samples_lines(report) -> list[Text]:
    """The shipped sample notes set aside by the student's own, or read back beside them."""
    out = []
    samples = [g for g in report.removed if g.get("sample")]
    if samples:  # the first command's notes, a stranger's: no longer mixed into the student's
        facts = sum(g["facts"] for g in samples)
        out.append(Text(
            f"The {len(samples)} sample note(s) shipped with studycli ({facts} facts) are set "
            "aside now that this database has notes of your own; their cards and reviews are "
            "kept (`studycli ingest` with no path brings them back).", style="yellow"))
    beside = getattr(report, "samples_beside", None)
    if beside:  # `ingest` with no path reads the samples, not "the same ingest again"
        out.append(_samples_beside_line(beside))
    return out


def _samples_beside_line(beside: dict) -> Text:
    """The shipped samples read back beside the student's own notes, and the ways out."""
    folders = " ".join(_typed(f) for f in beside["own_folders"])
    return Text(
        f"The {beside['notes']} sample note(s) shipped with studycli ({beside['facts']} "
        "facts) are back beside your own notes: the quiz, exams and readiness draw from "
        "both. `studycli ingest` with no path reads the samples; to read your own notes "
        f"again, name their folder (`studycli ingest {folders}`); to set the samples "
        f"aside again: `studycli doctor --rebuild {folders}` (your cards and reviews are "
        "kept).", style="yellow")
