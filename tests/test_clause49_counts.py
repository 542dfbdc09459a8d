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
