"""Services of one family: a child is named by its parent's name and words of its own
("CloudWatch Logs" of CloudWatch, "Aurora Serverless" of Aurora, "AWS Batch" aside).

Both the answer score (answer._service) and ranking (service_kin) read a fact filed under
a parent as possibly the child's by one test of kinship, child_words (session 35, review of
rank35); ranking alone also asks that the fact say the child's word (says_child_word).
"""

from __future__ import annotations

from studycli.lookup.words import stems


def child_words(parent: str, child: str) -> str:
    """The words `child`'s name adds to `parent`'s ("Logs" for CloudWatch, CloudWatch Logs),
    or "" where `child` is not of `parent`'s family."""
    if parent and child.startswith(parent + " "):
        return child[len(parent) + 1:]
    return ""


def says_child_word(fact: dict, asked: list[str], stop: frozenset[str] = frozenset()) -> bool:
    """Whether a fact filed under a parent of an asked service says, on its line, attribute,
    value or context (a table's header, a parent item; not the section heading), a word that
    makes that service's name ("log" for CloudWatch Logs, filed under
    CloudWatch): CloudWatch's "metric retention 15 months" is no CloudWatch Logs retention."""
    service = fact["service"] or ""
    words = [child_words(service, a) for a in asked]
    if not any(words):
        return False
    said = stems(" ".join(fact[k] or "" for k in ("snippet", "attribute", "value")), stop)
    said |= stems(fact.get("context") or "", stop)
    return any(said & stems(w, stop) for w in words if w)
