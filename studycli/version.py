"""The installed version (pyproject.toml's), for `studycli --version`."""

from __future__ import annotations


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("studycli")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed)"
