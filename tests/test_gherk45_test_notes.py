"""Notes kept as tests (formats/test_notes.py): a pytest or Jest file whose test names and
assertions state the facts is read as notes; read as code it gave only its comments (a Jest
file's `describe(...)` made it a program, a pytest file's test bodies were code)."""

import pytest

from studycli.formats import as_markdown
from tests.helpers import folder_cli

PYTEST = '''# my IAM / STS notes as tests
KMS_ENCRYPT_MAX = 4 * 1024  # bytes


def test_user_can_be_in_max_10_groups():
    assert IAM_GROUPS_PER_USER == 10
    # groups cant contain groups


def test_assume_role_max_session_12h():
    assert MAX_ASSUME_ROLE_SESSION == 12 * 3600


def test_kms_throttle_error():
    assert kms_error(over_quota=True) == "ThrottlingException"


def test_kms_key_deletion_waiting_period():
    assert 7 <= KMS_DELETION_WAIT_DAYS <= 30
'''

JEST = """// jest-ish notes
describe('Auto Scaling', () => {
  test('default cooldown is 300 sec', () => {
    expect(ASG_DEFAULT_COOLDOWN).toBe(300);
  });
});
describe('EC2', () => {
  it('instance limit error', () => {
    expect(launchOverLimit()).toThrow('InstanceLimitExceeded');
  });
});

describe('CloudFront', () => {
  test('default TTL 24h', () => {
    expect(CF_DEFAULT_TTL).toBe(86400);
  });
});
"""


def test_a_pytest_files_test_names_and_asserts_are_items():
    out = as_markdown(PYTEST, ".py").split("\n")
    assert len(out) == len(PYTEST.split("\n"))
    assert out[4] == "- user can be in max 10 groups"  # a test's name is a sentence
    # an assert's value is its name's, counted as the test's name counts it
    assert out[5] == "  - IAM groups per user: 10 groups"  # under its test's name
    assert out[6] == "  - groups cant contain groups"
    assert out[9] == "- assume role max session 12h"
    # arithmetic evaluated, in the unit the test's name states it in ("12h" is 43200 s)
    assert out[10] == "  - max assume role session: 12h"
    # a call's value is what the test's name says it is of
    assert out[14] == "  - kms throttle error: ThrottlingException"
    assert out[18] == "  - KMS deletion wait: 7–30 days"  # a range, in its name's unit


def test_a_jest_files_describe_is_a_heading_and_its_tests_items():
    out = as_markdown(JEST, ".js").split("\n")
    assert len(out) == len(JEST.split("\n"))
    assert out[1] == "# Auto Scaling" and out[2] == "- default cooldown is 300 sec"
    # a bare figure in the unit the test's name states it in
    assert out[3] == "  - ASG default cooldown: 300 sec"
    assert out[6] == "# EC2" and out[7] == "- instance limit error"
    assert out[8] == "  - instance limit error: InstanceLimitExceeded"
    assert out[10] == "" and out[12] == "# CloudFront"
    assert out[14] == "  - cf default ttl: 24h"  # 86400 s is the name's "24h"


@pytest.mark.parametrize("head", [
    "from handler import lambda_handler\n",   # a project's tests: the figures are its code's
    "import boto3\n",
    "const { handler } = require('../src/handler');\n",
])
def test_a_projects_tests_are_no_notes(head):
    suffix = ".js" if "require" in head else ".py"
    text = head + (JEST if suffix == ".js" else PYTEST)
    out = as_markdown(text, suffix)
    assert "IAM groups per user: 10" not in out and "ASG default cooldown" not in out


def test_tests_naming_no_aws_are_no_notes():
    text = ("def test_cart_total_is_30():\n    assert cart.total == 30\n\n\n"
            "def test_discount():\n    assert price(10) == 9\n")
    assert "- cart total" not in as_markdown(text, ".py")


def test_a_jest_notes_file_in_a_folder_is_read_and_looked_up(tmp_path):
    ask = folder_cli(tmp_path, {"compute.test.js": JEST, "iam_test.py": PYTEST})
    hits = ask("lookup", "asg default cooldown")
    assert hits and hits[0]["value"] in ("300 s", "300 sec")
    hits = ask("lookup", "ec2 error when over instance limit")
    assert hits and "InstanceLimitExceeded" in hits[0]["value"]


