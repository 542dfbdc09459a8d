"""Each command's options, written once: flags, type, default, bounds, help, completion.

Both ways into a command read this table: the typer commands take their `typer.Option(...)`,
`typer.Argument(...)` and defaults from it (studycli/cli/spec.py), and the typer-free fast
paths (studycli/fastpath/) parse with `parse` below. So a flag, a default or a range cannot
differ between the two; tests/test_options_spec.py checks both against this table.

Standard library only and cheap to import: the fast paths run before anything heavy loads.
Fast-path parsing is hand-written rather than argparse: argparse and its gettext cost
about 8 ms, near a whole bare Python start-up, for a handful of plain options.
"""

from __future__ import annotations

# Completion and validation names. Values are resolved lazily (the kinds come from
# studycli.model, the services from the catalog) so that this module stays import-free.
SERVICE, KIND, PROFILE = "service", "kind", "profile"


class Opt:
    """One --option. `type` is bool for a flag, else the value's type (str, int, "path").
    A plain class, not a dataclass: dataclasses imports inspect, ~5 ms on every fast path."""

    __slots__ = ("choices", "complete", "default", "flags", "help", "max", "metavar", "min",
                 "name", "type")

    def __init__(self, name: str, flags: tuple[str, ...], help: str, type: object = str,
                 default: object = None, min: float | None = None, max: float | None = None,
                 complete: str | None = None, choices: str | None = None,
                 metavar: str | None = None) -> None:
        self.name = name  # the Python parameter name
        self.flags = flags
        self.help = help
        self.type = type
        self.default = default
        self.min = min
        self.max = max
        self.complete = complete  # SERVICE, KIND or PROFILE: shell completion of the value
        self.choices = choices  # KIND: the value must be one of the fact kinds
        self.metavar = metavar

    @property
    def flag(self) -> bool:
        return self.type is bool


class Arg:
    """The positional words: a list (`many`), or one value (required unless `optional`:
    `compare [LEFT] [RIGHT]` takes two optional ones)."""

    __slots__ = ("help", "many", "metavar", "name", "required", "type")

    def __init__(self, name: str, help: str, required: bool = False, type: object = str,
                 metavar: str | None = None, many: bool = True, optional: bool = False) -> None:
        self.name = name
        self.help = help
        self.required = (required or not many) and not optional
        self.type = type  # str or "path"
        self.metavar = metavar
        self.many = many


DB = Opt("db", ("--db",), "Database file (default: $STUDYCLI_DB, else the user data dir).",
         type="path", metavar="PATH")
JSON = Opt("json", ("--json",), "Machine-readable output on stdout.", type=bool, default=False)


def _service(help: str = "Only this service.") -> Opt:
    return Opt("service", ("--service", "-s"), help, complete=SERVICE)


COMMANDS: dict[str, tuple[Opt | Arg, ...]] = {
    "stats": (DB, JSON),
    "conflicts": (DB, JSON),
    "facts": (
        _service(),
        Opt("kind", ("--kind", "-k"), "Only this kind: {kinds}.", complete=KIND, choices=KIND),
        DB, JSON),
    "cards": (
        Opt("flagged", ("--flagged",),
            "Only cards flagged as wrong or unclear, with their note lines.", type=bool,
            default=False),
        _service("Only cards of this service."),
        Opt("all", ("--all",),
            "Also cards whose facts are no longer in your notes (set-aside sample notes, "
            "deleted lines): never asked, hidden by default.", type=bool, default=False),
        DB, JSON),
    "ingest": (
        Arg("paths", "Note files or folders (default: the shipped notes)."),
        Opt("follow_links", ("--follow-links",),
            "Read symbolic links that point out of the folders given.", type=bool,
            default=False),
        Opt("instead_of", ("--instead-of",),
            "A folder ingested before that the notes given replace (you copied it and edited "
            "the copy): its notes are set aside, their cards and reviews kept.",
            metavar="FOLDER"),
        DB, JSON),
    "search": (
        Arg("words", "Words to find (stemmed; typos repaired).", required=True,
            metavar="WORDS"),
        Opt("limit", ("--limit", "-n"), "At most this many lines.", type=int, default=20,
            min=1, max=500),
        DB, JSON),
    "check": (
        Arg("paths", "Only these notes (files or folders); they are ingested first, so the "
                     "check sees them as they are now.", type="path"),
        _service(),
        Opt("all_", ("--all",), "List current facts too.", type=bool, default=False),
        DB, JSON),
    "doctor": (
        Arg("notes", "With --rebuild: the note files or folders to rebuild from (default: "
                     "the shipped notes)."),
        Opt("restore", ("--restore",),
            "Put the newest backup (or --backup FILE) in place of the database; the current "
            "file is moved aside, not deleted.", type=bool, default=False),
        Opt("backup", ("--backup",), "The backup to restore (default: the newest).",
            type="path", metavar="FILE"),
        Opt("rebuild", ("--rebuild",),
            "Rebuild the fact base from the notes, keeping every card, review and exam the "
            "database still holds.", type=bool, default=False),
        Opt("follow_links", ("--follow-links",),
            "With --rebuild: read symbolic links out of the folders.", type=bool,
            default=False),
        DB),
    "readiness": (
        Opt("profile", ("--profile", "-p"), "saa-c03, dva-c02 or clf-c02.", complete=PROFILE),
        DB, JSON),
    "lookup": (
        Arg("query", "what to look up, as you would say it (words are joined)", required=True,
            metavar="QUERY"),
        Opt("limit", ("--limit", "-n"), "how many answers to show", type=int, default=5,
            min=1, max=100, metavar="N"),
        Opt("service", ("--service", "-s"),
            "only facts of this service (aliases work: apigw, ddb...)", complete=SERVICE,
            metavar="S"),
        Opt("kind", ("--kind", "-k"), "only facts of this kind: {kinds}", complete=KIND,
            choices=KIND, metavar="K"),
        Opt("json", ("--json",), "print the ranked facts as JSON on stdout, nothing else",
            type=bool, default=False),
        Opt("db", ("--db",), "database file (default: $STUDYCLI_DB, else user data dir)",
            type="path", metavar="PATH"),
    ),
}


