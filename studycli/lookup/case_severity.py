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
(answer._topic). Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.text import stem

# The severities as notes shorten them: "business-critical system down", "biz/mission
# critical down", "prod down", "production system impaired", "sys impaired", "general
# guidance". A bare "critical" or "down" is not enough ("critical data", "scale down").
_SEVERITY = lazy_compile(
    r"\bcritical(?:\s+system)?\s+down\b"
    r"|\bprod(?:uction)?(?:\s+system)?\s+(?:down|impaired)\b"
    r"|\b(?:sys|system)\s+impaired\b"
    r"|\bgeneral\s+guidance\b", re.IGNORECASE)

SEVERITY_SAYS = frozenset(stem(w) for w in ("support", "response", "responses", "severity",
                                            "case"))


def names_case_severity(text: str) -> bool:
    """Whether `text` names an AWS Support case severity ("prod down", "system impaired")."""
    return bool(_SEVERITY.search(text))
