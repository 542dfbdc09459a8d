"""Note lines `studycli check` judges by their text alone, whatever facts the parser wrote for
them (none, or facts filed under another service).

A claim entry's patterns are otherwise tried only on the lines of facts of its own service
(studycli/reference/assess.py `_claims_on_line`). Stale claims are often on lines the parser
reads no fact from (a wrapped sentence, a flashcard answer: "KMS request quota (5,500 /
10,000 / 30,000 rps ...)") or files under another service (a Site-to-Site VPN line under
Direct Connect, a list of databases under its first one, ElastiCache, though it ends with
QLDB). Two kinds of entry are therefore read against every note line:

- a claim entry with `claim_any_line = true`: its patterns name what they are about
  themselves ("vpn ... max 1.25 gbps"), so they need no fact to say which service a line is
  about;
- a retired service's end-of-support entry (keys.RETIRED), for a line that names that service
  (services.find_services) and does not itself say it is retired;
- the other claim entries of the one service a markdown heading names, for a line under it
  that names no service itself ("## SQS" over "- inflight fifo: 20000", "## Aurora" over a
  wrapped "cluster volume that grows ... up to 64 TB,"): the parser files such a line's facts
  under no service or another one, or reads none, so no pattern of the section's own service
  was tried on it.

Each finding is a pseudo fact of the entry's own key, so it merges with a finding the same
entry made through a fact of that line (findings.find_all keeps one per line and entry).
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.reference.plan_lines import PlanLine


class NoteLine(PlanLine):
    """A note line read against one entry: a plan line's fields, with the entry's service,
    subject and attribute (`check`'s records read them)."""

    __slots__ = ("attribute", "service", "subject")

    def __init__(self, source: str, line: int, text: str, entry):
        super().__init__(source, line, text)
        self.service, self.subject, self.attribute = entry.service, entry.subject, \
            entry.attribute


def line_findings(rows, reference, service: str | None = None) -> list[tuple]:
    """(NoteLine, Assessment) for each note line of `rows` ((source, line, text)) that an
    any-line claim entry or a retired service's entry judges; only `service`'s entries when
    given."""
    from studycli.reference.assess import assess_line

    index = reference.index()
    claims = [(e, _needles(e)) for e in index.any_line_claims
              if service is None or e.service == service]
    retired = _retired_names(index, service)
    aliases = _retired_aliases(retired)
    sections = _SectionClaims(index, service)
    if not claims and not retired and not sections.by_service:
        return []
    out: list[tuple] = []
    trail = _Trail()
    for source, number, text in rows:
        over = trail.read(source, number, text)
        if not text:
            continue
        low = text.lower()
        out += sections.findings(source, number, text, low, trail)
        for entry, needles in claims:
            found = None
            if needles is None or any(n in low for n in needles):
                found = assess_line(entry, text)
            if found is None and entry.claim_heading:
                found = _under_heading(entry, text, over)
            if found is not None and not _about_other_services(entry, text):
                out.append((NoteLine(source, number, text, entry), found))
        if aliases and any(a in low for a in aliases):
            out += _retired_on_line(source, number, text, retired)
    return out


class _SectionClaims:
    """The claim entries of the service a markdown heading names, tried on the bare lines
    under it. Only a heading that names exactly one service, and only a line that names none
    outside parentheses: a line naming its own service has that service's facts (whose claims
    are tried through them), and a section that compares services says nothing of which one
    a bare line is about. Any-line entries are read on every line already."""

    def __init__(self, index, service: str | None):
        from studycli.reference.keys import norm_service

        # keyed as _services_named names them (canonical, lower-cased), as the index is
        self.by_service: dict[str, list[tuple]] = {}
        wanted = norm_service(service) if service else None
        for name, entries in index.claims_by_service.items():
            own = [(e, _needles(e)) for e in entries
                   if e.verified and e.contradicted_by and not e.claim_any_line
                   and norm_service(e.service) == name]
            if own and (wanted is None or name == wanted):
                self.by_service[name] = own

    def findings(self, source: str, number: int, text: str, low: str, trail) -> list:
        """The findings of one line read under `trail`'s paragraph opening, else its heading:
        the nearest that names one service."""
        if not self.by_service:
            return []
        context = trail.opening.strip()
        service = self._one_service(context)
        if service is None:
            context = trail.heading
            service = self._one_service(context)
        entries = self.by_service.get(service or "")
        if not entries:
            return []
        # the words a pattern needs first (microseconds), the services the line names last
        wanted = [e for e, needles in entries
                  if needles is None or any(n in low for n in needles)]
        if not wanted or _services_named(_PARENTHESISED.sub(" ", text)):
            return []
        from studycli.reference.assess import assess_line

        cells = _cells(text)
        out = []
        for entry in wanted:
            found = assess_line(entry, cells)
            # read again under its context: what the line's own words leave out may rule the
            # claim out ("Q: KMS vs CloudHSM?" over "FIPS 140-2 Level 3." is CloudHSM's answer,
            # which KMS's pattern leaves alone on a line naming CloudHSM)
            if found is not None and found.flagged:
                again = assess_line(entry, f"{context}: {cells}")
                if again is None or again.status != found.status:
                    continue
            if found is not None:
                out.append((NoteLine(source, number, text, entry), found))
        return out

    @staticmethod
    def _one_service(context: str) -> str | None:
        """The one service a heading or a paragraph's opening line names (a list item opens
        no paragraph of its own: _Trail), or None."""
        if not context or len(context) > _OPENING_MAX:
            return None
        return _one_service_named(context)


@lru_cache(maxsize=512)
def _one_service_named(context: str) -> str | None:
    names = _services_named(context)
    return next(iter(names)) if len(names) == 1 else None


# A paragraph's opening line up to this long may be its title ("$ aws-limits show --svc sqs
# --region us-east-1" over a pasted quota table, "Aurora is Amazon's own engine, compatible
# with MySQL and PostgreSQL" over a teach-back's sentences); a longer one is a statement of its
# own, whatever the lines after it are about.
_OPENING_MAX = 100

# A box-drawn table's cell walls (a terminal tool's output pasted into a note) read as the
# "|" patterns know as a cell break.
_BOX_WALLS = str.maketrans({"│": "|", "┃": "|", "║": "|"})


def _cells(text: str) -> str:
    return text.translate(_BOX_WALLS)


def _under_heading(entry, text: str, over: list[str]):
    """What an entry with `claim_heading` says of a bare line read under the nearest text over
    it that its heading pattern matches, as "HEADING: LINE" ("Well-Architected Framework: 5
    pillars"): its patterns then see what the line is about, and the heading's own words
    ("Azure Well-Architected Framework") whose it is."""
    from studycli.reference.assess import assess_line

    for context in reversed(over):
        # a title names the subject and claims nothing itself: "Well-Architected Framework =
        # 5 pillars: ..." opening a paragraph (an RTF note has no blank line) is no title of
        # the lines after it
        if _heading_names(entry.claim_heading, context) and _is_title(context) \
                and assess_line(entry, context) is None:
            return assess_line(entry, f"{context}: {text.strip()}")
    return None


def _is_title(text: str) -> bool:
    return len(text) <= 80 and not any(c.isdigit() for c in text)


@lru_cache(maxsize=4096)
def _heading_names(pattern: str, context: str) -> bool:
    return re.search(pattern, context, re.IGNORECASE) is not None


class _Trail:
    """The texts over each note line, read in order ((source, line, text) rows, each source's
    lines in order): the last markdown heading, and the opening line of its paragraph when a
    title opens it ("Well-Architected Framework" over ": 5 pillars" or "◦ 5 pillars"). The
    store keeps no blank line (a gap in the numbers is one) and no indentation, so an outline
    item's parent is not known."""

    def __init__(self) -> None:
        self.source: str | None = None
        self.last = 0
        self.heading = ""
        self.opening = ""

    def read(self, source: str, number: int, text: str) -> list[str]:
        """The texts over this line, nearest last; then this line is taken in."""
        if source != self.source:
            self.source, self.last, self.heading, self.opening = source, 0, "", ""
        stripped = text.strip()
        if not stripped or number != self.last + 1:
            self.opening = ""
        self.last = number
        if not stripped:
            return []
        if _HEADING.match(stripped):
            self.heading, self.opening = stripped, ""
            return []
        over = [t for t in (self.heading, self.opening) if t.strip()]
        if not self.opening:
            # a paragraph opened by a title line, not a list whose first item is no title of
            # the items after it
            self.opening = " " if _LIST_ITEM.match(stripped) else stripped
        return over


_HEADING = re.compile(r"#{1,6}\s")
_LIST_ITEM = re.compile(r"(?:[-*+•◦▪‣–:>|]|\d+[.)])\s")


def _about_other_services(entry, text: str) -> bool:
    """Whether a line names services outside its parentheses and none of them is one the
    entry is about (_entry_services): "ElastiCache global datastore: up to 5 secondary
    regions" is not Aurora's, whatever an any-line pattern reads in it (no fact says whose
    line it is, so its own words must not say it is another's). A name in parentheses is an
    aside or an example ("AWS managed keys (aws/s3 etc) rotate every 3 years" is KMS's), and
    the heading is not read: a section mixes services, and the claim's words name their own.
    A line that names the entry's own topic (`claim_names`, for a topic no service names:
    "Site-to-Site VPN", "each Region has") is the entry's, whatever else it lists."""
    names = _services_named(_PARENTHESISED.sub(" ", text))
    if not names or names & _entry_services(entry):
        return False
    return not any(re.search(n, text, re.IGNORECASE)
               for n in entry.claim_names)


_PARENTHESISED = re.compile(r"\([^()]*\)")


def _services_named(text: str) -> set[str]:
    from studycli.services import canonical_service, find_services

    return {(canonical_service(m.name) or m.name).lower() for m in find_services(text)}


def _entry_services(entry) -> set[str]:
    """The entry's service and those its statement names: a claim about how two services
    meet ("SNS FIFO topics deliver to SQS FIFO and standard queues") is told on a line that
    names either ("FIFO topics can only have SQS FIFO queues as subscribers")."""
    from studycli.services import canonical_service

    own = {(canonical_service(entry.service) or entry.service).lower()}
    return own | _services_named(getattr(entry, "statement", "") or "")


def _retired_names(index, service: str | None) -> dict:
    """Canonical service name -> its end-of-support entry, for the retired services."""
    from studycli.services import canonical_service

    out = {}
    for entry in index.retired.values():
        name = canonical_service(entry.service) or entry.service
        if service is None or name == service:
            out[name] = entry
    return out


def _retired_aliases(retired: dict) -> tuple[str, ...]:
    from studycli.services import catalog

    return tuple(a for a, name in catalog().service_aliases.items() if name in retired)


def _regex_module(name: str):
    """The stdlib's own regex parser (re._parser) or its constants: private, so imported by
    name; a Python whose parser differs makes _required_words give up (every line scanned)."""
    import importlib

    return importlib.import_module(f"re.{name}")


def _needles(entry) -> frozenset[str] | None:
    """Lower-case words a line must hold one of for any of the entry's patterns to match it,
    or None when some pattern has none (it is then tried on every line). Scanning each note
    line with the patterns themselves cost ~0.15 ms a line (a combined case-insensitive
    alternation finds no literal to skip ahead with); a substring test costs microseconds."""
    out: set[str] = set()
    for pattern in (*entry.supported_by, *entry.contradicted_by):
        words = _required_words(pattern)
        if not words:
            return None
        out |= words
    return frozenset(out) or None


@lru_cache(maxsize=1024)
def _required_words(pattern: str) -> frozenset[str] | None:
    """One set of words of which every match of `pattern` holds at least one: its longest
    run of literal characters, or a group of alternatives that each open with one, outside
    or inside a lookahead the match must pass (read from the pattern's parse); None when it
    has none of 3 characters or more."""
    try:
        items = list(_regex_module("_parser").parse(pattern, re.IGNORECASE))
    except Exception:  # a parser that changed, or a pattern that does not compile
        return None
    found: list[frozenset[str]] = []
    _scan(items, found)
    usable = [w for w in found if w and min(map(len, w)) >= 3]
    # words over digits on a tie: "000" is on many more lines than "kms"
    return max(usable, key=lambda w: (min(map(len, w)), all(x.isalpha() for x in w))) \
        if usable else None


def _scan(items, found: list) -> None:
    """Each set of words `items` (a parsed pattern) requires one of, into `found`."""
    C = _regex_module("_constants")
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is C.LITERAL:
            run.append(chr(av).lower())
            continue
        found.append(frozenset({"".join(run)}))
        run = []
        if op is C.SUBPATTERN:
            sub = list(av[-1])
            if len(sub) == 1 and sub[0][0] is C.BRANCH:
                found.append(frozenset(_leading_literal(b) for b in sub[0][1][1]))
            else:
                _scan(sub, found)
        elif op is C.BRANCH:
            found.append(frozenset(_leading_literal(b) for b in av[1]))
        elif op is C.ASSERT and av[0] == 1:  # a lookahead every match passes
            _scan(list(av[1]), found)


def _leading_literal(items) -> str:
    """The literal characters a parsed pattern opens with, lower-cased."""
    C = _regex_module("_constants")

    out = []
    for op, av in items:
        if op is not C.LITERAL:
            break
        out.append(chr(av).lower())
    return "".join(out)


def _retired_on_line(source: str, number: int, text: str, retired: dict) -> list[tuple]:
    from studycli.reference.assess import retired_line
    from studycli.services import canonical_service, find_services

    out = []
    for name in dict.fromkeys(canonical_service(m.name) or m.name for m in find_services(text)):
        entry = retired.get(name)
        found = retired_line(entry, text) if entry is not None else None
        if found is not None:
            out.append((NoteLine(source, number, text, entry), found))
    return out
