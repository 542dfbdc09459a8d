"""`inspect` loaded when first used, not when `dataclasses` is imported.

`dataclasses` imports `inspect` (with ast, dis, tokenize, linecache...) for one use: to write
a doc string from the signature of a dataclass that has none. That import is about 40 million
instructions, a bare Python start-up's worth and some 10% of the quiz's or a new exam's start
(callgrind). Every dataclass of ours has a doc string, so a start-up that never reads
`inspect` need not load it: `defer()` puts a stand-in under its name, which loads the real
module on the first attribute anyone reads and from then on is the real module's contents.
"""

from __future__ import annotations

import sys
import types


class _OnDemand(types.ModuleType):
    def __getattr__(self, name: str):  # only for what the stand-in lacks: until the load
        if sys.modules.get("inspect") is self:
            del sys.modules["inspect"]
        import inspect  # the real module, now under its name

        self.__dict__.update(inspect.__dict__)  # whoever holds the stand-in reads it straight
        return getattr(inspect, name)


def defer() -> None:
    """Stand in for `inspect` until it is used, unless it (or `dataclasses`) is loaded."""
    if "inspect" not in sys.modules and "dataclasses" not in sys.modules:
        sys.modules["inspect"] = _OnDemand("inspect")
