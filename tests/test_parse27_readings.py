"""Session 27 (parse27): every fact-bearing line read, filed under the right subject and
measure. A kind said before a counted thing or a measure ("managed policies", "inline policy
size for a role") is kept; values in clauses of their own are told apart by their kinds; a
plain-text note's title line is the service of the lines under it; a scan's misread service
name is read; a yes/no question states no value; an edge function's
label owns the values after it; a Glacier retrieval time is no minimum storage duration; a
range a hard wrap broke gives no value of either end. Lines written for the test, in wording
the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.model import Kind

from .helpers import ingest_text, json_out, run_here


def _facts(text: str, name: str = "n.md"):
    return [f for f in parse_note(as_markdown(text, "." + name.rsplit(".", 1)[1]), name).facts
            if f.kind is not Kind.FACT]


def _read(text: str, name: str = "n.md") -> set[tuple[str, str, str, str, str]]:
    return {(f.service, f.subject, f.attribute, f.qualifier, f.value)
            for f in _facts(text, name)}


# --- a kind said before what is counted or measured ---

def test_managed_policies_counted_per_role_keep_their_kind():
    facts = _read("## IAM quotas\n- customer managed policies linked per role: 10 by default\n")
    assert ("IAM", "", "customer managed policies (per role)", "default",
            "10 customer managed policies") in facts


def test_a_plural_kind_before_a_bound_is_kept_too():
    facts = _read("## IAM\n- managed policies per principal max 10\n")
    assert any(f[2].startswith("managed policies") and f[4] == "10 managed policies"
               for f in facts)


def test_an_inline_policy_size_for_a_role_keeps_kind_and_whose_it_is():
    facts = _read("## IAM\n- an inline policy size for a role is 10,240 characters\n")
    assert ("IAM", "", "inline policy size (role)", "", "10,240 characters") in facts


def test_a_kind_is_kept_only_for_a_lines_one_value_of_its_measure():
    # beside a second interval, "standard" would tell them apart only with the other's "fast"
    facts = _read("## Route 53\n- standard interval is 30 seconds, or fast is 10 seconds\n")
    assert not any(f[2].startswith("standard") for f in facts)


def test_values_in_clauses_of_their_own_are_told_apart_by_their_kinds():
    facts = _read("## IAM\n- sizes: managed policy 6,144 chars; inline on a group 5,120 chars\n")
    assert ("IAM", "", "policy size (managed)", "", "6144 characters") in facts
    assert ("IAM", "", "policy size (inline group)", "", "5120 characters") in facts


def test_clauses_without_a_kind_are_still_not_told_apart():
    facts = _read("## S3\n- upload: chunk 5 MB; object 5 TB\n")
    assert not any("(" in f[2] for f in facts)


# --- a plain-text note's titles ---

PLAIN = ("study log, week 3\n\nVPC\n  subnets reserve 5 IPs each\n  peering is not transitive\n\n"
         "SQS\n- retention max 14 days\n")


def test_a_title_line_alone_is_the_service_of_the_indented_lines_under_it():
    facts = _facts(PLAIN, "notes.txt")
    reserved = [f for f in facts if f.value.startswith("5 IP")]
    assert [(f.service, f.line) for f in reserved] == [("VPC", 4)]  # was cited at line 3


def test_a_title_is_no_section_where_text_at_the_margin_follows_its_items():
    text = ("intro\n\nLambda\n  - memory max 10,240 MB\n\nSQS keeps messages 4 days by default\n"
            "retention max 14 days\n")
    facts = _facts(text, "notes.txt")
    assert {f.service for f in facts if f.value == "14 days"} == {"SQS"}


def test_a_title_naming_no_service_closes_the_section_above_it():
    text = ("STORAGE GATEWAY\n  - cached volumes up to 32 TiB each\n\nMISC\n"
            "  - something at most 1,000,000 IOPS\n")
    facts = _facts(text, "notes.txt")
    assert not any(f.service == "Storage Gateway" and f.value == "1,000,000 IOPS" for f in facts)


def test_a_titles_part_stays_in_the_service_section():
    text = "intro\n\nLAMBDA\n  - runs code\n\nLIMITS\n  timeout max 15 min\n"
    assert ("Lambda", "", "execution timeout", "max", "15 min") in _read(text, "notes.txt")


# --- a scan's misreadings ---

def test_a_misread_service_title_is_read_as_the_service():
    text = "SCAN p. 3\nLAMBCLA - compute\n=========\n\nLIMITS\n  timeout: default 3 sec\n"
    assert ("Lambda", "", "execution timeout", "default", "3 s") in _read(text, "scan.txt")


def test_a_misread_attribute_word_is_read_as_the_word():
    facts = _read("## Lambda\n- rnemory: 128 MB -> 10,240 MB\n")
    assert ("Lambda", "", "memory", "max", "10,240 MB") in facts


def test_a_real_word_with_the_letters_is_left_alone():
    from studycli.notes.ocr_confusions import misread

    assert misread("return") is None and misread("include") is None
    assert misread("Lambcla") == "lambda"


# --- questions ---

def test_a_yes_no_question_states_no_value():
    """"can lambda run 30 min?", read as a fact, answered "lambda duration" with 30 min (AWS
    says 15): a student's yes/no question is no claim (reviewer of parse27)."""
    assert not _read("## Lambda\n- can a function run 30 min?\n")
    assert not _read("## SQS\n- does a queue hold messages 14 days?\n")


