"""Attribution, pass 4: OneNote "o" levels, placement-group members after "=", EC2 purchase
options as subjects, a choice of terms, quoted scenarios, Snow Family capacities, error-code
meanings. Lines written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _quantities(text: str, name: str = "n.md"):
    return [f for f in parse_note(text, name).facts if f.kind is not Kind.FACT]


def test_an_o_item_under_a_deeper_glyph_line_is_its_own_line():
    text = ("Billing notes\n\n• Compute\n"
            "\t• Ways to pay for EC2\n"
            "\t\to Reserved Instances — 3 yr term, big discount\n"
            "\t\t\t▪ Convertible RI lets you swap families\n"
            "\t\to Spot Instances — up to 90% off\n"
            "• Storage\n")
    by_line = {f.line: f.value for f in parse_note(text, "billing.txt").facts
               if f.kind is Kind.FACT}
    # the Spot line is not glued to the ▪ line above it as its wrapped continuation
    assert by_line.get(6) == "Convertible RI lets you swap families"
    assert by_line.get(7, "").startswith("Spot Instances")


def test_an_o_line_under_plain_text_stays_with_its_heading_service():
    text = ("Notes\n\n• misc\n\nSQS again (got this wrong)\n"
            "      o visibility timeout: 30 s (default), up to 12 h\n")
    quantities = _quantities(text, "again.txt")
    assert quantities and {f.service for f in quantities} == {"SQS"}


def test_a_group_member_labelled_with_an_equals_sign_is_the_subject():
    text = "## EC2\n- Placement groups\n  - partition = at most 7 partitions per AZ\n"
    assert {f.subject for f in _quantities(text)} == {"partition placement group"}


def test_a_purchase_option_named_on_the_line_is_the_subject():
    text = "## EC2\n- Savings Plans - commitment in $/hour, up to 72%\n"
    percent = [f for f in _quantities(text) if f.value == "72%"]
    assert percent and percent[0].subject == "Savings Plans"


def test_a_choice_of_two_terms_is_no_limit():
    for line in ("- Reserved Instances: pick 1 or 3 years, paid upfront or not",
                 "- commit for either 1 or 3 yrs to a Savings Plan"):
        assert not [f for f in _quantities("## EC2\n" + line + "\n") if "year" in f.value]
    # a single term stays
    assert [f for f in _quantities("## EC2\n- Reserved Instances term: up to 3 years\n")
            if f.value == "3 years"]


def test_a_quoted_exam_scenario_gives_no_limit():
    text = ('## EC2\n- "steady web tier that must run for 3 years" -> Savings Plans or '
            'Reserved Instances\n')
    assert not _quantities(text)


def test_snow_family_sizes_are_storage_capacities_not_file_sizes():
    text = ("## Cloud tech\n- storage options: S3, EFS (file shares), Snow Family\n"
            "  - Snowcone 8 TB, Snowball Edge 80 TB\n")
    attributes = {f.value: f.attribute for f in _quantities(text)}
    assert attributes.get("80 TB", "").startswith("storage capacity")
    assert attributes.get("8 TB", "").startswith("storage capacity")


def test_an_imperative_sentence_after_a_code_is_no_name_for_it():
    text = "## S3\n- error codes\n  - SlowDown 503 Retry your request later.\n"
    codes = [f for f in _quantities(text) if f.kind is Kind.ERROR_CODE]
    assert not any(f.value == "Retry" for f in codes)
    named = "## S3\n- error codes: 503 Slow Down means you exceed the prefix request rate\n"
    assert any(f.attribute == "503" and f.value.startswith("Slow Down")
               for f in _quantities(named))


def test_an_exception_name_cut_out_of_a_sentence_leaves_no_meaning():
    text = ("## Secrets Manager\nIf your app calls it too often you will get a "
            "ThrottlingException, so cache the secret in the client.\n")
    assert not [f for f in _quantities(text) if f.attribute == "ThrottlingException"]
    whole = "## Lambda\n- TooManyRequestsException: the function's concurrency is used up\n"
    assert [f for f in _quantities(whole) if f.attribute == "TooManyRequestsException"]


def test_a_glacier_retrieval_tier_is_the_case_of_a_retrieval_time():
    text = ("## S3\n- Glacier Flexible Retrieval restores: expedited 2-5 min, bulk 5-12 hours\n"
            "- Glacier Deep Archive restore: standard within 12 hours, bulk within 48 hours\n")
    attributes = {(f.subject, f.value): f.attribute for f in _quantities(text)
                  if f.qualifier != "min"}
    assert attributes.get(("S3 Glacier Flexible Retrieval", "2–5 min")) \
        == "retrieval time (expedited)"
    assert attributes.get(("S3 Glacier Deep Archive", "48 h")) == "retrieval time (bulk)"
    assert attributes.get(("S3 Glacier Deep Archive", "12 h")) == "retrieval time (standard)"


def test_a_setting_that_only_mentions_a_tier_word_keeps_its_name():
    text = "## S3\n- objects must sit in Standard for 30 days before transition to Standard-IA\n"
    assert not any(f.attribute.startswith("retrieval time") for f in _quantities(text))


def test_a_presigned_url_is_an_s3_subject_even_when_iam_is_named_later():
    text = ("## Storage\nA pre-signed URL you create with the SDK lasts 3600 seconds unless you "
            "say otherwise, signed with an IAM role it cannot outlive the role's session.\n")
    expiries = [f for f in _quantities(text) if f.value == "3600 s"]
    assert expiries and expiries[0].service == "S3" and expiries[0].subject == "presigned URL"


def test_cognito_token_validities_keep_which_token_they_are_of():
    text = ("## Cognito\n- user pool tokens: the access token lives 1 hour (can be 5 min to "
            "24 hours), a refresh token 30 days unless changed\n")
    named = {f.value: f.attribute for f in _quantities(text)}
    assert named.get("1 h") == "ID/access token validity"
    assert named.get("24 h") == "ID/access token validity"
    assert named.get("30 days") == "refresh token validity"


def test_a_sampling_rule_under_another_service_s_heading_is_x_ray_s():
    text = ("## EventBridge\n- archive and replay\n\nother bits\n"
            "sampling rules default: 1 req/s reservoir, then 5% of the rest\n")
    quantities = _quantities(text)
    assert quantities and {(f.service, f.subject) for f in quantities} == {
        ("X-Ray", "sampling rule")}


def test_the_free_tier_s_months_are_no_limit_but_a_free_retention_is():
    assert not _quantities("## EC2\n- new accounts: 12 months free of t3.micro hours\n")
    kept = _quantities("## CloudTrail\n- event history 90 days free in the console\n")
    assert [f.value for f in kept] == ["90 days"]