OUTLINE = """Feature: S3 object limits
  Scenario Outline: multipart
    When I upload with multipart
    Then <thing> is <value>
    Examples:
      | thing          | value  |
      | max parts      | 10,000 |
      | min part size  | 5 MB   |

  Scenario Outline: min storage duration
    Given an object in <class>
    Then I am charged for min <days>
    Examples:
      | class                | days |
      | Glacier Deep Archive | 180  |
"""


def test_an_outlines_examples_rows_are_its_steps_filled_under_its_scenario():
    from studycli.formats.gherkin import gherkin_to_markdown

    lines = OUTLINE.split("\n")
    out = gherkin_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[1] == "## multipart" and out[2] == "- scenario: When I upload with multipart"
    # "Examples:" and the header row are no heading and no row: the rows stay the scenario's
    assert out[3] == out[4] == out[5] == ""
    assert out[6] == "- max parts is 10,000" and out[7] == "- min part size is 5 MB"
    # a bare number under a column named by a unit is that many of it
    assert out[14] == "- an object in Glacier Deep Archive, I am charged for min 180 days"


def test_an_outlines_row_is_looked_up_under_its_scenario(tmp_path):
    ask = folder_cli(tmp_path, {"s3.feature": OUTLINE})
    hits = ask("lookup", "s3 multipart max parts")
    assert hits and "10,000" in hits[0]["value"]
    hits = ask("lookup", "deep archive min storage duration")
    assert hits and "180" in hits[0]["value"]


STEPS = """Feature: S3 object limits
  Scenario: single PUT too big
    Given a bucket "my-notes-bkt"
    When I PUT a 6 GB object in a single operation
    Then it fails with EntityTooLarge
  Scenario: bucket that does not exist
    When I GET from a bucket that doesnt exist
    Then I get 404 NoSuchBucket
"""


def test_each_step_is_its_own_line_as_written():
    # final_B 2: a Then said again on its When's line was text the note does not have, and
    # each Then was read twice
    from studycli.formats.gherkin import MARK, gherkin_to_markdown

    lines = STEPS.split("\n")
    out = gherkin_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[2] == '- Given a bucket "my-notes-bkt"'
    # the tester's action is marked a scenario's (its figures no limits)
    assert out[3] == "- " + MARK + "When I PUT a 6 GB object in a single operation"
    assert out[4] == "- Then it fails with EntityTooLarge"
    assert out[6] == "- " + MARK + "When I GET from a bucket that doesnt exist"


def test_a_scenarios_figures_are_no_limits_and_its_lines_are_cited_as_written(tmp_path):
    ask = folder_cli(tmp_path, {"s3.feature": STEPS.split("  Scenario: bucket")[0]})
    facts = ask("facts")
    # "When I PUT a 6 GB object": the scenario's object, not S3's maximum
    assert not any(f["value"] == "6 GB" for f in facts)
    # the reader's mark is no text of the note's; no line is said twice
    assert not any("scenario:" in f["value"] or "scenario:" in f["snippet"] for f in facts)
    assert sum("EntityTooLarge" in f["value"] for f in facts) == 1
    hits = ask("lookup", "s3 put too large error")
    assert hits and "EntityTooLarge" in hits[0]["value"]


MULTIPART = """Feature: S3 limits

  Scenario: multipart
    Given a bucket
    When we upload with multipart
    Then parts can number up to 10,000
"""


def test_a_then_step_answers_as_the_note_has_it(tmp_path):
    ask = folder_cli(tmp_path, {"s3.feature": MULTIPART})
    hits = ask("lookup", "s3 max parts multipart")
    assert hits and hits[0]["value"] == "Then parts can number up to 10,000"
    assert hits[0]["line"] == 6
    assert not any("scenario:" in h["snippet"] for h in hits)


