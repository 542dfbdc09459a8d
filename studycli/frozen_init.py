"""A quicker `__init__` for frozen dataclasses made in bulk (facts, quantities, contexts).

A frozen dataclass's own `__init__` sets each field through `object.__setattr__` (its
`__setattr__` refuses): a global lookup and a call per field, some 5 µs for a 13-field
`Fact`, several times the cost of storing the values. The parser makes several such objects
for every number of a note (a 1 MB table makes ~55,000 facts). Writing the fields straight
into the instance's `__dict__` is what `object.__setattr__` does for these classes (their
fields are no descriptors), so instances are the same: same fields, same order, equality,
hash, repr and pickling; the class stays frozen (assignment still raises).
"""

from __future__ import annotations

from dataclasses import MISSING, fields

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """Give frozen dataclass `cls` an `__init__` that fills its `__dict__` directly, with the
    same parameters and defaults, then calls `__post_init__` as the dataclass's would.
    Apply above `@dataclass(frozen=True)`; fields with a default factory are not supported."""
    params, body = [], ["    _d = self.__dict__"]
    scope: dict[str, object] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if not f.init or f.default_factory is not MISSING or f.kw_only:
            raise TypeError(f"quick_init: {cls.__name__}.{f.name} is not a plain field")
        if f.default is MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _d[{f.name!r}] = {f.name}")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body) + "\n"
    # built from the class's own field names only; named so a traceback says what made it
    from studycli.kept_code import compiled  # kept between runs, as dataclasses' code is

    exec(compiled(source, f"<quick_init {cls.__qualname__}>"), scope)  # noqa: S102
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[method-assign, assignment]
    return cls
