"""Names as a student should read them: services, and note locations in narrow columns.

A service whose short name is an everyday word ("Config", "Batch") is never matched by that
word alone in notes (data/services.json: name_is_alias false); shown alone, "Config" reads
as any configuration, so such a service is shown by its full name ("AWS Config")."""

from __future__ import annotations


def display_service(name: str) -> str:
    if not name:
        return name
    from studycli.services import catalog, full_name

    if catalog().service_aliases.get(name.lower()) == name:
        return name
    return full_name(name)


def fit_location(location: str, width: int) -> str:
    """`file:line` in `width` cells: the file name gives way ("004_eb…:226"), never the line
    number, which is what a student needs to find the note line."""
    from studycli.ui.cells import cells

    if cells(location) <= width:
        return location
    name, _, line = location.rpartition(":")
    keep = max(1, width - len(line) - 2)
    cut = name[:keep]
    while len(cut) > 1 and cells(cut) > keep:  # a wide character takes two cells ("🚀")
        cut = cut[:-1]
    return f"{cut}…:{line}"
