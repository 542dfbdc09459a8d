"""The work an ingest does beside its post-ingest hooks, in one forked child (extract/
fan_out.meanwhile): the facts' statuses against the AWS reference, which _check_against_aws
stores, then the caller's own work (the summary's AWS tally), which shares their assessments
(every fact's, kept.work_shared's within the child). This process meanwhile syncs the cards;
on two cores the statuses and the tally, some 0.16 s of a fresh ingest of the shipped notes,
no longer add to its wall time.

Everything the child reads is read here before the fork (the facts, the plan lines, the note
lines): it touches no database connection, and only sends results back. The patterns it
compiled and the pattern words it read afresh come back with them, to be kept at this
process's exit as if it had done the work (extract/regex_cache.py, reference/kept_words.py):
the child leaves by os._exit. A child that fails costs only time: its work is done here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

# The facts' statuses worked out beside the hooks: the stamp of the facts and reference
# they were worked out from (currency_stamp.stale_stamp), and the callable that waits for
# their rows. The hook stores them only under that same stamp (else it works them out
# itself). The plan lines they read are read before the card sync, not after it as the
# hook would: neither the card sync nor any other hook writes note lines.
Statuses = tuple[str, Callable[[], list[dict]]]


@dataclass
class Beside:
    """What the forked child works out: the statuses (stamp, waiter) and `extra`'s waiter."""

    statuses: Statuses | None  # for ingest._check_against_aws
    extra: Callable[[], object] | None  # waits for `extra`'s result


@contextmanager
def worked_beside(db, extra: Callable[[], object] | None) -> Iterator[Beside]:
    """Within the block, the facts' statuses (when stale) and `extra` are worked out in a
    forked child; the block is given what waits for each (Beside)."""
    from studycli.app.clock import today
    from studycli.currency_stamp import stale_stamp

    stamp = stale_stamp(db.conn, today())
    if stamp is None:  # the statuses are up to date (notes unchanged): `extra` is done here
        yield Beside(None, extra)  # (its findings kept, most likely)
        return
    from studycli.extract.fan_out import meanwhile

    try:
        statuses = [_statuses_part(db)]
    except Exception:  # a broken reference: worked out in the hook, which says so (as ever)
        statuses, stamp = [], None
    parts = [*statuses, *([extra] if extra is not None else [])]
    if not parts:
        yield Beside(None, None)
        return
    with meanwhile([_keeping(part) for part in parts]) as started:
        results = [_adopting(result) for result in started]
        rows = (stamp, results.pop(0)) if stamp is not None else None
        yield Beside(rows, results[0] if results else None)  # type: ignore[arg-type]


def _statuses_part(db) -> Callable[[], list[dict]]:
    """reference.currency.currency_rows of the facts as stored now, to work out elsewhere.
    The reference is loaded and indexed here first: the card sync and the unasked cards
    load it here anyway, and the child then starts with it (~0.04 s less of its work)."""
    from studycli.reference.currency import currency_rows, plan_lines_of
    from studycli.reference.loader import load_reference
    from studycli.store.facts import list_facts

    facts, plans = list_facts(db), plan_lines_of(db)
    load_reference().index()
    return lambda: currency_rows(facts, plans)


def _keeping(part: Callable[[], object]) -> Callable[[], tuple]:
    """`part`, handing back with its result what it compiled and read afresh."""
    from studycli.extract import regex_cache
    from studycli.reference import kept_words

    def run() -> tuple:
        compiled, words = regex_cache.fresh_mark(), kept_words.fresh_mark()
        value = part()
        return value, regex_cache.fresh_since(compiled), kept_words.fresh_since(words)

    return run


def _adopting(result: Callable[[], object]) -> Callable[[], object]:
    from studycli.extract import regex_cache
    from studycli.reference import kept_words

    def value() -> object:
        sent: tuple = result()  # type: ignore[assignment]
        regex_cache.adopt(sent[1])
        kept_words.adopt(sent[2])
        return sent[0]

    return value
