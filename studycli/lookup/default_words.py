"""The words that say a figure is a default, in the languages students write notes in, shared
by the checks that leave a line alone when it says one (answer._bound_only,
past_the_limit.py, range_for_default.py).
Not "standard" nor Portuguese "padrão": they name a class or a queue as often ("fila padrão"
is a Standard queue).
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

# English and its shorthands, German "Standardwert"/"voreingestellt", Spanish "por defecto",
# "predeterminado", French "par défaut"
DEFAULT_SAID = re.compile(r"\b(?:defaults?|def|dflt|initially|unset|standardwert|"
                          r"voreingestellt|defecto|predeterminad[oa]s?|d[ée]faut)\b",
                          re.IGNORECASE)
