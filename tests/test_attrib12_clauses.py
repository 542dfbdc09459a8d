"""Values read under another clause's measure, or not read at all (pass 12 of the parser,
issues #10 and #8): a cheat sheet's clauses joined by "·" or "|", and a second value written
without its unit ("300 TPS w/o batching, 3000 with"). Lines here are written for the test."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.extract.quantities import find_quantities
from studycli.model import Kind


def _facts(text: str) -> list[tuple[str, str, str]]:
    return [(f.attribute, f.qualifier, f.value) for f in parse_note(text, "n.md").facts
            if f.kind is not Kind.FACT]


@pytest.mark.parametrize("sep", ["·", "•", "|"])
def test_a_clause_s_number_is_not_named_by_the_next_clause(sep):
    line = (f"Aurora — up to 15 read replicas {sep} failover under 30 s {sep} "
            f"storage grows to 128 TiB {sep} backtrack max 72 h\n")
    attributes = {a for a, _, _ in _facts(line)}
    # read as one clause, the 30 s was "failover storage" and the 72 h "grows backtrack"
    assert not any("storage" in a and "failover" in a for a in attributes)
    assert ("backtrack window", "max", "72 h") in _facts(line)


def test_a_dot_between_clauses_keeps_each_case_to_its_own_number():
    facts = _facts("S3 — largest object 5 TB · single upload max 5 GB · multipart advised "
                   "over 100 MB\n")
    assert not any(a.endswith("(multipart)") and v == "5 GB" for a, _, v in facts)
    assert not any(a.endswith("(single)") and v == "5 TB" for a, _, v in facts)


def test_avail_names_availability():
    assert ("availability", "", "99.9%") in _facts(
        "S3 Standard-IA — 99.9% avail · 11 9s durability\n")


def test_a_dot_inside_a_word_or_number_is_no_clause_break():
    # "·" glued to its neighbours is a middle dot in a name, not a separator
    assert ("memory", "max", "10,240 MB") in _facts("Lambda·fn — memory max 10,240 MB\n")


@pytest.mark.parametrize("line, first, second", [
    ("FIFO: 300 TPS w/o batching, 3000 with", "300 transactions/s", "3000 transactions/s"),
    ("it handles 300 messages per second alone, or 3,000 per second with batching",
     "300 messages/s", "3000 messages/s"),
    ("authorizer cache (default 300 s, max 3600)", "300 s", "3600 s"),
    ("topic publish rate 300 msg/s (9,000 w/ batching)", "300 messages/s", "9000 messages/s"),
])
def test_a_second_value_without_its_unit_takes_the_first_s(line, first, second):
    assert [q.value for q in find_quantities(line)] == [first, second]


def test_a_second_value_keeps_its_own_marker():
    found = find_quantities("TTL (default 300 s, max 3600)")
    assert [q.qualifier for q in found] == ["default", "max"]


@pytest.mark.parametrize("line, count", [
    ("100,000 topics per account, 12,500,000 subs per topic", 1),  # a noun of its own
    ("standard 4 KB, 10,000 params free", 1),
    ("batch size 10 MB (standard), 10 for FIFO", 1),
    ("300 msg/s, 3,000/s with batching", 1),      # a digit group is never cut short
    ("max 5 GB, 2023 was the year", 1),
    ("10,000 rps steady, 5,000 burst", 1),   # a burst is another measure than the rate
])
def test_a_bare_number_with_a_noun_or_more_digits_borrows_nothing(line, count):
    assert len(find_quantities(line)) == count


def test_the_two_values_get_their_own_cases():
    facts = _facts("## SQS\n\n- FIFO throughput 300 msg/s w/o batching, 3,000 w/ batching\n")
    by_value = {v: a for a, _, v in facts}
    assert by_value["300 messages/s"].endswith("(without batching)")
    assert by_value["3000 messages/s"].endswith("(with batching)")


@pytest.mark.parametrize("line, values", [
    ("prefix limits: 3,500 PUT/POST/DELETE and 5,500 GET/HEAD per second",
     ["3500 PUT/POST/DELETE requests/s", "5500 GET/HEAD requests/s"]),
    ("about 5,500 GET requests per second per prefix", ["5500 GET requests/s"]),
    ("S3 handles 3500 PUT / 5500 GET req/s", ["3500 PUT requests/s", "5500 GET requests/s"]),
])
def test_a_rate_named_by_its_operations_is_read(line, values):
    assert [q.value for q in find_quantities(line)] == values


@pytest.mark.parametrize("line", [
    "GET /items returns 200 items",          # a status, a count: no rate
    "you get 5 buckets per region",
    "PUT 5 GB max in one request",
])
def test_an_operation_name_alone_makes_no_rate(line):
    assert not any("requests/s" in q.value for q in find_quantities(line))


def test_each_operation_rate_keeps_its_own_case():
    facts = _facts("## S3\n\n- per prefix: 3,500 PUT/COPY and 5,500 GET/HEAD per sec\n")
    by_value = {v: a for a, _, v in facts}
    assert by_value["3500 PUT/COPY requests/s"].endswith("(put)")
    assert by_value["5500 GET/HEAD requests/s"].endswith("(get)")


@pytest.mark.parametrize("line, value", [
    ("IAM roles per account: 1,000", "1000 roles"),
    ("targets per rule = 5 max", "5 targets"),
    ("S3 buckets per account: 100 by default", "100 buckets"),
    ("- alarms per region: 5,000 (soft)", "5000 alarms"),
])
def test_a_count_labelled_before_its_number_is_read(line, value):
    assert [q.value for q in find_quantities(line)] == [value]


@pytest.mark.parametrize("line", [
    "requests per second: 10,000",        # per a span of time: a rate, no count
    "scales per prefix: 3,500 writes",    # a noun of its own after the number
    "notes per topic: 12",                # no noun the scanner counts
])
def test_a_label_that_is_no_counted_noun_makes_no_count(line):
    assert not any(q.dimension == "count" and not q.value.endswith("writes")
                   for q in find_quantities(line))
