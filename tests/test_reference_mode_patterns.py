"""A claim pattern for "synchronous" must not meet "asynchronous": the event source mapping
entry's supported_by did, so a line "asynchronously ... event source mapping" was vouched for
as saying the mapping invokes synchronously (questions15's finding)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

LAMBDA = Path(__file__).resolve().parent.parent / "data" / "reference" / "lambda.toml"


def _entry(entry_id: str) -> dict:
    entries = tomllib.loads(LAMBDA.read_text(encoding="utf-8"))["entry"]
    return next(e for e in entries if e["id"] == entry_id)


def test_synchronous_patterns_do_not_meet_asynchronous():
    entry = _entry("lambda.event-source-mapping.invocation")
    lines = ["S3 and SNS invoke Lambda asynchronously; SQS and Kinesis use an event source mapping",
             "event source mapping -> Lambda invoked asynchronously? no"]
    for pattern in entry["supported_by"]:
        assert not any(re.search(pattern, line, re.I) for line in lines), pattern
    assert any(re.search(p, "an event source mapping invokes the function synchronously", re.I)
               for p in entry["supported_by"])
