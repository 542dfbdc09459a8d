"""Which services each reference file holds, kept between runs.

A load of some services' entries (`load_reference(services=...)`: a lookup that finds no
answer shows what the AWS docs say, the card sync asks a fact's service alone) reads only
the files that hold them. Telling which those are read every one of the ~50 files and ran
two patterns over its text in every process: ~8 ms of CPU of such a lookup's ~150 ms, ~10 ms
of an ingest's. The answer depends only on the files' texts and this module's code, so it is
kept in the cache folder (paths.kept_value) under the files' stamps (name, modification time
in ns, size), this module's stamp and the Python release: an edited, added or removed file,
or an edit of this code, builds it again; a damaged copy is never trusted. A stamp is not the
text (other kept results key on a digest of it): a file written since this process started
(paths.written_since_start, within the stamps' clock) may be edited again under the same
stamp, so such a process builds the index and keeps nothing, as the lexicon's tables.
"""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache

from studycli.lazy_regex import lazy_compile

_SERVICE_LINE = lazy_compile(r'^\s*service\s*=\s*"([^"]*)"', re.MULTILINE)
# An entry's `claim_services = ["Support", "Trusted Advisor"]`: its patterns are also tried on
# those services' lines, so a file holding one is read for them too.
_CLAIM_SERVICES_LINE = lazy_compile(r'^\s*claim_services\s*=\s*\[([^\]]*)\]', re.MULTILINE)

UNREADABLE = "*"  # a file that cannot be read holds any service: its parse reports it


def services_in(path: str) -> frozenset[str]:
    """The services a file's entries name (lower case), read with a regex rather than a TOML
    parse."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError):
        return frozenset({UNREADABLE})
    named = [m.lower() for m in _SERVICE_LINE.findall(text)]
    for listed in _CLAIM_SERVICES_LINE.findall(text):
        named += [m.lower() for m in re.findall(r'"([^"]*)"', listed)]
    return frozenset(named)


@lru_cache(maxsize=8)
def services_by_file(directory: str, stamps: tuple[tuple[str, int, int], ...]
                     ) -> dict[str, frozenset[str]]:
    """File name -> the services its entries name, for every file of `stamps` (the
    reference's (name, mtime, size), paths.reference_stamps) in `directory`."""
    from studycli.paths import file_stamp, kept_value, written_since_start

    folder = os.path.join(directory, "")

    def build() -> dict[str, list[str]]:
        return {name: sorted(services_in(folder + name)) for name, _mtime, _size in stamps}

    code = file_stamp(__file__)
    mtimes = [m for _name, m, _size in stamps] + ([code[0]] if code else [])
    if written_since_start(mtimes_ns=mtimes):
        return {name: frozenset(services) for name, services in build().items()}
    stamp = (sys.hexversion, folder, stamps, code)
    tag = sys.implementation.cache_tag or "py"
    kept = kept_value(f"reference-services-{tag}", stamp, build)
    return {name: frozenset(services) for name, services in kept.items()}
