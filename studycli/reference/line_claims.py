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

from studycli.reference import kept_words
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

    claims, words, retired, aliases, sections, (by_word, every_line) = \
        _entries_read(reference.index(), service)
    if not claims and not retired and not sections.by_service:
        return []
    out: list[tuple] = []
    trail = _Trail()
    # (claim, the texts over a line) -> the one of them the claim reads the line under, or
    # None (_heading_context): the same for every line under one heading and opening line
    contexts: dict[tuple, str | None] = {}
    for source, number, text in rows:
        over = trail.read(source, number, text)
        if not text:
            continue
        low = text.lower()
        fold = low if text.isascii() else folded(text)  # as the patterns read it
        out += sections.findings(source, number, text, fold, trail)
        # the entries' words the line holds, each looked for once (not once per entry)
        held = words.held(fold)
        # the claims those words call up and those read on every line, in their order: most
        # lines hold no claim's word, and going through the ~45 claims for each was most of
        # the time of this loop
        called = set(every_line)
        for w in held:
            called.update(by_word[w])
        for k in sorted(called):
            entry, needles = claims[k]
            found = None
            if needles is None or not needles.isdisjoint(held):
                found = assess_line(entry, text)
            if found is None and entry.claim_heading:
                place = (k, *over)
                if place not in contexts:
                    contexts[place] = _heading_context(entry, over)
                context = contexts[place]
                if context is not None:
                    found = assess_line(entry, f"{context}: {text.strip()}")
            if found is not None and not _about_other_services(entry, text, trail.lent):
                out.append((NoteLine(source, number, text, entry), found))
        if aliases and any(map(low.__contains__, aliases)):  # (map: no frame an alias)
            out += _retired_on_line(source, number, text, retired)
    return out


# The index line_findings last read, and what it read of it for each `service` asked: an exam
# asks of one line at a time (exam/line_marks.py), and listing the entries, their words and
# the retired services' names again for each line was half the time of each call.
_READ: list = [None, {}]


def _entries_read(index, service: str | None) -> tuple:
    """(any-line claims with their needles, every word of those needles, retired services'
    entries, their aliases, _SectionClaims, _claims_by_word) of `index`, for `service`
    (None: all), kept for the last index asked."""
    if _READ[0] is not index:
        _READ[:] = [index, {}]
    kept = _READ[1]
    if service not in kept:
        retired = _retired_names(index, service)
        claims = [(e, _needles(e)) for e in index.any_line_claims
                  if service is None or e.service == service]
        words = _Words(frozenset().union(*(n for _e, n in claims if n is not None)))
        kept[service] = (claims, words, retired, _retired_aliases(retired),
                         _SectionClaims(index, service), _claims_by_word(claims))
    return kept[service]


class _Words:
    """The needle words of the claims read on every line, found in a line's folded text by
    one search of a trie of them per word found (not a substring test of each of ~110 words
    a line: half the time, the same words)."""

    def __init__(self, words: frozenset[str]):
        from studycli.regex_trie import trie_pattern

        self.words = tuple(sorted(words))
        # the trie finds the longest word at each place it searches from; every shorter word
        # found there is a prefix of that one
        self.found_with = {w: tuple(p for p in self.words if w.startswith(p))
                           for w in self.words}
        self.search = re.compile(trie_pattern(self.words)).search if self.words else None

    def __iter__(self):
        return iter(self.words)

    def held(self, fold: str) -> set[str]:
        """The words `fold` holds (a substring of it each)."""
        out: set[str] = set()
        search = self.search
        if search is None:
            return out
        m = search(fold)
        while m is not None:
            out.update(self.found_with[m.group()])
            m = search(fold, m.start() + 1)  # (a word may start inside another)
        return out


def _claims_by_word(claims: list[tuple]) -> tuple[dict[str, list[int]], list[int]]:
    """Per needle word, the places in `claims` of the claims whose needles hold it; and the
    places of the claims read on every line (no needles, or a heading to read a line under)."""
    by_word: dict[str, list[int]] = {}
    every_line: list[int] = []
    for k, (entry, needles) in enumerate(claims):
        if needles is None or entry.claim_heading:
            every_line.append(k)
        for w in needles or ():
            by_word.setdefault(w, []).append(k)
    return by_word, every_line


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

    def findings(self, source: str, number: int, text: str, fold: str, trail) -> list:
        """The findings of one line read under the service `trail` lends it (its paragraph's
        opening line, else its heading: _Trail.lent)."""
        if not self.by_service or trail.lent is None:
            return []
        context, service = trail.lent
        entries = self.by_service.get(service)
        if not entries:
            return []
        # the words a pattern needs first (microseconds), the services the line names last
        holds = fold.__contains__
        wanted = [e for e, needles in entries if needles is None or any(map(holds, needles))]
        bare = _PARENTHESISED.sub(" ", text)
        if not wanted or _services_named(bare) or _owners_of_subjects(bare) - {service}:
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


