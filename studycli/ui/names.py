"""Service names as a student should read them.

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
