"""Which figure of a line belongs to which setting (clause49, issue 10): a list of counts each
naming what it counts ("20 GSIs, 5 LSIs") gives each count its own setting. A comma after a
figure had made the next one "the same setting again" (extract/limits._restates), so the 5
LSIs were filed as a count of GSIs (then dropped as clashing with the 20, or kept under the
subject "GSI") and "how many lsi per table" found no answer of its own."""

import pytest

from studycli.extract import parse_note
from studycli.lookup import lookup
from tests.helpers import notes_fixture


def _counts(text: str) -> dict[str, set[tuple[str, str]]]:
    """Each count's value: the (attribute, subject) pairs the parser files it under."""
    out: dict[str, set[tuple[str, str]]] = {}
    for f in parse_note(text, "n.md").facts:
        if f.unit == "count":
            out.setdefault(f.value, set()).add((f.attribute, f.subject))
    return out


@pytest.mark.parametrize("line", [
    "- DynamoDB: item 400 KB, partition key 2048 B, 20 GSIs, 5 LSIs",
    "- max 20 GSIs, 5 LSIs per table",
    "- 5 LSIs, 20 GSIs",
    "- limits: 20 GSIs; 5 LSIs",
])
def test_each_count_of_a_list_is_a_count_of_its_own_noun(line):
    counts = _counts(f"# DynamoDB\n\n{line}\n")
    assert {a.split(" (")[0] for a, _ in counts["20 GSIs"]} == {"gsis"}
    assert {a.split(" (")[0] for a, _ in counts["5 LSIs"]} == {"lsis"}
    # the GSIs counted before are no subject of the LSIs
    assert all(s != "GSI" for _, s in counts["5 LSIs"])


@pytest.mark.parametrize("line, value, attribute", [
    # one noun spelt two ways, or a bound of the same count, is still the same setting
    ("- SQS batch: 10 msgs, max 10 messages", "10 messages", "batch size"),
    ("- Lambda layers: 5 layers (max 5 layers)", "5 layers", "layers"),
])
def test_a_count_said_again_stays_its_settings(line, value, attribute):
    counts = _counts(f"# Notes\n\n{line}\n")
    assert {a for a, _ in counts[value]} == {attribute}


dynamodb = notes_fixture(
    "# DynamoDB\n\n- DynamoDB: item 400 KB, partition key 2048 B, 20 GSIs, 5 LSIs\n")


@pytest.mark.parametrize("query, answer", [
    ("how many lsis in dynamodb", "5 LSIs"),
    ("how many gsis in dynamodb", "20 GSIs"),
])
def test_lookup_answers_each_count_of_a_list(dynamodb, query, answer):
    # the count's own fact, not only its line's clause read as a statement
    first = lookup(dynamodb, query, limit=3).to_json()[0]
    assert (first["value"], first["kind"]) == (answer, "limit")


def _named(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in parse_note(text, "n.md").facts:
        if f.kind != "fact":
            out.setdefault(f.value, set()).add(f.attribute)
    return out


@pytest.mark.parametrize("line, value, wrong", [
    # each figure named by a measure's word after it: the memory's setting is not the
    # package's, as the line's second figure had taken it ("memory (package)")
    ("- Lambda@Edge origin triggers: 30 s timeout, up to 10,240 MB memory, 50 MB package",
     "50 MB", "memory"),
    ("- Lambda: 10 GB RAM, 250 MB unzipped", "250 MB", "memory"),
    ("- CF Functions: JS only, < 1 ms, 2 MB mem, 10 KB pkg", "10 KB", "memory"),
])
def test_a_figure_named_after_itself_does_not_take_the_setting_before_it(line, value, wrong):
    named = _named(f"# Notes\n\n{line}\n")
    assert value in named
    assert not any(a.startswith(wrong) for a in named[value])


@pytest.mark.parametrize("line, cases", [
    # a word after a figure that names no measure is a case of the one setting
    ("- CFN template body 51,200 bytes direct, 1 MB via S3",
     {"51,200 bytes": "template body (direct)", "1 MB": "template body (s3)"}),
    ("- Deep Archive: 12 h standard, 48 h bulk",
     {"12 h": "retrieval time (standard)", "48 h": "retrieval time (bulk)"}),
])
def test_a_case_after_a_figure_keeps_the_setting(line, cases):
    named = _named(f"# Notes\n\n{line}\n")
    for value, attribute in cases.items():
        assert attribute in named[value]


@pytest.mark.parametrize("line", [
    # a word after the second figure that dates it ("now", "today", "before") makes the two
    # the old and the new value of one setting: the old 3 GB had been filed as the memory
    # limit and the new 10 GB as a bare "size"
    "- Lambda: 3 GB memory, 10 GB now",
    "- Lambda: 3008 MB memory, 10240 MB today",
    "- Lambda: 10,240 MB memory, 3,008 MB before",
])
def test_a_dated_figure_is_no_setting_of_its_own(line):
    named = _named(f"# Lambda\n\n{line}\n")
    assert not any(a == "memory" or a == "size" for attributes in named.values()
                   for a in attributes)


lambda_memory = notes_fixture("# Lambda\n\n- Lambda: 3 GB memory, 10 GB now\n")


def test_lookup_does_not_state_the_old_memory_as_the_limit(lambda_memory):
    hits = lookup(lambda_memory, "lambda max memory", limit=3).to_json()
    assert not any(h["kind"] == "limit" and h["value"] == "3 GB" for h in hits)
