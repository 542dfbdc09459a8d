"""Moved to studycli.sanitize (lookup uses it too, and lookup does not import the UI).

TEMPORARY (issue 11): kept so that branches written against the old path still import; the
lead removes this module once they are merged.
"""

from studycli.sanitize import is_safe, safe_json, safe_text

__all__ = ["is_safe", "safe_json", "safe_text"]
