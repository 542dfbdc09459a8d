"""A fact filed under another service than the one asked, which is the asked one's all the same.

Ranking (features.service_other) takes three points from every fact of another service than
the one typed. Two such facts are the asked service's by what the notes say:

- the fact is filed under the family the asked service belongs to ("cw logs" asked, "never
  expire" filed under CloudWatch, the heading the parser read), and its line or heading
  says the word that makes the child's name ("log retention default: never expire"): a
  parent's fact on another of its features is not the child's (CloudWatch's "metric
  retention default 15 months" is no Logs retention). Not the other way round: asked
  CloudWatch, CloudWatch Logs' 10-year retention is another thing than metrics' 15 months;
- a statement whose line names the service asked and not the one it is filed under
  ("default max accounts in an org: 10" filed under IAM, from a heading), in a clause that
  says a topic word and names only services asked: the line says whose it is. A line
  comparing two others ("use SNS instead of SQS when many consumers ...", filed under
  Kinesis) is neither one's.

Either must say a topic word asked besides the service; a query with none (only a service
and cue words, "cloudwatch logs max") gets nothing: a parent's fact of another topic is no
answer for the child.

The answer score (answer._service) already reads both as of the service asked (0.8); in
ranking they stood with every other service's retention default or account limit, under
ten of them, and were never weighed as answers (session 35, rank35). `service_kin` gives
them back the penalty.
"""

from __future__ import annotations

from studycli.lookup.features import Seen, service_other, services_in_text
from studycli.lookup.service_family import child_words, says_child_word
from studycli.lookup.text import CLAUSE_SPLIT
from studycli.lookup.words import matched_words, stems


def service_kin(x: Seen) -> float:
    """service_other's own value where it fires on a fact that says a topic word asked and
    is of the asked service's family, or a statement whose line names a service asked and
    not its own; else 0."""
    other = service_other(x)
    if not other or not _says_topic(x):
        return 0.0
    asked = x.q.all_services()
    if any(child_words(x.service, a) for a in asked):
        return other if says_child_word(x.fact, asked, x.stop) else 0.0
    # a quantity's own clause naming the service asked is features.service_in_clause's; the
    # rest of its line may name another service as an aside ("/tmp is 512 MB ..., so big
    # files -> EFS" is no EFS file size)
    if not x.plain:
        return 0.0
    return other if _line_names_asked_only(x, asked) else 0.0


def _says_topic(x: Seen) -> bool:
    """Whether the fact says a topic word of the query: the service alone makes no answer
    ("22/ Scaling cooldown default = 300 seconds" filed under CloudWatch, for "cloudwatch
    logs default retention")."""
    return any(w in x.found for concept in x.q.topic for w in concept)


def _line_names_asked_only(x: Seen, asked: list[str]) -> bool:
    """Whether the fact's line names a service of `asked` (by any alias the lexicon knows,
    as whole words) and not its own, in a clause that says a topic word asked ("default max
    accounts in an org: 10"); not one naming it in an aside ("29 s timeout + long processing
    -> go async (SQS / step functions)" is no SQS visibility timeout)."""
    line = x.fact["snippet"] or ""
    if not line:
        return False
    named = services_in_text(line)
    if x.service in named or not any(a in named for a in asked):
        return False
    return any(_names_only(services_in_text(clause), asked) and _says_topic_in(clause, x)
               for clause in CLAUSE_SPLIT.split(line))


def _names_only(named: frozenset[str], asked: list[str]) -> bool:
    """Whether a clause names services and all of them asked: "use SNS instead of SQS when
    many consumers ..." is a comparison, neither SQS's nor SNS's own fact."""
    return bool(named) and named <= set(asked)


def _says_topic_in(text: str, x: Seen) -> bool:
    said = matched_words(stems(text, x.stop), x.q)
    return any(w in said for concept in x.q.topic for w in concept)
