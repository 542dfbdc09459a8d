"""Shell completion values: service names (canonical names and the aliases students type)
and exam profile names. Typer calls these while the shell completes an option's value."""

from __future__ import annotations


def complete_service(incomplete: str) -> list[str]:
    from studycli.services import catalog

    prefix = incomplete.lower()
    cat = catalog()
    # Canonical names first (what `--service` shows back), then aliases students type; in the
    # case the student is typing (shells keep only completions that start with what is typed,
    # and --service takes any case).
    names = [n for n in cat.full_names if n.lower().startswith(prefix)]
    aliases = [a for a, n in cat.service_aliases.items()
               if a.startswith(prefix) and n not in names and a != n.lower()]
    found = sorted(names, key=str.lower) + sorted(aliases)[:20]
    return [incomplete + c[len(incomplete):] for c in found]


def complete_profile(incomplete: str) -> list[str]:
    from studycli.exam.profiles import profiles

    return [name for name in profiles() if name.startswith(incomplete.lower())]


def complete_kind(incomplete: str) -> list[str]:
    from studycli.model import KINDS

    return [k for k in KINDS if k.startswith(incomplete.lower())]
