"""Each command's options are written once (studycli/options.py): the typer command and the
fast path's parser must both say exactly what the spec says, for every command in it."""

from __future__ import annotations

import pytest
import typer.core
import typer.main

from studycli import options
from studycli.cli import app
from studycli.fastpath import lookup as fast_lookup
from studycli.fastpath.reads import COMMANDS as FAST_READS
from studycli.fastpath.reads import parse

SPEC_COMMANDS = sorted(options.COMMANDS)
TYPER_BUILT = sorted(set(options.COMMANDS) - {"lookup"})  # lookup's typer command delegates


def _command(name: str):
    """The typer command for "facts", or for a subcommand's words ("export anki")."""
    command = typer.main.get_command(app)
    for word in name.split():
        assert isinstance(command, typer.core.TyperGroup)
        command = command.commands[word]
    return command


def _params(name: str) -> dict:
    return {p.name: p for p in _command(name).params if p.name != "help"}


@pytest.mark.parametrize("name", TYPER_BUILT)
def test_typer_params_are_the_spec(name):
    params = _params(name)
    assert list(params) == [p.name for p in options.spec(name)]
    for item in options.spec(name):
        param = params[item.name]
        if isinstance(item, options.Arg):
            assert param.param_type_name == "argument"
            assert param.required == item.required
            assert param.nargs == (-1 if item.many else 1)
            assert getattr(param, "help", None) == item.help
            continue
        assert param.param_type_name == "option"
        assert sorted(param.opts) == sorted(item.flags)
        assert param.is_flag == item.flag
        assert param.default == item.default
        assert getattr(param, "help", None) == options.help_text(item)
        assert (param.min, param.max) == (item.min, item.max)


@pytest.mark.parametrize("name", SPEC_COMMANDS)
def test_the_fast_parser_takes_every_flag_of_the_spec_and_its_defaults(name):
    words = _words(name)
    defaults = options.parse(name, words)
    for opt in options.options(name):
        assert defaults[opt.name] == opt.default
        for flag in opt.flags:
            value = [] if opt.flag else [str(_sample(opt))]
            parsed = options.parse(name, [flag, *value, *words])
            assert parsed[opt.name] == (True if opt.flag else _sample(opt))


def _words(name: str) -> list[str]:
    """Positional words the command accepts: one for a list, one per one-value argument."""
    return ["x"] * len(options.arguments(name))


def _sample(opt: options.Opt) -> object:
    if opt.type in (int, float):
        return opt.type(opt.min if opt.min is not None else 1)
    return "limit"


@pytest.mark.parametrize("name", SPEC_COMMANDS)
def test_the_fast_parser_keeps_the_bounds_of_the_spec(name):
    words = _words(name)
    for opt in options.options(name):
        if opt.type not in (int, float) or opt.min is None or opt.max is None:
            continue
        assert options.parse(name, [opt.flags[0], str(opt.max), *words])[opt.name] == opt.max
        step = 1 if opt.type is int else 0.001
        nan = ("nan",) if opt.type is float else ()  # NaN compares false to every bound
        for bad in (opt.max + step, opt.min - step, "many", *nan):
            with pytest.raises(options.OptionError):
                options.parse(name, [opt.flags[0], str(bad), *words])


def test_every_fast_read_command_is_in_the_spec_and_refuses_to_guess():
    assert set(FAST_READS) <= set(options.COMMANDS)
    assert parse("search", ["-n", "501", "sqs"]) is None  # typer says what the range is
    assert parse("search", []) is None  # WORDS is required: typer's usage error
    assert parse("doctor", ["--restore", "--rebuild"]) is None
    assert parse("search", ["-n", "3", "sqs", "fifo"]) == {
        "limit": 3, "db": None, "json": False, "words": ["sqs", "fifo"]}


def test_lookup_help_lists_the_spec_and_fits_80_columns():
    text = fast_lookup.help_text()
    for opt in options.options("lookup"):
        for flag in opt.flags:
            assert flag in text
    assert f"(default {options.options('lookup')[0].default})" in text
    assert max(len(line) for line in text.splitlines()) <= 80
    opts = fast_lookup.parse_args(["-n", "7", "sqs"])
    assert (opts.limit, opts.query) == (7, "sqs")
    with pytest.raises(fast_lookup.UsageError, match="between 1 and 100"):
        fast_lookup.parse_args(["-n", "101", "sqs"])


def test_cli_commands_take_the_spec_defaults(tmp_path):
    """A default changed in the spec reaches typer: the signature is built from it."""
    import inspect

    from studycli.cli.search import search

    limit = inspect.signature(search).parameters["limit"]
    assert limit.default == options.options("search")[0].default


def test_a_command_whose_parameters_differ_from_the_spec_fails_at_registration():
    from studycli.cli.spec import from_spec

    with pytest.raises(TypeError, match="search"):
        @from_spec("search")
        def search(words, db, json) -> None:  # the limit is missing
            pass


SQLITE_INTEGER = (-2**63, 2**63 - 1)


@pytest.mark.parametrize("name", SPEC_COMMANDS)
def test_every_whole_number_option_is_bounded_to_what_sqlite_stores(name):
    """`exam --seed 99999999999999999999` ran the whole exam, then lost the attempt to an
    OverflowError traceback when saving it: every whole-number option has bounds (shown in
    its help), within SQLite's INTEGER, so it is refused as a usage error up front."""
    for opt in options.options(name):
        if opt.type is int:
            assert opt.min is not None and opt.max is not None, (name, opt.name)
            assert SQLITE_INTEGER[0] <= opt.min <= opt.max <= SQLITE_INTEGER[1]


def test_a_seed_too_large_to_store_is_a_usage_error_before_the_exam(tmp_path):
    from .helpers import run_here

    result = run_here("exam", "--seed", "99999999999999999999", db=tmp_path / "x.db",
                      input="a\n" * 80)
    assert result.returncode == 2 and "--seed" in result.stderr
    assert "Traceback" not in result.stderr
