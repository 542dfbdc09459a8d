"""Whether a note line says an invocation mode of its invoker: one judgement, asked by the
question layer (a mode question, a line caveat) and by the reference's assessment (`check`), so
neither imports the other. The mode words are the parser's own (extract/invocation.py), with
the words only a judgement of a line needs ("S3 pushes events"), so a line the parser reads a
mode from is a line this reads a mode word in.
"""

from __future__ import annotations

import re

from studycli.extract.invocation import MODE_WORD as _PARSER_MODE_WORD
from studycli.lazy_regex import lazy_compile

# "pushes", "InvocationType": a mode said in words the parser reads no mode from on its own
_MODE_WORDS = rf"(?:{_PARSER_MODE_WORD.pattern}|\bpush(?:es|ed)?\b|\binvocationtype\b)"
MODE_WORD = lazy_compile(_MODE_WORDS, re.IGNORECASE)
# "event source mapping (SQS, Kinesis, DynamoDB Streams)": the invokers a mode is said of, listed
# in brackets right after it (a bracket after a service, "Lambda (async)", is that service's)
_MODE_THEN_LIST = lazy_compile(_MODE_WORDS + r"\s*\(([^()]*)\)", re.IGNORECASE)
_MODE_CLAUSE_BREAK = re.compile(r"[,;()\[\]]|[.!?](?:\s|$)|\s[-–—]+\s|\n")


def mode_said_on_line(subject: str, snippet: str) -> bool:
    """A mode word in one clause with the invoker's name. "API GW gives up at 29 s ... Nothing
    you can do except make the function faster or go async" is advice, not how API Gateway
    invokes Lambda; "S3 events - to SNS, SQS, Lambda (async)" says the async of Lambda, not of
    SQS. A line with no mode word (a list under a mode's heading) is taken at its heading's
    word, and so is a line that does not name the invoker."""
    from studycli.services import canonical_service, find_services

    subject = subject.strip()
    if not snippet or not subject:
        return False
    if not MODE_WORD.search(snippet):
        return True  # "- Amazon SQS" under a "### Asynchronous" heading: the heading says it
    invoker = canonical_service(subject)

    def names_invoker(text: str) -> bool:
        return subject.lower() in text.lower() or (
            invoker is not None and any(m.name == invoker for m in find_services(text)))

    if not names_invoker(snippet):
        return True  # "- invocation: asynchronous" under an "## S3" heading: the heading's
    listed = [m.group(1) for m in _MODE_THEN_LIST.finditer(snippet)]
    return any(names_invoker(clause) for clause in _MODE_CLAUSE_BREAK.split(snippet) + listed
               if clause in listed or MODE_WORD.search(clause))
