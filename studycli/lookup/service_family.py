"""Services of one family: a child is named by its parent's name and words of its own
("CloudWatch Logs" of CloudWatch, "Aurora Serverless" of Aurora, "AWS Batch" aside).

Both the answer score (answer._service) and ranking (service_kin) read a fact filed under
a parent as possibly the child's; one test of kinship keeps them agreeing (session 35,
review of rank35).
"""

from __future__ import annotations


def child_words(parent: str, child: str) -> str:
    """The words `child`'s name adds to `parent`'s ("Logs" for CloudWatch, CloudWatch Logs),
    or "" where `child` is not of `parent`'s family."""
    if parent and child.startswith(parent + " "):
        return child[len(parent) + 1:]
    return ""
