"""A port asked, and a line whose every figure is a quantity of something: no port.

A port is a bare number ("daemon listens UDP 2000", "MySQL 3306", "port 2000 UDP", "GENEVE
6081"). Asked "mariadb default port rds", a line that lists MariaDB among the engines of
another figure ("up to 5 read replicas per DB (MySQL/PG/MariaDB)", "max storage
(MySQL/PG/MariaDB/Oracle): 64 TiB") names the engine and the notes' topic, but each of its
figures has a unit or counts the word written right after it: none of them is a port.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.note_numbers import numbers_with_units

PORT_WORDS = frozenset({"port", "ports"})
# a line that says a port or a protocol gives its ports as bare figures or not
_SAYS_PORT = re.compile(r"\b(?:ports?|tcp|udp|https?|nfs|ssh|rdp|smtps?|dns|tls|ssl|ftp|"
                        r"listeners?|inbound|outbound|ingress|egress)\b", re.IGNORECASE)
# a figure and the word right after it, a space between and nothing else ("5 read")
_FIGURE_WORD = re.compile(r"(?<![\w.,])(\d+(?:[,.]\d+)*)(?:[ \t]+([^\W\d_][\w-]*))?")


def no_port_figure(text: str, stopwords: frozenset[str]) -> bool:
    """Whether every figure of `text` has a unit (a size, a duration, a rate) or counts the
    lower-case word after it ("5 read replicas", not "2000 UDP", "3306 for MySQL"); False
    when it writes none."""
    if _SAYS_PORT.search(text or ""):
        return False  # "5432 default port", "NFS 2049 inbound", "HTTPS 443 listener": the
        # word after a port is no thing it counts
    found = _FIGURE_WORD.findall(text or "")
    if not found:
        return False
    for figure, word in found:
        read = numbers_with_units(f"{figure} {word}".strip())
        if read and read[0][1]:
            continue  # "64 TiB", "7 days"
        if not (word and word.islower() and len(word) > 2 and word not in stopwords):
            return False
    return True