MEMORY_OUTLINE = """Feature: Lambda

  Scenario Outline: memory
    Given a Lambda function
    When I set memory to <memory> MB
    Then the deploy <result>

    Examples:
      | memory | result   |
      | 64     | fails    |
      | 128    | succeeds |
      | 10240  | succeeds |
      | 10241  | fails    |
"""


def test_an_outline_of_the_testers_actions_is_no_answer(tmp_path):
    # final_B 3: "I set memory to 64 MB, the deploy fails" answered "lambda max memory"
    ask = folder_cli(tmp_path, {"lambda.feature": MEMORY_OUTLINE})
    for query in ("lambda max memory", "lambda min memory"):
        hits = ask("lookup", query)
        assert not any("64" in h["value"] for h in hits[:1]), query


REJECTED = """Feature: Lambda limits

  Scenario: long running function
    Given a Lambda function with a timeout of 16 minutes
    When I deploy it
    Then the deployment fails because the max timeout is 15 minutes

  Scenario: memory
    Given I configure 10,240 MB of memory
    Then it is accepted
    But 10,241 MB is rejected
"""


def test_a_figure_the_scenario_rejects_is_no_limit(tmp_path):
    # tester 5c: "But 10,241 MB is rejected" was Lambda's memory limit
    ask = folder_cli(tmp_path, {"lambda.feature": REJECTED})
    assert not any(f["number"] == 10241 for f in ask("facts"))
    hits = ask("lookup", "lambda max memory")
    assert hits and "10,241" not in hits[0]["value"]
    # a step that gives the limit as the reason still states it
    hits = ask("lookup", "lambda max timeout")
    assert hits and hits[0]["value"] == "15 min"


SQS_FEATURE = """Feature: SQS limits I need to remember

  Scenario: visibility timeout
    Given a standard queue
    When I set the visibility timeout above 12 hours
    Then the API rejects it with InvalidParameterValue

  Scenario Outline: message retention
    Given a queue with retention <days> days
    Then it is <result>
    Examples:
      | days | result   |
      | 14   | accepted |
      | 15   | rejected |
"""


def test_a_testers_step_still_answers_and_a_unit_is_said_once(tmp_path):
    # tester 5b: the When line was refused; the outline's rows read "14 days days"
    ask = folder_cli(tmp_path, {"sqs.feature": SQS_FEATURE})
    hits = ask("lookup", "sqs max visibility timeout")
    assert hits and hits[0]["value"] == "When I set the visibility timeout above 12 hours"
    values = [f["value"] for f in ask("facts")]
    assert "a queue with retention 14 days, it is accepted" in values
    assert not any("days days" in v for v in values)


UNITS = '''KMS_DELETION_WAIT_DEFAULT = 30   # days
STS_DEFAULT_SESSION = 3600  # seconds. min 900


def test_sqs_default_retention_is_4_days():
    assert queue.retention_default == 4 * 24 * 3600  # seconds


def test_sqs_retention_default():
    assert SQS_RETENTION_DEFAULT == 4 * 24 * 3600  # seconds
'''


def test_a_figure_is_in_the_unit_its_comment_or_its_tests_name_says():
    out = as_markdown(UNITS, ".py").split("\n")
    # a comment opening with a unit names the figure's unit, said once
    assert out[0] == "- KMS deletion wait default: 30 days"
    assert out[1] == "- STS default session: 3600 s (min 900)"
    # arithmetic evaluated in the unit the comment says, shown as the test's name states it
    assert out[5] == "  - queue retention default: 4 days"
    assert out[9] == "  - SQS retention default: 345600 s"


PARAMETRIZED = '''import pytest


@pytest.mark.parametrize("storage_class,min_days", [
    ("STANDARD_IA", 30),
    ("DEEP_ARCHIVE", 180),   # deep archive
])
def test_s3_min_storage_duration(storage_class, min_days):
    assert min_storage_days(storage_class) == min_days
'''


def test_a_parametrized_tests_rows_are_facts_of_the_test():
    out = as_markdown(PARAMETRIZED, ".py").split("\n")
    assert len(out) == len(PARAMETRIZED.split("\n"))
    assert out[3] == ""  # the decorator's names: no row
    # each row: what its first value is, the others named by their parameter, in its unit
    assert out[4] == "- s3 min storage duration of STANDARD_IA: min 30 days"
    assert out[5] == "- s3 min storage duration of DEEP_ARCHIVE: min 180 days (deep archive)"
    assert out[7] == "- s3 min storage duration"


