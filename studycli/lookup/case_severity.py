"""A line naming an AWS Support case severity says "support" and "response".

AWS Support sorts cases by severity, and a plan's figures are its response times per
severity: "Business-critical system down", "Production system down", "Production system
impaired", "System impaired", "General guidance" (the Support Center's names,
https://docs.aws.amazon.com/awssupport/latest/APIReference/API_SeverityLevel.html; the
severity "determines the response time according to your service level agreement with AWS
Support", https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/support/aws.sdk.kotlin.
services.support.model/-create-case-request/severity-code.html). Notes write the figure
beside the severity and leave the words out ("business critical down: < 15 minutes",
"Dev (sys impaired <24 biz h)"), while students ask "enterprise support critical response
time": the severity says what those words ask, as a region's code says "region"
(answer._topic). Only of the severity and the plan asked: "enterprise on-ramp production
system impaired response time" is not answered by a line of another severity, nor by
another plan's line. Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.text import stem

# The severities as notes shorten them, longest first (a "production system impaired" is
# no "system impaired"): "business-critical system down", "biz/mission critical down",
# "prod down", "sys impaired", "general guidance". A bare "critical" or "down" is not
# enough ("critical data", "scale down").
_SEVERITY = lazy_compile(
    r"\b(?:(?P<critical>critical(?:\s+system)?\s+down)"
    r"|(?P<prod_down>prod(?:uction)?(?:\s+system)?\s+down)"
    r"|(?P<prod_impaired>prod(?:uction)?(?:\s+system)?\s+impaired)"
    r"|(?P<impaired>(?:sys|system)\s+impaired)"
    r"|(?P<guidance>general\s+guidance))\b", re.IGNORECASE)
# The plans, as the lexicon's support plan family names them (data/lookup_synonyms.json,
# "variant_families" "*"): "enterprise" of "Enterprise On-Ramp" is On-Ramp's, and
# "business critical", "business hours" name no Business plan. Short forms as notes write
# them: "Ent", "Biz", "Dev".
_PLAN = lazy_compile(
    r"\b(?:(?P<onramp>(?:(?:enterprise|ent)\s+)?on[\s-]?ramp)"
    r"|(?P<enterprise>enterprise|ent)(?!\s+on[\s-]?ramp)"
    r"|(?P<business>business|biz)(?![\s/-]+(?:critical|mission|hours?|hrs?|days?)\b)"
    r"|(?P<developer>developer|dev)|(?P<basic>basic))\b", re.IGNORECASE)

SEVERITY_SAYS = frozenset(stem(w) for w in ("support", "response", "responses", "severity",
                                            "case"))


def _named(pattern: re.Pattern, text: str) -> set[str]:
    return {m.lastgroup for m in pattern.finditer(text) if m.lastgroup}


def names_case_severity(text: str) -> bool:
    """Whether `text` names an AWS Support case severity ("prod down", "system impaired")."""
    return bool(_SEVERITY.search(text))


def says_support_response(fact: dict, query: str) -> bool:
    """Whether `fact` says the support response `query` asks of: it names a case severity,
    the severity the query names if any, and the plan the query names if any (in its line,
    the question or table header over it, or its heading)."""
    own = f"{fact.get('attribute') or ''} {fact.get('value') or ''}"
    severities = _named(_SEVERITY, own)
    if not severities:
        return False
    asked = _named(_SEVERITY, query)
    if asked and not asked & severities:
        return False
    plans = _named(_PLAN, _SEVERITY.sub(" ", query))
    if not plans:
        return True
    around = " ".join(str(fact.get(k) or "") for k in ("attribute", "value", "snippet",
                                                        "context", "section"))
    return plans <= _named(_PLAN, _SEVERITY.sub(" ", around))
