"""Lines of text packed on fewer lines of a file, spread back over the free lines around them.

A calendar's description is folded onto a few lines with its own line breaks escaped, a
canvas holds a whole markdown note in one JSON string: the note's lines are more than the
file's lines that hold them. Each is written on a line of its own, as near the line of the
file it begins on as the free lines around allow, so that a fact is cited on or beside the
line that holds it and no line below moves.
"""

from __future__ import annotations


def spread(out: list[str], pieces: list[tuple[int, str]], low: int, high: int) -> int:
    """Write `pieces` ((line it begins on, text), in order) onto the free lines `low`..`high`
    of `out`, one a line, each as near its own line as the others allow; more pieces than
    lines: the last ones share the last line, parted by ";". Returns the last line written
    (`low` - 1 if none)."""
    if not pieces:
        return low - 1
    if low > high:  # no free line at all: all share the last line (a file no app writes:
        # bounded, so that text piled on one line is not copied again with each piece)
        said = [piece.strip() for _, piece in pieces if piece.strip()]
        if len(out[high]) < _SHARED_MAX:
            out[high] = "; ".join([out[high], *said] if out[high] else said)
        return high
    at: list[int] = []
    for line, _ in pieces:  # forward: each on its line or after the one before
        at.append(max(line, low, at[-1] + 1) if at else max(line, low))
    for k in range(len(at) - 1, -1, -1):  # backward: none past `high`, none before `low`
        ceiling = high if k == len(at) - 1 else at[k + 1] - 1
        at[k] = max(low, min(at[k], ceiling))
    _center_runs(at, [line for line, _ in pieces], low)
    last = low - 1
    for k, (_, piece) in enumerate(pieces):
        if at[k] <= last:  # no free line left
            out[last] = f"{out[last]}; {piece.strip()}"
            continue
        out[at[k]] = piece
        last = at[k]
    return last


_SHARED_MAX = 10_000


def _center_runs(at: list[int], wanted: list[int], low: int) -> None:
    """Move each run of pieces on consecutive lines earlier, into free lines before it, so
    that the farthest from its own line is as near as can be: three lines that begin on one
    line of the file go one before it, on it and one after, not on it and the two after."""
    start = 0
    floor = low
    while start < len(at):
        end = start
        while end + 1 < len(at) and at[end + 1] == at[end] + 1:
            end += 1
        moved = [at[k] - wanted[k] for k in range(start, end + 1)]
        shift = min((max(moved) + min(moved)) // 2, at[start] - floor)
        if shift > 0:
            for k in range(start, end + 1):
                at[k] -= shift
        floor = at[end] + 1
        start = end + 1


def fits(count: int, low: int, high: int) -> bool:
    return count <= high - low + 1
