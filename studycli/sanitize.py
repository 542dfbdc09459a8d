"""Text from notes and file names made safe for a terminal: the one sanitizer every renderer uses.

A shared note is untrusted input. Printed raw, an escape sequence in it could clear the
screen, retitle the window, plant an OSC 8 link or write the clipboard (OSC 52), and a bidi
override could make a line read differently from what it says. Standard library only, so
the fast paths (lookup, quiz) can use it without importing Rich.

Whole escape sequences are removed (so no "[2J" debris is left behind); any other control
character (C0 except newline and tab, DEL, C1) and the bidi controls are removed too.
"""

from __future__ import annotations

import json
import re

_SEQUENCE = (
    r"\x1b\[[0-?]*[ -/]*[@-~]?"            # CSI (cursor, colour, clear screen)
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC (title, hyperlink, clipboard)
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"       # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"                    # other escapes (ESC c resets the terminal)
    r"|\x9b[0-?]*[ -/]*[@-~]?"              # 8-bit CSI
    r"|[\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # 8-bit OSC/DCS/SOS/PM/APC
)
_CONTROLS = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_UNSAFE = re.compile(f"{_SEQUENCE}|{_CONTROLS}")
# The characters json.dumps(ensure_ascii=False) leaves raw but a terminal may act on.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str) -> str:
    """`text` with every escape sequence, control character and bidi control removed
    (newlines and tabs are kept)."""
    return _UNSAFE.sub("", text) if _UNSAFE.search(text) else text


def is_safe(text: str) -> bool:
    return _UNSAFE.search(text) is None


def safe_json(data, **dumps_args) -> str:
    """JSON text that is safe to print: the data is unchanged (json.loads gives it back), but
    DEL, C1 and bidi controls are written as \\uXXXX escapes, as C0 controls already are."""
    text = json.dumps(data, ensure_ascii=False, **dumps_args)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
