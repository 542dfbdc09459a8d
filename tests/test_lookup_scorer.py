"""The evaluation's scoring rule (tests/lookup_scorer.py): a right answer in another unit form
is a hit, a digit inside another number or a word inside another word is not."""

from __future__ import annotations

import pytest

from tests.lookup_scorer import holds, old_holds


def hit(value: str, snippet: str = "", number: float | None = None, kind: str = "limit") -> dict:
    return {"value": value, "snippet": snippet or value, "number": number, "kind": kind}


@pytest.mark.parametrize("value,expected", [
    ("1 s – 7 days", "1 second to 7 days"),   # a range in other unit words
    ("15 min", "900 seconds"),                 # the same duration in seconds
    ("15 min", "900"),                         # a bare number in another unit of the dimension
    ("10 GB", "10,240"),                       # 10,240 MB
    ("3000 RCUs", "3,000"),                    # thousands separator on one side only
    ("86,400 s", "24 h"),
    ("0 s – 12 h", "12 hours"),                # a range holds its ends
    ("1 MB/s", "1 mb"),                        # the expectation dropped "/s"
    ("60–900 s", "60-900"),                    # dashes unified
    ("APIGW 10k rps / 5k burst", "5k"),
    ("Synchronous (RequestResponse)", "sync"),  # a word runs on: "sync" -> "synchronous"
    ("throttled by API Gateway", "throttl"),   # a stem runs on
])
def test_holds(value, expected):
    assert holds(hit(value), [expected])


@pytest.mark.parametrize("value,expected", [
    ("10 s", "1"),                             # a digit inside another number
    ("10,000 messages", "10"),
    ("asynchronous", "sync"),                  # a word inside another word
    ("256 KB", "256 MB"),                      # same number, other size
    ("4 days", "14 days"),
    ("5 min – 1 day", "1 hour"),               # inside a range is not an end of it
    ("1 MB", "1 MB/s"),                        # a size does not hold a rate
])
def test_does_not_hold(value, expected):
    assert not holds(hit(value), [expected])


def test_old_rule_differs_where_it_was_unfair():
    assert not old_holds("15 min", ["900"]) and holds(hit("15 min"), ["900"])
    assert old_holds("10 s", ["1"]) and not holds(hit("10 s"), ["1"])
    assert not old_holds("synchronous", ["sync"]) and holds(hit("synchronous"), ["sync"])


def test_words_of_the_own_clause_of_the_note_line_count_a_quantity_does_not():
    line = "- 429 Too Many Requests -> throttled, back off; 3,000 IOPS and 125 MB/s"
    code = {"value": "429: Too Many Requests", "snippet": line, "number": None,
            "kind": "error_code"}
    assert holds(code, ["throttl"])
    iops = {"value": "3000 IOPS", "snippet": line, "number": 3000.0, "kind": "limit"}
    assert not holds(iops, ["125 MB/s"])
    other = {"value": "5 s", "snippet": "timeout 5 s; cognito retries 3 times", "number": 5.0,
             "kind": "limit"}
    assert not holds(other, ["retries"])


@pytest.mark.parametrize("value,expected,held", [
    ("14 days", "14 nap", True),          # Hungarian, read in a Hungarian note only
    ("14 days", "14 na araw", True),      # Tagalog, the linker before the unit
    ("15 min", "dakika 15", True),        # Swahili, the unit before the number
    ("24 h", "24 oras", True),
    ("14 h", "14 nap", False),            # the unit still compared
    ("10 h", "10 saat", False),           # seconds in Malay, hours in Turkish: not read
    ("10 s", "10 saat", False),
])
def test_an_expectation_in_a_notes_own_unit_words_is_read_in_english(value, expected, held):
    assert holds(hit(value), [expected]) is held
