"""The first answer: the best-ranked fact that answers, or one ranked above it that nearly does.

Once the notes answer (some fact's answer score reaches the threshold), which fact comes first
is a matter of ranking, and the answer score is a coarse gate: a topic word the fact leaves
unsaid costs it a fixed share. "security group inbound rules max" ranked "60 inbound rules"
(its line: "sg: 60 inbound rules per SG") far first, at an answer score of 0.57 ("security
group" unsaid by the fact), and answered with "security groups stateful vs NACLs stateless",
ranked well below it at 0.61; "kms key deletion waiting period" answered "1 year" (of another
interval) over its 30-day waiting period at 0.59. A fact of a service the query names or
implies, ranked above the first answering one, whose answer score falls short of the threshold
by no more than NEAR comes first instead. Only of a service asked: with none asked ("how many
parameters standard tier", "how long are 1 hour metric datapoints kept"), a fact that ranks
first on shared words (CloudFormation's 200 parameters, Auto Scaling's 1 h timeout) is too
often another service's, and the answer score's doubt is right. Whether the notes answer at
all is still the threshold's call: with no fact reaching it, nothing is answered, however near.
Nor for a fact that leaves unsaid the thing a "per" of the query counts by ("lambda memory per
vcpu": Lambda's 128-10,240 MB memory range is of no vCPU): that is another measure, not a near
answer; a rate's "per sec" or "per day" is said by its unit ("300 msg/s").
"""

from __future__ import annotations

from studycli.lookup.query import Query
from studycli.lookup.words import stems

NEAR = 0.05  # answer score: a fact this close under the threshold nearly answers


# stems of the time units a rate's "per" names: its unit says them ("msg/s", "emails/day")
_TIME_STEMS = frozenset({"s", "sec", "second", "min", "minut", "minute", "h", "hr", "hour",
                         "day", "week", "month", "year", "yr"})


def first_answer(ranked: list[dict], threshold: float, q: Query | None) -> dict | None:
    """The best-ranked fact that answers, unless one of a service `q` asks, ranked above it,
    nearly does; None when none answers."""
    first = next((h for h in ranked if h.get("answer", 0.0) >= threshold), None)
    if first is None or q is None:
        return first
    asked = {s.lower() for s in q.all_services()}
    return next(h for h in ranked if h is first or (
        h.get("answer", 0.0) >= threshold - NEAR and (h.get("service") or "").lower() in asked
        and _says_what_per_counts(h, q)))


def _says_what_per_counts(h: dict, q: Query) -> bool:
    """Whether `h` says each thing a "per" of `q` counts by, time units aside."""
    wanted = {d for d in q.denominators if d not in _TIME_STEMS}
    if not wanted:
        return True
    text = " ".join(h.get(k) or "" for k in ("value", "attribute", "snippet"))
    return wanted <= stems(text, frozenset())