EACH = """describe('S3 storage classes', () => {
  test.each([
    ['STANDARD_IA', 30],
    ['GLACIER_IR', 90],  // instant retrieval
  ])('%s min storage duration is %i days', (cls, days) => {
    expect(minDays(cls)).toBe(days);
  });
});
"""


def test_a_jest_table_of_cases_is_its_tests_name_filled_row_by_row():
    out = as_markdown(EACH, ".js").split("\n")
    assert len(out) == len(EACH.split("\n"))
    assert out[0] == "# S3 storage classes" and out[1] == ""
    assert out[2] == "- STANDARD_IA min storage duration is 30 days"
    assert out[3] == "- GLACIER_IR min storage duration is 90 days (instant retrieval)"
    assert out[4] == out[5] == ""  # the name's template, a call in its body: no facts


def test_a_comment_in_a_test_is_of_what_the_tests_name_names(tmp_path):
    text = ("def test_kms_auto_rotation_every_year():\n"
            "    assert KMS_AUTO_ROTATION_DAYS == 365\n"
            "    # only for customer managed symmetric keys\n")
    out = as_markdown(text, ".py").split("\n")
    assert out[2] == "  - only for customer managed symmetric keys"  # an item under the test
    facts = folder_cli(tmp_path, {"kms_test.py": text})("facts")
    said = [f for f in facts if "customer managed" in f["value"]]
    assert said and all(f["service"] == "KMS" for f in said)


# review of gherk45, finding 1: "Given" was a story opening for every note
def test_a_given_premise_keeps_its_limit_outside_and_inside_a_feature_file(tmp_path):
    from studycli.extract.attribution import is_story

    assert not is_story("- Given that max object size is 5 TB, use multipart for big files")
    assert not is_story("- When I need more than 3,500 PUT/s per prefix, add prefixes")
    ask = folder_cli(tmp_path, {
        "s3.md": "# S3\n- Given that max object size is 5 TB, use multipart for big files\n",
        "lambda.md": "# Lambda\n- Given the 15 min max timeout, long jobs go to Step Functions\n",
        "ebs.feature": ("Feature: EBS\n  Scenario: volume size\n"
                        "    Given the max gp3 volume size is 16 TiB\n"
                        "    When I create a 20 TiB gp3 volume\n    Then it is rejected\n")})
    hits = ask("lookup", "S3 max object size")
    assert hits and hits[0]["value"] == "5 TB"
    hits = ask("lookup", "Lambda max execution timeout")
    assert hits and hits[0]["value"] == "15 min"
    values = {f["value"] for f in ask("facts")}
    assert "16 TiB" in values  # a Given step stating a limit states it
    assert "20 TiB" not in values  # the tester's action: the scenario's figure


# review of gherk45, finding 2: a project's pytest file whose clients are fixtures
PROJECT_TESTS = '''def test_lambda_timeout(lambda_client):
    cfg = lambda_client.get_function_configuration(FunctionName="ingest")
    assert cfg["Timeout"] == 30


def test_sqs_visibility_timeout(sqs_client, queue_url):
    attrs = sqs_client.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])
    assert attrs["Attributes"]["VisibilityTimeout"] == "60"


def test_dynamodb_table_items(table):
    assert table.item_count == 3
'''


def test_a_projects_tests_taking_fixtures_are_no_notes(tmp_path):
    out = as_markdown(PROJECT_TESTS, ".py")
    assert "visibility timeout: 60" not in out and "item count" not in out
    ask = folder_cli(tmp_path, {"test_infra.py": PROJECT_TESTS,
                                "sqs.md": "# SQS\n- max message size 256 KB\n"})
    assert ask("lookup", "SQS visibility timeout") == []


