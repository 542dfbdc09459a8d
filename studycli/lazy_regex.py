"""A regular expression compiled on its first use, not at import.

For module-level patterns that most runs never use: compiling one costs up to half a
millisecond, which a command that never needs it pays at every start-up. A drop-in for
`re.compile(...)` at module level; after the first use of a method, that method is the
compiled pattern's own (no indirection is left on the hot path).
"""

from __future__ import annotations

import re

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs a few ms to import; the fast paths use this module
    from typing import Any


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only for what the instance lacks: once each
        value = getattr(re.compile(*self._args), name)
        setattr(self, name, value)
        return value


def lazy_compile(pattern: str, flags: int = 0) -> Any:
    """`re.compile(pattern, flags)`, compiled when first used."""
    return LazyPattern(pattern, flags)
