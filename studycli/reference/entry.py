"""A reference entry and the assessment of one note fact against it.

Plain classes with __slots__ rather than dataclasses: `dataclasses` pulls in `inspect`
(~10 ms), and lookup's fast path loads the reference.
"""

from __future__ import annotations

STATUSES = ("current", "outdated", "wrong", "unknown")
FLAGGED = ("outdated", "wrong")  # what `studycli check` reports and exits 1 for


class Entry:
    """One current AWS fact from data/reference/*.toml, with where it was verified."""

    __slots__ = (
        "aliases",
        "attribute",
        "changed",
        "checked",
        "claim_any_line",
        "claim_heading",
        "claim_names",
        "claim_not_under",
        "claim_services",
        "contradicted_by",
        "docs_disagree",
        "exam_note",
        "file",
        "high",
        "id",
        "kind",
        "low",
        "number",
        "previously",
        "qualifier",
        "restates",
        "service",
        "statement",
        "subject",
        "supported_by",
        "typical",
        "unchanged",
        "unit",
        "url",
        "value",
        "verified",
    )

    def __init__(self, raw: dict, file: str):
        self.id = str(raw.get("id", ""))
        self.service = str(raw.get("service", ""))
        self.subject = str(raw.get("subject", ""))
        self.attribute = str(raw.get("attribute", ""))
        # Other (subject, attribute) keys the parser writes for this same quantity.
        self.aliases = tuple(_alias_keys(raw.get("aliases"), self.subject, self.attribute))
        self.qualifier = str(raw.get("qualifier", ""))
        self.kind = str(raw.get("kind", ""))
        self.value = str(raw.get("value", ""))
        self.number = _float(raw.get("number"))
        self.unit = str(raw.get("unit", ""))
        self.low = _float(raw.get("low"))
        self.high = _float(raw.get("high"))
        self.statement = str(raw.get("statement", ""))
        self.url = str(raw.get("url", ""))
        self.checked = str(raw.get("checked", ""))
        # Where AWS's own pages give different values (the DAX cluster components page says 11
        # nodes, the console guide and the CreateCluster API 10), what the other page says.
        self.docs_disagree = str(raw.get("docs_disagree", "") or "")
        # An entry that does not say it was verified never flags a note, and neither does one
        # whose pages disagree: no explanation may call a note out of date on a value AWS's
        # own documentation gives two ways, nor a question key one side of it as the truth.
        self.verified = raw.get("verified") is True and not self.docs_disagree
        self.changed = str(raw.get("changed", ""))
        self.previously = tuple(str(p) for p in raw.get("previously", ()) or ())
        # AWS has not changed this since it launched (a misconception's entry: FIFO queues
        # never took per-message timers): a note saying otherwise never was right, so it is
        # WRONG. Without it, or `previously` / `changed`, the reference knows only today's
        # value, and a note's other value is only "not what AWS says" (history_known).
        self.unchanged = raw.get("unchanged") is True
        self.exam_note = str(raw.get("exam_note", ""))
        # AWS gives the figure as what an operation typically takes ("typically finish within
        # 3-5 hours"), not as a bound it sets: asked as typical, never as a minimum or maximum
        self.typical = raw.get("typical") is True
        self.supported_by = tuple(raw.get("supported_by", ()) or ())
        self.contradicted_by = tuple(raw.get("contradicted_by", ()) or ())
        # Other services whose facts' lines the claim patterns are also tried on: one line of
        # a support plan list names Trusted Advisor and the Health Dashboard, and the parser
        # files its facts under whichever it takes the line to be about.
        self.claim_services = tuple(s for s in raw.get("claim_services", ()) or ()
                                    if isinstance(s, str))
        # services whose sections state their own figures for the entry's subject (RDS's gp3
        # storage limits): a bare line under a heading naming one is theirs (line_claims)
        self.claim_not_under = tuple(s for s in raw.get("claim_not_under", ()) or ()
                                     if isinstance(s, str))
        # Patterns that name their own subject ("Site-to-Site VPN ... max 1.25 Gbps"): `check`
        # tries them on every note line, whatever service its facts are filed under, or
        # none (studycli/reference/line_claims.py).
        self.claim_any_line = raw.get("claim_any_line") is True
        # An any-line entry's pattern for the heading, outline parent or paragraph opening
        # that names what a bare line is about ("Well-Architected Framework" over "- 5
        # pillars"): such a line is also read as "HEADING: LINE" (line_claims.py).
        heading = raw.get("claim_heading")
        self.claim_heading = heading if isinstance(heading, str) and heading else ""
        # An any-line entry's patterns for the thing its claim is about when no service in
        # data/services.json names it ("Site-to-Site VPN", "MediaStore"): a line one of them
        # matches is the entry's own, whatever other services it lists ("origins: S3, ALB,
        # EC2, MediaStore"; "VPN 1.25 Gbps max ... Direct Connect is dedicated").
        self.claim_names = tuple(n for n in raw.get("claim_names", ()) or ()
                                 if isinstance(n, str) and n)
        # The id of the entry this one states again so that its patterns are read on other
        # lines (a claim entry, an any-line copy): one fact, which lookup's "AWS docs say"
        # shows once, as that entry gives it (reference/query.py).
        self.restates = str(raw.get("restates", "") or "")
        self.file = file

    def __repr__(self) -> str:
        return f"Entry({self.id!r}: {self.value!r})"