def _one_service(context: str) -> str | None:
    """The one service a heading or a paragraph's opening line names, or None."""
    if not context or len(context) > _OPENING_MAX:
        return None
    return _one_service_named(context)


@lru_cache(maxsize=512)
def _one_service_named(context: str) -> str | None:
    names = _services_named(context)
    return next(iter(names)) if len(names) == 1 else None


# What reads as the title of the lines after it depends on what the title is asked for, so
# the three tests differ, from the loosest to the strictest:
# - a heading or a paragraph's opening line lends the lines after it its one service
#   (_one_service) up to this long, a statement too ("$ aws-limits show --svc sqs --region
#   us-east-1" over a pasted quota table, "Aurora is Amazon's own engine, compatible with MySQL
#   and PostgreSQL" over a teach-back's sentences); a longer one is a statement of its own,
#   whatever the lines after it are about;
_OPENING_MAX = 100
# - a heading a claim entry's `claim_heading` names is read with a line under it only up to
#   this long and with no number (_is_title): it must name the subject and claim nothing;
_HEADING_MAX = 80
# - a line met inside a run opens a new paragraph only as a short title, no statement
#   (_is_title_of_its_own, _TITLE_MAX below).

# A box-drawn table's cell walls (a terminal tool's output pasted into a note) read as the
# "|" patterns know as a cell break.
_BOX_WALLS = str.maketrans({"│": "|", "┃": "|", "║": "|"})


def _cells(text: str) -> str:
    return text.translate(_BOX_WALLS)


def _heading_context(entry, over: list[str]) -> str | None:
    """The nearest text over a bare line that an entry with `claim_heading` reads the line
    under, as "HEADING: LINE" ("Well-Architected Framework: 5 pillars"): its patterns then
    see what the line is about, and the heading's own words ("Azure Well-Architected
    Framework") whose it is. None when no text over it is such a title. Not the line's own
    text: line_findings keeps it for every line under the same texts."""
    from studycli.reference.assess import assess_line

    for context in reversed(over):
        # a title names the subject and claims nothing itself: "Well-Architected Framework =
        # 5 pillars: ..." opening a paragraph (an RTF note has no blank line) is no title of
        # the lines after it
        if _heading_names(entry.claim_heading, context) and _is_title(context) \
                and assess_line(entry, context) is None:
            return context
    return None


def _is_title(text: str) -> bool:
    return len(text) <= _HEADING_MAX and not any(c.isdigit() for c in text)


@lru_cache(maxsize=4096)
def _heading_names(pattern: str, context: str) -> bool:
    return re.search(pattern, context, re.IGNORECASE) is not None