def test_an_assert_on_a_calls_result_states_no_fact():
    text = ("def test_sqs_visibility_timeout():\n"
            "    attrs = get_queue_attributes(QueueUrl=URL)\n"
            '    assert attrs["Attributes"]["VisibilityTimeout"] == "60"\n\n\n'
            "def test_sqs_max_message_size():\n    assert SQS_MAX_MESSAGE_KB == 256\n")
    out = as_markdown(text, ".py")
    assert "60" not in out and "256" in out


# review of gherk45, finding 3: a comment names the unit only when it opens with the unit alone
def test_a_comment_about_something_else_names_no_unit():
    text = ("SQS_RETRY_WAIT = 5  # seconds between retries, not a limit\n"
            "SQS_RETENTION = 4  # days. max 14\n")
    out = as_markdown(text, ".py").split("\n")
    assert out[0] == "- SQS retry wait: 5 (seconds between retries, not a limit)"
    assert out[1] == "- SQS retention: 4 days (max 14)"


# review of gherk45, finding 6: a table read only when its label column came first
def test_a_parametrized_rows_label_is_its_quoted_value_wherever_its_column_is():
    text = ("import pytest\n\n\n"
            '@pytest.mark.parametrize("days,storage_class", [(30, "STANDARD_IA"), '
            '(90, "GLACIER_IR")])\n'
            "def test_s3_min_storage_duration(days, storage_class):\n"
            "    assert min_days(storage_class) == days\n")
    out = as_markdown(text, ".py").split("\n")
    assert out[3] == ("- s3 min storage duration of STANDARD_IA: 30 days; GLACIER_IR: 90 days")


OUR_STACK = '''import pytest

def test_lambda_timeout_is_30_seconds_in_our_stack():
    assert 30 == 30

def test_sqs_visibility_timeout_set_to_60():
    assert 60 == 60
'''


def test_a_test_file_naming_its_project_is_no_notes(tmp_path):
    # final_B 4: "in our stack" is the project's setting, not Lambda's default timeout
    from studycli.formats.test_notes import read_tests

    assert read_tests(OUR_STACK.split("\n"), "python") is None
    student = OUR_STACK.replace("_in_our_stack", "")
    assert read_tests(student.split("\n"), "python") is not None


@pytest.mark.parametrize("module", ["math", "re", "typing", "datetime", "dataclasses", "enum"])
def test_a_test_file_importing_more_than_its_framework_is_no_notes(module):
    # final_B 4: the README says "imports nothing but its test framework"
    from studycli.formats.test_notes import read_tests

    lines = f"import pytest\nimport {module}\n\ndef test_sqs_max_message_size_is_256_kb():\n" \
            "    assert SQS_MAX_MESSAGE_KB == 256\n"
    assert read_tests(lines.split("\n"), "python") is None
    assert read_tests(lines.replace(f"import {module}\n", "").split("\n"), "python")


RETRACTED = '''def test_dynamodb_item_size_max_400_kb():
    # used to think it was 64 KB, wrong
    assert 400 == 400
'''


def test_a_figure_taken_back_in_a_tests_comment_is_no_fact(tmp_path):
    # final_B 5: "used to think it was 64 KB, wrong" was DynamoDB's item size
    ask = folder_cli(tmp_path, {"test_aws_facts.py": RETRACTED})
    assert not any("64" in f["value"] for f in ask("facts"))
    hits = ask("lookup", "dynamodb max item size")
    assert hits and hits[0]["value"] == "400 KB"
    assert not any("64" in h["value"] for h in hits)


CONFIGURED = """Feature: Lambda function limits

  Scenario Outline: config limits
    When I configure <setting>
    Then the allowed range is <range>
    Examples:
      | setting | range                           |
      | memory  | 128 MB - 10,240 MB (1 MB steps) |
"""


def test_an_outline_of_the_testers_steps_over_values_is_still_filled():
    from studycli.formats.gherkin import gherkin_to_markdown

    out = gherkin_to_markdown(CONFIGURED.split("\n"))
    assert "- I configure memory, the allowed range is 128 MB - 10,240 MB (1 MB steps)" in out
    tried = gherkin_to_markdown(MEMORY_OUTLINE.split("\n"))
    assert "| 64     | fails    |" in tried
