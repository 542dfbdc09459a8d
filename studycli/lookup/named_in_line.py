"""Lines that name the service asked in their own words, though the parser filed them under
another service.

The parser files a line under the service its heading, its file or the lines before it name:
"standard EC2 monitoring: every 5 min" under "## CloudWatch" is CloudWatch's, and "KDS vs
Firehose: ... Firehose near real time" a Kinesis Data Streams line. The answer score reads a
line that names the service asked as that service's, for less than a line filed under it
(answer._service_asked), but lookup never weighed such a line: its candidates were the facts
filed under the services asked, and from elsewhere only lines saying every concept asked in
its main words ("every 5 min" says "interval" by a related word only). So "ec2 basic
monitoring interval" abstained on notes that answer it. These are the lines, filed under
another service, whose own words name one asked and share a word with the query.

The name is searched as the query typed it or as its canonical name, and the line read as the
query is (the lexicon's aliases, longest first: "kinesis data firehose" is Data Firehose,
never "kinesis"), so a line naming a neighbour whose name holds the asked one's is not taken
for it.
"""

from __future__ import annotations

from collections.abc import Callable

from studycli.lookup.lexicon import Lexicon
from studycli.lookup.service_said import line_names_asked

# how many rows the search of lines naming a service asked may add (the searches for facts
# filed under it take 200): a few lines of another service's section name it
NAMED_IN_LINE = 50


def names_searched(named: list[str], typed: dict[str, str]) -> list[str]:
    """The names a line must say of the services asked: each as the query typed it and its
    canonical name. Not every alias the lexicon knows: "storage autoscaling up to 64 TiB"
    (RDS's) says "autoscaling", an alias of Auto Scaling, and answered "asg max size limit"."""
    return sorted({name for n in named for name in (typed.get(n, ""), n.lower()) if name})


def lines_naming_asked(named: list[str], typed: dict[str, str], any_word: str | None, lex: Lexicon,
                       search: Callable[[str, int], list[dict]],
                       quote: Callable[[list[str]], str | None]) -> list[dict]:
    """The facts filed under another service (or none) whose note line names one of
    `named` (as `typed`, the query's names as typed, or by its own name) and says a word of
    the query (`any_word`, an FTS5 expression): `search(expr, limit)` runs an FTS5 search,
    `quote(words)` builds an OR of phrases."""
    if not named or not any_word:
        return []
    names = quote(names_searched(named, typed))
    if not names:
        return []
    rows = search(f"snippet : ({names}) AND ({any_word})", NAMED_IN_LINE)
    return [r for r in rows if r["service"] not in named
            and line_names_asked(r["snippet"] or "", named, lex)]