# The quiz's bounds: far above any real session, and small enough for SQLite's 64-bit LIMIT
# (a larger number would overflow it with a traceback rather than a usage error).
MAX_NEW = 100_000
MAX_LIMIT = 1_000_000
# Every whole-number option has bounds (tests/test_options_spec.py): a seed is stored with the
# attempt, and one past SQLite's 64-bit INTEGER once lost a finished exam to a traceback.
MAX_SEED = 2**31 - 1  # new seeds are drawn below 1,000,000 (app.exam_paper.new_seed)
MAX_MINUTES = 7 * 24 * 60  # a week

AS_WRITTEN_QUIZ = ("Drill your notes verbatim, even values AWS has since changed (by default "
                   "such cards ask the current value).")
AS_WRITTEN_EXAM = ("Ask your notes verbatim, even values AWS has since changed (by default "
                   "such questions key the current value).")

COMMANDS.update({
    "quiz": (
        Opt("new", ("--new",), "New cards per day (default 20).", type=int, min=0,
            max=MAX_NEW),
        Opt("limit", ("--limit",), "At most this many cards this session.", type=int, min=1,
            max=MAX_LIMIT),
        _service("Only cards of this service."),
        Opt("cram", ("--cram",), "Review any cards now; the schedule is left untouched.",
            type=bool, default=False),
        Opt("missed", ("--missed",), "Cram what you missed: the last exam's facts, then quiz "
            "cards answered wrong in the last 7 days.", type=bool, default=False),
        Opt("retention", ("--retention",), "Desired retention for scheduling.", type=float,
            default=0.9, min=0.7, max=0.99),
        Opt("as_written", ("--as-written",), AS_WRITTEN_QUIZ, type=bool, default=False),
        DB),
    "exam": (
        Opt("profile", ("--profile", "-p"), "saa-c03, dva-c02, clf-c02 or quick (default "
            "saa-c03).", complete=PROFILE),
        Opt("questions", ("--questions", "-n"), "Number of questions (default: the "
            "profile's).", type=int, min=1, max=MAX_LIMIT),
        Opt("minutes", ("--minutes", "-m"), "Time allowed (default: the real exam's pace "
            "for the questions asked).", type=int, min=1, max=MAX_MINUTES),
        _service("Only questions about this service."),
        Opt("seed", ("--seed",), "Same seed, same exam (default: a new one, shown).",
            type=int, min=0, max=MAX_SEED),
        Opt("export", ("--export",), "Write a printable Markdown exam with the answer key; "
            "do not start.", type="path"),
        Opt("force", ("--force",), "Let --export replace an existing file.", type=bool,
            default=False),
        Opt("history", ("--history",), "Past attempts and the trend.", type=bool,
            default=False),
        Opt("discard", ("--discard",), "Remove a past attempt (taken by mistake, or "
            "interrupted) by the id --history shows, or 'last'.", metavar="ID"),
        Opt("as_written", ("--as-written",), AS_WRITTEN_EXAM, type=bool, default=False),
        DB, JSON),
    "compare": (
        Arg("left", "A service or subject, e.g. sqs.", many=False, optional=True),
        Arg("right", "Another, e.g. kinesis.", many=False, optional=True),
        Opt("drill", ("--drill",), "Quiz yourself on the differences.", type=bool,
            default=False),
        Opt("seed", ("--seed",), "Fix the drill's order.", type=int, min=0, max=MAX_SEED),
        DB, JSON),
})


def _export(suffix: str) -> tuple[Opt | Arg, ...]:
    return (Arg("file", f"The {suffix} file to write.", type="path", many=False),
            _service("Only this service's cards."),
            Opt("force", ("--force",), "Replace FILE if it exists.", type=bool, default=False),
            DB)


