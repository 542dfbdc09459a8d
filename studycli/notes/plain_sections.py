"""What normalize and the pass that titles a plain-text note's numbered sections
(numbered_sections) share: a markdown heading and a setext underline, and whether a title
naming no service is a part of the service section above it (one copy, so the two readings
of "LIMITS" under "LAMBDA" cannot drift apart)."""

from __future__ import annotations

import re

HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
UNDERLINE = re.compile(r"^\s*(?:=+|-+)\s*$")
# what follows a title's words: "(DX)", "<- exam fav", "- the basics", ": 5 min"
ASIDE = re.compile(r"\([^()]*\)|<-.*$|[-–—:!]+.*$")


def part_of(title: str, service: str) -> bool:
    """"Invocation types", "Cold starts", "Versions & aliases" under "Lambda": a title that
    names a part of the service (data/sub_services.json) or a short measure or setting of it;
    "Support plans" or "Billing & pricing" after "IAM" on a CLF page is a topic of its own."""
    from studycli.extract.attributes import is_attribute_phrase
    from studycli.services import find_subjects

    words = ASIDE.sub("", title).strip()
    if find_subjects(words, service):
        return True
    return len(words.split()) <= 3 and is_attribute_phrase(words)