def test_a_helper_verb_inside_the_question_still_asks():
    facts = _read("## VPC\nStudent: NAT gateway bandwidth is 10 Gbps max?\n"
                  "Teacher: it starts at 5 Gbps and scales up to 100 Gbps.\n")
    assert not any(f[4] == "10 Gbps" for f in facts)


def test_a_question_between_two_values_states_neither():
    assert not _read("## Lambda\n- is the timeout 5 min or 15 min?\n")


# --- edge functions ---

def test_a_label_of_cloudfront_functions_owns_its_millisecond():
    facts = _read("## Edge compute\n- L@E vs CF Functions: CF Functions = JS, < 1 ms. "
                  "L@E = up to 5 s viewer / 30 s origin\n")
    owners = {f[4]: (f[0], f[1]) for f in facts}
    assert owners["1 ms"] == ("CloudFront", "CloudFront Functions")
    assert owners["5 s"] == owners["30 s"] == ("Lambda", "Lambda@Edge")
    cases = {f[4]: f[2] for f in facts}
    assert cases["5 s"].endswith("(viewer trigger)") and cases["30 s"].endswith("(origin trigger)")


def test_a_part_label_alone_does_not_move_the_line_to_another_service():
    """Under "## CloudFormation", "CF functions: ..." names CloudFormation's intrinsic
    functions: only a line setting two services' parts side by side moves a value."""
    facts = _read("## CloudFormation\n- CF functions: Fn::GetAtt, Fn::Sub, max 60 parameters "
                  "per template\n")
    assert facts and {f[0] for f in facts} == {"CloudFormation"}


def test_a_kind_the_reference_does_not_count_apart_is_not_kept():
    """"scheduled rules per bus: 100" kept as "scheduled rules" no longer met the reference's
    rules-per-bus entry, and check stopped calling the 100 outdated (AWS: 300)."""
    facts = _read("## EventBridge\n- scheduled rules per bus: 100\n")
    assert any(f[2].startswith("rules") and f[4].startswith("100") for f in facts), facts


def test_a_name_in_a_sentence_is_no_label():
    facts = _read("## Lambda\n- ESM batch size SQS: default 10, max 10,000\n")
    assert {f[0] for f in facts} == {"Lambda"}


# --- Glacier ---

def test_a_retrieval_time_is_no_minimum_storage_duration():
    facts = _read("## S3\n- Deep Archive: min storage duration 180 days, "
                  "bulk restore up to 48 hours\n")
    attributes = {f[4]: f[2] for f in facts}
    assert attributes["180 days"] == "minimum storage duration"
    assert attributes["48 h"] == "retrieval time"


# --- a range broken by a hard wrap ---

def test_a_range_broken_over_two_lines_is_read_whole():
    # (session 27 kept neither end, each alone on its line a false bound; session 28 joins
    # the wrapped line, notes/blocks._wraps: the range, its bounds, on the line it starts on)
    text = "## API Gateway\ncache: TTL 300 s default, size 0.5 GB -\n 237 GB\n"
    got = {(f[3], f[4]) for f in _read(text)}
    assert ("default", "300 s") in got and ("range", "0.5–237 GB") in got
    assert ("min", "0.5 GB") in got and ("max", "237 GB") in got


# --- through the CLI ---

def test_lookup_finds_an_inline_role_policy_size_from_a_semicolon_line(tmp_path):
    _, db, _ = ingest_text(
        tmp_path, "# IAM\n\n- policy size: managed policy 6,144 chars; inline on a role "
                  "10,240 chars\n", "iam.md")
    found = json_out(run_here("facts", "--service", "IAM", "--json", db=db))
    attributes = {f["attribute"]: f["value"] for f in found}
    assert attributes.get("policy size (inline role)") == "10,240 characters"
    assert attributes.get("policy size (managed)") == "6144 characters"
