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

from studycli.lazy_regex import lazy_compile
from studycli.note_numbers import numbers_with_units

PORT_WORDS = frozenset({"port", "ports"})
# a port or a protocol word: a figure beside one is a port
_SAYS_PORT = lazy_compile(r"(?:ports?|tcp|udp|https?|nfs|ssh|rdp|smtps?|dns|tls|ssl|ftp|"
                          r"listeners?|inbound|outbound|ingress|egress)", re.IGNORECASE)
# a figure and the word right after it, a space between and nothing else ("5 read")
_FIGURE_WORD = lazy_compile(r"(?<![\w.,])(\d+(?:[,.]\d+)*)(?:[ \t]+([^\W\d_][\w-]*))?")


def no_port_figure(text: str, stopwords: frozenset[str]) -> bool:
    """Whether every figure of `text` has a unit (a size, a duration, a rate) or counts the
    lower-case word after it ("5 read replicas", not "2000 UDP", "3306 for MySQL"); False
    when it writes none. A figure with a port or protocol word beside it ("5432 default port",
    "NFS 2049 inbound", "HTTPS 443 listener") is a port whatever word follows it; one such
    word elsewhere on the line ("15 read replicas, TLS in transit") makes no figure a port."""
    text = text or ""
    found = list(_FIGURE_WORD.finditer(text))
    if not found:
        return False
    for m in found:
        figure, word = m.group(1), m.group(2)
        if _beside_port_word(text, m):
            return False
        read = numbers_with_units(f"{figure} {word}".strip() if word else figure)
        if read and read[0][1]:
            continue  # "64 TiB", "7 days"
        if not (word and word.islower() and len(word) > 2 and word not in stopwords):
            return False
    return True


def _beside_port_word(text: str, m: re.Match[str]) -> bool:
    """Whether a port or protocol word is among the two words before the figure or the two
    after it ("port 5439", "NFS 2049", "5432 default port")."""
    before = _WORD.findall(text[max(0, m.start() - 40):m.start()])[-2:]
    after = _WORD.findall(text[m.end(1):m.end(1) + 40])[:2]
    return any(_SAYS_PORT.fullmatch(w) for w in before + after)


_WORD = lazy_compile(r"[A-Za-z]+")