class _Trail:
    """The texts over each note line, read in order ((source, line, text) rows, each source's
    lines in order): the last markdown heading, and the opening line of its paragraph when a
    title opens it ("Well-Architected Framework" over ": 5 pillars" or "◦ 5 pillars"). The
    store keeps no blank line (a gap in the numbers is one) and no indentation, so an outline
    item's parent is not known.

    `lent` is the (context text, service) the line just read is taken to be about, or None.
    A plain-text or RTF note has no blank line, so its paragraph is the whole file: a title
    line (no list item, no statement: _is_title_of_its_own) naming one service other than the
    lent one ("Step Functions", "SNS") opens a new paragraph, and once a line opens with the
    name of another service or of one of its things ("- Step Functions Standard: ...",
    "- Standard workflows: ..." in an SQS list), the lines after it are nobody's until the next
    opening, gap or heading. An opening that names another service than its heading ("## RDS"
    over "Aurora is Amazon's own engine") leaves the list under it to either: none is lent."""

    def __init__(self) -> None:
        self.source: str | None = None
        self.last = 0
        self.heading = ""
        self.opening = ""
        self.ended = False
        self.lent: tuple[str, str] | None = None

    def read(self, source: str, number: int, text: str) -> list[str]:
        """The texts over this line, nearest last; then this line is taken in."""
        if source != self.source:
            self.source, self.last, self.heading, self.opening = source, 0, "", ""
        stripped = text.strip()
        if not stripped or number != self.last + 1:
            self.opening, self.ended = "", False
        self.last = number
        self.lent = None
        if not stripped:
            return []
        if _HEADING.match(stripped):
            self.heading, self.opening, self.ended = stripped, "", False
            return []
        over = [t for t in (self.heading, self.opening) if t.strip()]
        if not self.ended:
            self.lent = self._lent()
        listed = _LIST_ITEM.match(stripped) is not None
        bare = _PARENTHESISED.sub(" ", stripped)
        names = _services_named(bare)
        if not listed and len(names) == 1 and _is_title_of_its_own(stripped) \
                and (self.lent is None or self.lent[1] not in names):
            self.opening, self.ended = stripped, False
        elif not self.opening:
            # a paragraph opened by a title line, not a list whose first item is no title of
            # the items after it
            self.opening = " " if listed else stripped
        after = None if self.ended else self._lent()
        if after is not None and after[1] not in names and _opens_with_a_name(bare):
            named = names | _owners_of_subjects(bare)
            self.ended = bool(named) and after[1] not in named
        return over

    def _lent(self) -> tuple[str, str] | None:
        """(context, service) for the next line: the opening's one service, else the
        heading's; None when neither names one, or they name two different ones."""
        heading = _one_service(self.heading)
        opening = _one_service(self.opening.strip())
        if opening is not None:
            return (self.opening.strip(), opening) if heading in (None, opening) else None
        return (self.heading, heading) if heading is not None else None


def _opens_with_a_name(text: str) -> bool:
    """Whether a line's first words (past a list mark or emphasis) name a service or one of its
    things: "- Step Functions Standard: exactly-once" is about Step Functions, while a wrapped
    sentence naming one in passing ("the throughput of MySQL and 3x of PostgreSQL on RDS.
    Storage is a shared") goes on with what its paragraph is about."""
    from studycli.services import find_services, find_subjects

    lead = _LEAD.sub("", text)
    return any(m.start == 0 for m in (*find_services(lead), *find_subjects(lead)))


_LEAD = re.compile(r"^[\s\-*+•◦▪‣–:>|#_`\d.)]*")


def _is_title_of_its_own(text: str) -> bool:
    """Whether a line met inside a run reads as a title of the lines after it ("Step
    Functions", "**SNS**", "Step Functions, for contrast:"), not a statement ("A: KMS =
    multi-tenant." answers a "Q: KMS vs CloudHSM?" whose lines after it stay CloudHSM's too)."""
    if len(text) > _TITLE_MAX or "=" in text or ". " in text or text.endswith(".") \
            or _STATEMENT_COLON.search(text) is not None:
        return False
    # a wrapped sentence's next line names a service in passing ("the throughput of MySQL
    # and 3x of PostgreSQL on RDS"); a title opens with it or introduces what follows
    return text.endswith(":") or _opens_with_a_name(text)


# A title met inside a run ("SQS cheat sheet", "Step Functions, for contrast:") is short; a
# wrapped line of prose is most of a line's width.
_TITLE_MAX = 60


# a colon with words after it: "Standard: exactly-once", "A: KMS ..." state something
_STATEMENT_COLON = re.compile(r":\s*\S")
_HEADING = re.compile(r"#{1,6}\s")
_LIST_ITEM = re.compile(r"(?:[-*+•◦▪‣–:>|]|\d+[.)])\s")


def _about_other_services(entry, text: str, lent: tuple[str, str] | None = None) -> bool:
    """Whether a line names services outside its parentheses and none of them is one the
    entry is about (_entry_services): "ElastiCache global datastore: up to 5 secondary
    regions" is not Aurora's, whatever an any-line pattern reads in it (no fact says whose
    line it is, so its own words must not say it is another's). A name in parentheses is an
    aside or an example ("AWS managed keys (aws/s3 etc) rotate every 3 years" is KMS's).
    A line that names no service, under a heading or paragraph opening that lends it one of
    the services the entry's `claim_not_under` lists (`lent`, _Trail.lent), is that service's:
    "| SQL Server | gp3 | 20 GiB-16 TiB |" under "# RDS for SQL Server" gives RDS's storage
    limits, which RDS sets per engine
    (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html), not EBS's,
    though its words are the gp3 pattern's. Other headings lend nothing here: a bare line
    whose words name their own subject ("AWS managed keys rotate every 3 years" in a Kinesis
    scenario) is the entry's, whatever section holds it.
    A line that names the entry's own topic (`claim_names`, for a topic no service names:
    "Site-to-Site VPN", "each Region has") is the entry's, whatever else it lists."""
    names = _services_named(_PARENTHESISED.sub(" ", text))
    if not names and lent is not None:
        return lent[1] in _not_under(entry)
    if not names or names & _entry_services(entry):
        return False
    return not any(re.search(n, text, re.IGNORECASE)
               for n in entry.claim_names)


