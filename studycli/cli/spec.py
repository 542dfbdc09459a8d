"""Typer commands whose options come from studycli.options, the one table both the typer
commands and the fast paths read.

    @from_spec("facts")
    def facts(service, kind, db, json) -> None: ...

gives `facts` the signature typer reads (`Annotated[type, typer.Option(...)] = default`),
built from the spec; the function's own parameter names must be the spec's, in its order,
or registration fails at import (so a renamed option cannot slip through).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from studycli import options as spec

F = TypeVar("F", bound=Callable[..., Any])


def _completion(name: str | None):
    from studycli.cli import completion

    return {None: None, spec.SERVICE: completion.complete_service,
            spec.KIND: completion.complete_kind,
            spec.PROFILE: completion.complete_profile}[name]


def _known_kind(value: str | None) -> str | None:
    if value is not None and value not in spec.kinds():
        raise typer.BadParameter(
            f"{value!r} is not a kind; choose one of: {', '.join(spec.kinds())}")
    return value


def _python_type(kind: object, optional: bool) -> Any:
    base: Any = Path if kind == "path" else kind
    return base | None if optional else base


def _option(opt: spec.Opt) -> inspect.Parameter:
    info = typer.Option(
        *opt.flags, help=spec.help_text(opt), min=opt.min, max=opt.max,
        autocompletion=_completion(opt.complete),
        callback=_known_kind if opt.choices == spec.KIND else None)
    kind = _python_type(opt.type, optional=opt.default is None and not opt.flag)
    return inspect.Parameter(opt.name, inspect.Parameter.POSITIONAL_OR_KEYWORD,
                             default=opt.default, annotation=Annotated[kind, info])


def _argument(arg: spec.Arg) -> inspect.Parameter:
    info = typer.Argument(help=arg.help, metavar=arg.metavar, show_default=False)
    one: Any = Path if arg.type == "path" else str
    if not arg.many and arg.required:
        return inspect.Parameter(arg.name, inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                 annotation=Annotated[one, typer.Argument(help=arg.help)])
    if not arg.many:  # one optional value (compare [LEFT] [RIGHT])
        return inspect.Parameter(
            arg.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None,
            annotation=Annotated[one | None, typer.Argument(help=arg.help, show_default=False)])
    kind = list[one]
    return inspect.Parameter(
        arg.name, inspect.Parameter.POSITIONAL_OR_KEYWORD,
        default=inspect.Parameter.empty if arg.required else None,
        annotation=Annotated[kind if arg.required else kind | None, info])


def parameters(command: str) -> list[inspect.Parameter]:
    return [_argument(p) if isinstance(p, spec.Arg) else _option(p)
            for p in spec.spec(command)]


def from_spec(command: str) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        params = parameters(command)
        own = list(inspect.signature(func).parameters)
        if own != [p.name for p in params]:
            raise TypeError(f"{func.__name__}{own} does not match the options of {command!r} "
                            f"in studycli/options.py: {[p.name for p in params]}")
        func.__signature__ = inspect.Signature(params, return_annotation=None)  # type: ignore[attr-defined]
        return func

    return decorate
