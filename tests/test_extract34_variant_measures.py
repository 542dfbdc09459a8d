"""A one-word measure name that opens another subject's name of the same service names that
variant, not a measure: "Step Fn express max 5 min, standard 1 yr" gave Step Functions /
Express workflow / "standard" = 1 year, and a lookup of Express's maximum duration answered
Standard's 1 year (a new user, session 34). No fact is made of it; the statement stays."""

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import run_here


def _quantities(text: str) -> list[tuple[str, str, str]]:
    return [(f.subject, f.attribute, f.value) for f in parse_note(text, "n.txt").facts
            if f.kind is not Kind.FACT]


def test_a_variant_read_as_a_measure_makes_no_fact(tmp_path):
    assert not any(v == "1 year" for _s, _a, v in
                   _quantities("Step Fn express max 5 min, standard 1 yr\n"))
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "week2.txt").write_text("Step Fn express max 5 min, standard 1 yr\n")
    db = tmp_path / "w.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    out = run_here("lookup", "step functions express max duration", db=db).stdout
    assert not out.startswith("1 year"), out


def test_a_variant_that_is_the_facts_own_subject_or_a_count_of_it_still_reads():
    # the fact's own subject named again, and a measure that only shares a word, stay facts
    own = _quantities("# Step Functions\n- Standard workflow max duration 1 year\n")
    assert ("Standard workflow", "execution duration", "1 year") in own or \
        any(v == "1 year" for _s, _a, v in own), own
    versions = _quantities("# Lambda\n- alias: max 2 versions, weighted routing\n")
    assert any(v == "2 versions" for _s, _a, v in versions), versions