def history_known(entry: Entry) -> bool:
    """Whether the reference records what AWS said before (`previously`, a `changed` date) or
    that it never changed (`unchanged`): what a note's other value then is, it can tell."""
    return bool(entry.previously or entry.changed or entry.unchanged)


VERDICTS = ("outdated", "wrong", "differs")


def verdict(status: str, entry: Entry, fact=None, how: str = "") -> str:
    """What `check`, `lookup` and `compare` call a finding: its status, except that a `wrong`
    one is `differs` ("not what AWS says") where the reference cannot tell whether the note's
    value was ever AWS's. It can tell where

    - the entry records its history (history_known), or the finding is a retired service's;
    - the entry states how AWS works, not a figure (a claim of behaviour: "VPC peering is
      not transitive"): with no recorded change, that is how AWS has always worked;
    - the note states a maximum above AWS's current one: AWS raises limits, and an entry
      whose limit AWS lowered records `previously`, so a higher value never was the limit.

    A value below today's maximum, or another default, may be an old limit AWS has since
    raised: without history it is `differs`, neither outdated nor wrong."""
    if status != "wrong":
        return status
    if how == "retired" or history_known(entry) or _states_behaviour(entry):
        return "wrong"
    return "wrong" if _above_maximum(entry, fact) else "differs"


def _states_behaviour(entry: Entry) -> bool:
    return entry.number is None and entry.low is None and entry.high is None \
        and not any(c.isdigit() for c in entry.value)


def _above_maximum(entry: Entry, fact) -> bool:
    """Whether every value the note states of the entry's measure is above anything AWS
    allows for it: the entry's maximum, any figure its own words give for another scope
    ("64 TiB per primary volume (Oracle/SQL Server: up to 256 TiB ...)"), and the maximum of
    any other entry of the same service and measure ("50 MB zipped" beside "250 MB
    unzipped"). A note right for a scope the entry does not name is never told WRONG
    (reviewer of check23d: "max 256 TiB for SQL Server with additional volumes" was)."""
    top = entry.high if entry.qualifier == "range" or entry.kind == "range" else (
        entry.number if entry.qualifier == "max" else None)
    if top is None or not entry.unit:
        return False
    from studycli.reference.values import close

    said = _note_numbers(entry, fact)
    if not said:
        return False
    allowed = max([top, *_figures_allowed(entry)])
    return all(n > allowed and not close(n, allowed, entry.unit) for n in said)


