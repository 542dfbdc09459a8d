"""Speech's "megs" and "gigs" after a figure: "one twenty eight megs" of memory is 128 MB, but
"a hundred gigs" of a network link is 100 gigabits a second (networking says "gig" for a
gigabit). So "N megs"/"N gigs" is written "N MB"/"N GB" only on a line that names a size
(memory, storage, an object, a volume, a package, a payload, a shard, a gp3 volume ...; a rate
per second names none), and never on a line about a network link (bandwidth, connections,
Direct Connect, VPN, a NAT gateway, ENA, a tunnel, a placement group, EFA): there it stays
"gigs", a word no unit reader knows, so no figure rather than a wrong one. Line by line, in
digits notes and dictated ones alike."""

from __future__ import annotations

import re

_SLANG = re.compile(r"\d([ \t]*)(meg|gig)s?\b")  # matched in the lower case
_SIZE_WORDS = re.compile(
    r"\b(?:memory|ram|storage|stored|objects?|volumes?|cache|packages?|images?|disks?|sizes?|"
    r"files?|uploads?|payloads?|items?|ephemeral|tmp|free[ \t]+tier|zip(?:ped)?|unzipped|"
    r"layers?|heap|buffers?|snapshots?|buckets?|records?|messages?|msgs?|parts?|ebs|efs|s3|"
    r"databases?|documents?|attachments?|logs?|shards?|gp[23]|io[12]|st1|sc1)\b")
_NETWORK_WORDS = re.compile(
    r"\b(?:bandwidth|connections?|connect|network(?:ing)?|vpn|nat|ena|transit|tunnels?|links?|"
    r"ports?|dedicated|hosted|ethernet|internet|lag|bits?|gbps|mbps|gigabits?|megabits?|"
    r"placement|efa|between[ \t]+instances)\b")


def sizes_said(text: str, low: str) -> str:
    """`text` with each "N megs"/"N gigs" on a line about a size written "N MB"/"N GB";
    `low` is `text` lowered, of the same length."""
    if "meg" not in low and "gig" not in low:
        return text
    out: list[str] = []
    done = 0
    for m in _SLANG.finditer(low):
        if _a_size(m, low):
            unit = "MB" if m.group(2) == "meg" else "GB"
            out += (text[done:m.start() + 1], m.group(1) or " ", unit)
            done = m.end()
    return "".join(out) + text[done:] if out else text


def _a_size(m: re.Match[str], low: str) -> bool:
    """Whether the line of `m` names a size (or a rate of one) and no network link."""
    start = low.rfind("\n", 0, m.start()) + 1
    end = low.find("\n", m.end())
    line = low[start:end if end >= 0 else len(low)]
    if _NETWORK_WORDS.search(line):
        return False
    # a rate per second names no size: "10 gigs per second between instances" (a cluster
    # placement group's network) is gigabits
    return bool(_SIZE_WORDS.search(line))