def _not_under(entry) -> set[str]:
    """The entry's `claim_not_under`, keyed as _services_named names them."""
    from studycli.services import canonical_service

    return {(canonical_service(s) or s).lower() for s in entry.claim_not_under}


_PARENTHESISED = re.compile(r"\([^()]*\)")


def _services_named(text: str) -> set[str]:
    from studycli.services import canonical_service, find_services

    return {(canonical_service(m.name) or m.name).lower() for m in find_services(text)}


def _owners_of_subjects(text: str) -> set[str]:
    """The services whose things a line names by a name of two words or more ("Standard
    workflows" is Step Functions', "FIFO queue" SQS's): under "## SQS", "- Standard workflows:
    exactly-once" is Step Functions' line, though it names no service. A one-word name
    ("express", "states") is too common a word to say whose a line is."""
    from studycli.services import canonical_service, find_subjects, subject_entry

    owners = {subject_entry(m)[0] for m in find_subjects(text) if " " in m.alias.strip()}
    return {(canonical_service(o) or o).lower() for o in owners if o}


def _entry_services(entry) -> set[str]:
    """The entry's service and those its statement names: a claim about how two services
    meet ("SNS FIFO topics deliver to SQS FIFO and standard queues") is told on a line that
    names either ("FIFO topics can only have SQS FIFO queues as subscribers")."""
    from studycli.services import canonical_service

    own = {(canonical_service(entry.service) or entry.service).lower()}
    return own | _named_after(next(iter(own))) \
        | _services_named(getattr(entry, "statement", "") or "")


@lru_cache(maxsize=256)
def _named_after(service: str) -> frozenset[str]:
    """The services whose name is the entry's service's with more words (Aurora Serverless
    after Aurora, CloudWatch Logs after CloudWatch): a line naming one names a part of the
    entry's service, not another service ("Aurora Serverless v2: ..., Global DB: 1 primary +
    up to 5 secondary regions" is Aurora's line)."""
    from studycli.services import catalog

    return frozenset(n.lower() for n in catalog().full_names
                     if n.lower().startswith(service + " "))


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
    """One set of words (as `folded` writes them) of which every match of `pattern` holds
    at least one: a run of literal characters, or the words of an alternation whose every
    alternative needs some, outside or inside a lookahead the match must pass (read from the
    pattern's parse, _requirements); None when it has none of 3 characters or more. The
    first of _required_clauses."""
    clauses = _required_clauses(pattern)
    return clauses[0] if clauses else None


@lru_cache(maxsize=1024)
def _required_clauses(pattern: str) -> tuple[frozenset[str], ...] | None:
    """Every such set of words of `pattern`, the one _best ranks first first: a match holds
    a word of each ("^(?=.*\\b(payloads?|invok\\w*|lambda)\\b)...\\basync\\w*...256\\s*KB": one of
    "payload", "invok", "lambda", and "async", and "256"), so a line that lacks a word of any
    one of them is not searched (one set alone let every Lambda line through to a search of
    some 20 us). None when none is usable. Kept between runs (kept_words): parsing the
    reference's ~400 patterns with the stdlib's pure-Python regex parser was ~0.15 s of every
    ingest's AWS tally, a fifth of it."""
    return kept_words.get(pattern, _read_required_clauses)


def _read_required_clauses(pattern: str) -> tuple[frozenset[str], ...] | None:
    """_required_clauses, read from the pattern's parse."""
    try:
        items = list(_regex_module("_parser").parse(pattern, re.IGNORECASE))
    except Exception:  # a parser that changed, or a pattern that does not compile
        return None
    found = _requirements(items, _regex_module("_constants"))
    best = _best(found)
    if best is None:
        return None
    # the rest once each, a set that holds another left out (a line with a word of the
    # smaller one has one of it)
    rest: list[frozenset[str]] = []
    for w in found:
        if w and min(map(len, w)) >= 3 and w != best and w not in rest:
            rest.append(w)
    rest = [w for w in rest if not any(o < w for o in (best, *rest))]
    return (best, *rest)


