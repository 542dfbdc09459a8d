"""Pass 14: what the freshest development notes (unseen28-31) showed the parser misreading, each
in wordings of our own: a slash list of speeds, a read and a write throughput told apart, a
sheet pasted as quoted CSV, a later sentence's service, a practice journal's "why:" line, a
flow of services that skips Lambda."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import parsed_modes, parsed_quantities


def _facts(text: str, name: str = "note.md"):
    return parse_note(text, name).facts


_quantities = parsed_quantities
_modes = parsed_modes


def test_a_list_of_values_written_with_bare_slashes_is_read():
    facts = _quantities("## Hybrid links\n\n- Direct Connect ports come in 1/10/100 Gbps\n")
    assert [(s, v) for s, _, _, _, v in facts] == [("Direct Connect", "1/10/100 Gbps")]


def test_slashes_that_do_not_rise_are_no_list():
    # a date, a ratio: nothing is read from them
    assert _quantities("# EBS\n\n- checked 12/1/2026 GB pricing page\n") == []


def test_a_word_right_before_the_measure_narrows_it():
    facts = _quantities("# Kinesis Data Streams\n\n- per-shard write throughput: 1 MB/s\n"
                        "- per-shard read throughput: 2 MB/s\n")
    assert {(a, v) for _, _, a, _, v in facts} == {("write throughput", "1 MB/s"),
                                                  ("read throughput", "2 MB/s")}


_QUOTED_CSV = '''# Quotas I keep forgetting

## EventBridge

```
"Quota","Value","Comment"
"Max event size","256 KB","hard"
"Targets per rule","5","soft"
```

- rules match on event patterns
'''


def test_a_sheet_pasted_as_quoted_csv_is_a_table():
    facts = _quantities(_QUOTED_CSV)
    assert ("EventBridge", "", "event size", "max", "256 KB") in facts
    assert ("EventBridge", "", "targets (per rule)", "", "5 targets") in facts


def test_quoted_lines_of_different_widths_are_no_table():
    text = '# SQS\n\n"Delay","0 s"\n"Visibility timeout","30 s","max 12 h"\n'
    facts = _facts(text)
    statements = [f.value for f in facts if f.kind is Kind.FACT]
    assert statements and all(v.startswith('"') for v in statements)  # read as lines, as before


def test_a_clause_of_a_later_sentence_is_that_sentences_services():
    line = ("- **VPN** = IPsec over the internet, quick to set up. **Direct Connect** = private "
            "fibre, 1/10/100 Gbps, weeks to provision\n")
    facts = _quantities("# Hybrid connectivity\n\n" + line)
    assert [(s, v) for s, _, _, _, v in facts] == [("Direct Connect", "1/10/100 Gbps")]


_JOURNAL = """## Mock exam 3

Q5. Client sees 504 after 30 s while the backend Lambda runs 50 s. What now?
  ✗ raise the Lambda timeout
  ✓ return 202 at once and finish the work out of band
  why: API Gateway's integration timeout is 29 s max, the function's timeout does not matter
"""


def test_a_why_line_naming_a_service_is_that_services():
    facts = _quantities(_JOURNAL)
    assert ("API Gateway", "", "integration timeout", "max", "29 s") in facts
    assert not [f for f in facts if f[0] == "Lambda" and f[4] == "29 s"]


def test_a_flow_of_services_that_skips_lambda_names_no_invoker():
    text = ("# Lambda\n\n## Long jobs\n\n"
            "- go async instead: API Gateway → SQS → worker, caller polls a status URL\n")
    assert _modes(text) == set()


def test_a_list_of_invokers_still_gives_their_mode():
    text = "# Lambda\n\n- async invokers: S3, SNS, EventBridge\n"
    assert _modes(text) == {("S3", "asynchronous"), ("SNS", "asynchronous"),
                            ("EventBridge", "asynchronous")}


_SLIDES = """# Bootcamp day 3 (compute)

Slide 2 – Lambda limits
- Timeout up to 15 min
- Memory 128 MB to 10 GB

Slide 3 – what to remember
- cold starts hurt Java most
"""


def test_a_one_line_paragraph_right_above_a_list_gives_its_items_its_service():
    facts = _quantities(_SLIDES)
    assert ("Lambda", "", "execution timeout", "max", "15 min") in facts
    assert {f[0] for f in facts} == {"Lambda"}


def test_a_paragraph_about_two_things_gives_no_list_its_service():
    text = ("# Hybrid\n\nThe two of them: VPN and Direct Connect, from the video\n"
            "- tunnels up to 1.25 Gbps each\n")
    assert _quantities(text) == []


_MISTAKES = """## Mock 2

Q4. SQS message retention?
- I picked 7 days max. answer was 14 days max, default 4 days.
"""


def test_a_wrong_pick_states_no_limit():
    facts = _quantities(_MISTAKES)
    assert ("SQS", "", "retention period", "max", "14 days") in facts
    assert not [f for f in facts if f[4] == "7 days"]


def test_an_invocation_table_column_not_about_lambdas_handling_is_the_invokers():
    """A reviewer parsed '| API Gateway | synchronous | none | 29 s |' under '| Service |
    Invocation | Retries | Timeout |' and got 'Lambda execution timeout 29 s': the timeout is
    API Gateway's; only the retries are Lambda's handling of the row's events."""
    text = ("## How services invoke Lambda\n\n| Service | Invocation | Retries | Timeout |\n"
            "|---|---|---|---|\n| API Gateway | synchronous | none | 29 s |\n"
            "| S3 | asynchronous | 2 retries | - |\n| SNS | asynchronous | 2 retries | - |\n")
    quantities = _quantities(text)
    assert not [q for q in quantities if q[0] == "Lambda" and "29" in q[4]], quantities
    assert [q for q in quantities if q[0] == "API Gateway" and "29" in q[4]], quantities
    assert [q for q in quantities if q[0] == "Lambda" and q[4].startswith("2")], quantities



def test_a_pick_the_line_does_not_correct_keeps_its_numbers():
    """A reviewer: 'I picked SQS because it keeps messages up to 14 days.' lost its 14 days:
    a pick is a wrong one only where the line corrects it."""
    kept = _quantities("# SQS\n\nI picked SQS because it keeps messages up to 14 days.\n")
    assert [q for q in kept if q[0] == "SQS" and q[4] == "14 days"], kept
    dropped = _quantities("# RDS\n\nI picked 14 days max. answer was 35 days max\n")
    assert not [q for q in dropped if q[4] == "14 days"], dropped


def test_a_lead_line_naming_two_services_leads_neither_list():
    """"Unlike SQS, Kinesis keeps data in order." above "- max 365 days" gave SQS a 365-day
    retention maximum: the paragraph's service is one of two it names."""
    note = ("# Streams\n\nUnlike SQS, Kinesis keeps data in order.\n"
            "- retention 24 hours default\n- max 365 days\n")
    facts = parse_note(note, "n.md").facts
    assert not any(f.service == "SQS" and f.line in (4, 5) for f in facts), facts


def test_a_quoted_csv_with_a_space_after_each_comma_is_a_table():
    """The prefilter looked for '","' only, though the row pattern allows '", "': such a sheet
    gave no table and no fact."""
    facts = parse_note('# EventBridge\n\n"Item", "Value"\n"Targets per rule", "5"\n', "n.md").facts
    assert any(f.number == 5 and "target" in f.attribute for f in facts), facts