def _figures_allowed(entry: Entry) -> list[float]:
    """Figures in the entry's unit that its own value and statement give, and the maxima of
    the entries of its service whose ids share its measure (`lambda.deployment-package-size`
    for `.max` and `.unzipped.max`)."""
    from studycli.note_numbers import numbers_with_units

    figures = [n for text in (entry.value, entry.statement or "")
               for n, u, _ in numbers_with_units(text) if u == entry.unit]
    measure = ".".join(entry.id.split(".")[:2])
    if measure.count(".") == 1:
        from studycli.reference.loader import load_reference

        for other in load_reference(services=[entry.service]).entries:
            if other is not entry and other.unit == entry.unit \
                    and other.id.startswith(measure + "."):
                figures += [n for n in (other.number, other.high) if n is not None]
    return figures


def _note_numbers(entry: Entry, fact) -> list[float]:
    """The note's numbers in the entry's unit: its fact's, else (a line read by a claim
    pattern, a fact in another unit) those its line writes in that unit."""
    if fact is None:
        return []
    if getattr(fact, "unit", "") == entry.unit and getattr(fact, "number", None) is not None:
        return [max(n for n in (fact.number, getattr(fact, "high", None)) if n is not None)]
    from studycli.note_numbers import numbers_with_units

    return [n for n, u, _ in numbers_with_units(getattr(fact, "snippet", "") or "")
            if u == entry.unit or (u is None and entry.unit == "count")]


def _alias_keys(raw, own_subject: str, own_attribute: str):
    """`aliases` entries as (subject, attribute) pairs: a string is another attribute phrase
    under the entry's own subject; a table {subject, attribute} names another subject
    spelling too (either key left out keeps the entry's own). Malformed items are skipped
    here; the schema test reports them."""
    if not isinstance(raw, list):
        return
    for item in raw:
        if isinstance(item, str) and item.strip():
            yield own_subject, item
        elif isinstance(item, dict) and isinstance(item.get("attribute", own_attribute), str) \
                and isinstance(item.get("subject", own_subject), str):
            attribute = item.get("attribute", own_attribute)
            if attribute.strip():
                yield item.get("subject", own_subject), attribute


def _float(value) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    return float(value) if isinstance(value, (int, float)) else None


class Assessment:
    """What the reference says about one note fact.

    status: current | outdated | wrong | unknown. The rest describes the entry that decided it:
    current_value (display text), number/unit/low/high (canonical), url, checked, changed
    (YYYY-MM[-DD] or ""), statement, entry_id, exam_note, and `how` (key or claim pattern).
    `takes_effect`: the date of an announced change the note is still right before (status
    current until then, outdated from that day on), else "".
    """

    __slots__ = ("entry", "how", "pending", "status", "upcoming")

    def __init__(self, status: str, entry: Entry, how: str, upcoming: bool = False,
                 pending: bool = False):
        self.status = status
        self.entry = entry
        self.how = how  # "key" (same service/subject/attribute/qualifier) or "claim" (a pattern)
        # The entry's `changed` is a date still to come: AWS has announced the change.
        self.pending = pending or upcoming
        # The note states what that change will end: right today (status current), and the
        # student is told the date.
        self.upcoming = upcoming

    current_value = property(lambda self: self.entry.value)
    number = property(lambda self: self.entry.number)
    unit = property(lambda self: self.entry.unit)
    low = property(lambda self: self.entry.low)
    high = property(lambda self: self.entry.high)
    url = property(lambda self: self.entry.url)
    checked = property(lambda self: self.entry.checked)
    statement = property(lambda self: self.entry.statement)
    entry_id = property(lambda self: self.entry.id)
    exam_note = property(lambda self: self.entry.exam_note)

    @property
    def takes_effect(self) -> str:
        """The date an announced AWS change the note predates takes effect ("2027-01-01"),
        while it is still to come; "" otherwise (a change that has taken effect is `changed`)."""
        return self.entry.changed if self.upcoming else ""

    @property
    def changed(self) -> str:
        """When AWS changed it (YYYY-MM[-DD]); "" for a change still to come."""
        return "" if self.pending else self.entry.changed

    @property
    def flagged(self) -> bool:
        return self.status in FLAGGED

    def __repr__(self) -> str:
        until = f", until {self.entry.changed}" if self.upcoming else ""
        return f"Assessment({self.status!r}, {self.entry.id!r}, via {self.how}{until})"