def _best(found: list[frozenset[str]]) -> frozenset[str] | None:
    """The requirement of `found` that rules out the most lines: its shortest word longest
    (3 characters at least), words over digits on a tie ("000" is on many more lines than
    "kms"); None when none is usable."""
    usable = [w for w in found if w and min(map(len, w)) >= 3]
    return max(usable, key=lambda w: (min(map(len, w)), all(x.isalpha() for x in w))) \
        if usable else None


def folded(text: str) -> str:
    """`text` as re.IGNORECASE compares it, so that a word a pattern needs is a substring of
    every line the pattern matches: lower-cased, and each character the regex engine takes
    for others written as the least of them (a dotless "ı" as "i", a long "ſ" as "s", "σ"
    as a final "ς"; "İ" as "i", where str.lower writes two characters). Plain ASCII is its
    own lower case."""
    if text.isascii():
        return text.lower()
    before, after = _fold_tables()
    return text.translate(before).lower().translate(after)


@lru_cache(maxsize=1)
def _fold_tables() -> tuple[dict[int, int], dict[int, int]]:
    """The regex engine's case-blind classes beyond simple lower-casing (re._casefix: each
    lower-case character's others) as translation tables; "İ" is lowered by the engine to
    "i". A Python without that table has none: every class then is its lower case."""
    try:
        extra = _regex_module("_casefix")._EXTRA_CASES
    except Exception:  # noqa: BLE001 - another Python: plain lower-casing
        extra = {}
    after = {k: min(k, *others) for k, others in extra.items() if min(k, *others) != k}
    return {0x130: 0x69}, after


def _requirements(items, C) -> list[frozenset[str]]:
    """Sets of words of which every match of `items` (a parsed pattern) holds one each: its
    runs of literal characters, and what its groups, lookaheads, repeats of at least once and
    alternations require. An alternation requires one of its alternatives' own best
    requirements ("(\\b(use|prefer)\\s+oac|\\boac\\b.{0,40}\\brecommended)": "use",
    "prefer" or "oac"), none when one alternative requires nothing."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    repeats = tuple(getattr(C, name) for name in ("MAX_REPEAT", "MIN_REPEAT",
                                                  "POSSESSIVE_REPEAT") if hasattr(C, name))
    for op, av in [*items, (None, None)]:
        if op is C.LITERAL:
            run.append(folded(chr(av)))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
        # the literals right before an alternation open each alternative: the regex parser
        # takes a prefix the alternatives share out of them ("(aws|amazon)" is "a(ws|mazon)")
        prefix, run = [(C.LITERAL, ord(c)) for c in run], []
        if op is C.SUBPATTERN:
            found += _requirements(list(av[-1]), C)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            found += _requirements(list(av), C)
        elif op in repeats and av[0] >= 1:  # repeated at least once: required once
            found += _requirements(list(av[2]), C)
        elif op is C.BRANCH:
            union = _branch_requirement([_requirements([*prefix, *b], C) for b in av[1]])
            if union is not None:
                found.append(union)
        elif op is C.ASSERT and av[0] == 1:  # a lookahead every match passes
            found += _requirements(list(av[1]), C)
    return found


MAX_BRANCH_CHOICES = 256  # ways of taking one requirement of each alternative weighed


def _branch_requirement(alternatives: list[list[frozenset[str]]]) -> frozenset[str] | None:
    """What an alternation requires, given each alternative's requirements: one requirement
    of each alternative, joined (any match is a match of one alternative, which holds a word
    of each of its own). Of the ways to take one of each, the union that no other one's is
    part of, best as _best ranks them, then of the fewest words: "(use|create|...|with)\\s+
    oai|oai ... recommended|-> oai" requires "oai" (or "origin access identity") of every
    alternative, where taking each alternative's own best (its first on a tie: "use", "with")
    required one of eight words, "with" on most note lines, and the line was searched.
    None when an alternative requires nothing usable."""
    usable = [[w for w in reqs if w and min(map(len, w)) >= 3] for reqs in alternatives]
    if not all(usable):
        return None
    choices = 1
    for reqs in usable:
        choices *= len(reqs)
    if choices > MAX_BRANCH_CHOICES:  # each alternative's own best, as ever
        return frozenset().union(*(_best(reqs) for reqs in usable))  # type: ignore[arg-type]
    from itertools import product

    unions = set(map(lambda picked: frozenset().union(*picked), product(*usable)))
    least = [u for u in unions if not any(other < u for other in unions)]
    return max(least, key=lambda w: (min(map(len, w)), all(x.isalpha() for x in w), -len(w),
                                     sorted(w)))


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
