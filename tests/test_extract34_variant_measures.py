"""A one-word measure name that opens another subject's name of the same service names that
variant, not a measure: "Step Fn express max 5 min, standard 1 yr" gave Step Functions /
Express workflow / "standard" = 1 year, and a lookup of Express's maximum duration answered
Standard's 1 year (a new user, session 34). No fact is made of it; the statement stays."""

from studycli.extract import parse_note
from studycli.model import Fact, Kind
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


def test_a_measure_word_of_another_kind_still_reads():
    # "function" opens "function URL", "network" opens "network ACL": words of measures here,
    # not siblings of Lambda@Edge or a NAT gateway (a review found both dropped at first)
    kept = _quantities("# Lambda\n- Lambda@Edge: viewer 5 s, origin 30 s; function 1 MB\n"
                       "# VPC\n- NAT gateway: 5 Gbps base, network 45 Gbps\n")
    assert ("Lambda@Edge", "function", "1 MB") in kept, kept
    assert ("NAT gateway", "network", "45 Gbps") in kept, kept
    from studycli.extract.lost_cases import _names_only_its_case

    def fact(service: str, subject: str, attribute: str) -> Fact:
        return Fact(service=service, subject=subject, attribute=attribute,
                    kind=Kind.LIMIT, qualifier="", value="1 MB", number=2**20, unit="B",
                    source="n.md", line=1, snippet="")
    # a sibling of the subject's kind ("standard workflow" beside an Express workflow) is a
    # case named, not a measure; a word opening another kind's name ("function URL") is not
    assert _names_only_its_case(fact("Step Functions", "Express workflow", "standard"))
    assert not _names_only_its_case(fact("Lambda", "Lambda@Edge", "function"))


def test_a_lines_stale_claim_is_raised_only_onto_its_own_services_answer():
    from studycli.lookup.clause_answer import with_clause_currency

    def raised(service: str, claim: str, value: str) -> bool:
        hit = {"service": service, "value": value,
               "line_currency": {"status": "outdated", "claim": claim}}
        return (with_clause_currency(hit).get("currency") or {}).get("status") == "outdated"
    assert raised("SQS", "max payload for SQS is 256 KB", "256 KB")  # named mid-sentence
    assert not raised("SNS", "SQS message size: 256 KB", "256 KB")
    assert not raised("CloudWatch", "CloudWatch Logs retention: 30 days", "30 days")