# Subcommands, by their words: `studycli export anki`, `studycli progress import`.
COMMANDS.update({
    "export anki": _export(".apkg"),
    "export csv": _export(".csv"),
    "export markdown": _export(".md"),
    "progress export": (
        Arg("file", "The progress file to write (JSON lines).", type="path", many=False),
        Opt("force", ("--force",), "Replace a file that is not a progress file.", type=bool,
            default=False),
        DB, JSON),
    "progress import": (
        Arg("file", "A file made by `studycli progress export`.", type="path", many=False),
        DB, JSON),
})


def spec(command: str) -> tuple[Opt | Arg, ...]:
    return COMMANDS[command]


def options(command: str) -> list[Opt]:
    return [o for o in COMMANDS[command] if isinstance(o, Opt)]


def argument(command: str) -> Arg | None:
    return next((a for a in COMMANDS[command] if isinstance(a, Arg)), None)


def arguments(command: str) -> list[Arg]:
    return [a for a in COMMANDS[command] if isinstance(a, Arg)]


def kinds() -> tuple[str, ...]:
    from studycli.kinds import KINDS

    return KINDS


def help_text(opt: Opt) -> str:
    """The option's help with its placeholders filled in (the list of kinds)."""
    return opt.help.format(kinds=", ".join(kinds())) if "{kinds}" in opt.help else opt.help


class OptionError(ValueError):
    """The arguments do not fit the spec; the message says what was wrong, in one line."""


def parse(command: str, args: list[str]) -> dict:
    """The arguments after the command name as {parameter name: value}, every option present
    (absent ones at their default), the positional words under the argument's name, and
    "help": True when -h/--help was given. Raises OptionError on anything else."""
    by_flag = {flag: o for o in options(command) for flag in o.flags}
    args_spec = arguments(command)
    arg = args_spec[0] if args_spec else None
    out: dict = {o.name: o.default for o in options(command)}
    out["help"] = False
    words: list[str] = []
    i = 0
    while i < len(args):
        token = args[i]
        i += 1
        if token == "--" and arg is not None:
            words.extend(args[i:])
            break
        if token in ("-h", "--help"):
            out["help"] = True
            continue
        if not token.startswith("-") or token == "-" or (arg is not None and _negative(token)):
            if arg is None:
                raise OptionError(f"unexpected argument {token!r}")
            words.append(token)
            continue
        flag, eq, inline = token.partition("=") if token.startswith("--") else (token, "", "")
        short = by_flag.get(token[:2])
        if (not token.startswith("--") and len(token) > 2 and short is not None
                and not short.flag):  # "-n1", as getopt reads it: the value joined on
            flag, eq, inline = token[:2], "=", token[2:]
        opt = by_flag.get(flag)
        if opt is None:
            raise OptionError(f"no such option: {flag}")
        if not opt.flag and not eq:
            if i >= len(args):
                raise OptionError(f"option {flag} needs a value")
            inline, i = args[i], i + 1
        out[opt.name] = _value(opt, flag, inline, given=bool(eq))
    out.update(_positional(args_spec, words, out["help"]))
    return out


def parse_or_none(command: str, args: list[str]) -> dict | None:
    """`parse` for a fast path: None for anything it should hand to typer (a usage error,
    -h/--help), which owns the documented interface and says what was wrong."""
    try:
        opts = parse(command, args)
    except OptionError:
        return None
    return None if opts.pop("help") else opts


def _positional(args_spec: list[Arg], words: list[str], help_asked: bool) -> dict:
    """The positional words under their arguments' names: one list, one value, or several
    one-value arguments in order (compare LEFT RIGHT)."""
    if len(args_spec) == 1 and args_spec[0].many:
        arg = args_spec[0]
        if arg.required and not words and not help_asked:
            raise OptionError(f"missing {arg.metavar or arg.name.upper()}")
        return {arg.name: words or None}
    if len(words) > len(args_spec):
        raise OptionError(f"unexpected argument {words[len(args_spec)]!r}")
    out: dict = {}
    for i, one in enumerate(args_spec):
        if one.required and i >= len(words) and not help_asked:
            raise OptionError(f"missing {one.metavar or one.name.upper()}")
        out[one.name] = words[i] if i < len(words) else None
    return out


def _negative(token: str) -> bool:
    """'-5' among the words is a word (lookup apigw -5...), not an option."""
    return token[1:2].isdigit()


def _value(opt: Opt, flag: str, text: str, given: bool) -> object:
    """The option's value from its text; `given`: written inline (--flag=text)."""
    if opt.flag:
        if given:
            raise OptionError(f"option {flag} takes no value")
        return True
    if opt.type in (int, float):
        try:
            number = opt.type(text)
        except ValueError:
            kind = "a whole number" if opt.type is int else "a number"
            raise OptionError(f"{flag} needs {kind}, not {text!r}") from None
        if number != number or (opt.min is not None and number < opt.min) or (
                opt.max is not None and number > opt.max):  # NaN is in no range
            raise OptionError(f"{flag} must be between {opt.min} and {opt.max}")
        return number
    if opt.choices == KIND and text not in kinds():
        raise OptionError(f"{flag} must be one of: {', '.join(kinds())}")
    return text
