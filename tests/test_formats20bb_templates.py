"""What a template's author wrote about their own stack is no fact of AWS's: a Description,
a Parameter's or variable's default, a Parameter's `Type: AWS::...`; and a comment is filed
under the resource it annotates, not the one before it (studycli/formats/infra_templates.py,
csv_notes.py)."""

from __future__ import annotations

import time

from studycli.formats import as_markdown
from studycli.formats.infra_templates import terraform_to_markdown


def _md(text: str, suffix: str) -> list[str]:
    return as_markdown(text, suffix).split("\n")


def test_a_description_states_no_facts():
    text = ("AWSTemplateFormatVersion: '2010-09-09'\n"
            "Description: Order processor - Lambda with 512 MB memory and a 30 second timeout\n"
            "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n")
    assert _md(text, ".yaml")[1] == ""
    tf = ('resource "aws_lambda_function" "f" {\n'
          '  description = "worker with 512 MB and a 30 second timeout"\n}\n')
    assert _md(tf, ".tf")[1] == ""


def test_a_parameter_typed_aws_is_no_resource():
    text = ("AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  Subnet:\n"
            "    Type: AWS::EC2::Subnet::Id\n  Hours:\n    Type: Number\n"
            "    Default: 60 # up to 12 hours\nResources:\n  Fn:\n"
            "    Type: AWS::Lambda::Function\n")
    converted = _md(text, ".yaml")
    assert not any("EC2" in line for line in converted)
    assert converted[6] == "- hours: up to 12 hours"  # no "default": it is the author's
    assert converted[8] == "### Lambda Function"


def test_a_comment_above_a_resource_is_filed_under_it():
    text = ("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n"
            "    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 3\n\n"
            "  # the queue below: retention default 4 days, max 14 days\n"
            "  Queue:   # standard queue, max 120,000 in-flight messages\n"
            "    Type: AWS::SQS::Queue\n")
    converted = _md(text, ".yaml")
    assert converted[6:9] == ["### SQS Queue",
                              "- the queue below: retention default 4 days, max 14 days",
                              "- standard queue, max 120,000 in-flight messages"]


def test_a_terraform_comment_above_a_resource_is_filed_under_it():
    tf = ('resource "aws_lambda_function" "f" {\n  timeout = 3\n}\n'
          '# retention default 4 days, max 14 days\n'
          'resource "aws_sqs_queue" "q" { # standard queue\n}\n')
    converted = _md(tf, ".tf")
    assert converted[2:5] == ["## sqs queue", "- retention default 4 days, max 14 days",
                              "- standard queue"]


def test_a_comment_between_resources_without_a_free_line_is_left_out():
    tf = ('resource "aws_lambda_function" "f" {\n  timeout = 3 # default 3 s\n'
          '# retention max 14 days\nresource "aws_sqs_queue" "q" {\n}\n')
    converted = _md(tf, ".tf")
    assert converted[2] == "" and converted[3] == "## sqs queue"


def test_comments_inside_inline_code_are_read():
    text = ("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n"
            "    Type: AWS::Lambda::Function\n    Properties:\n      Code:\n"
            "        ZipFile: |\n          # /tmp is 512 MB by default, up to 10 GB\n"
            "          import os\n")
    converted = _md(text, ".yaml")
    assert converted[7] == "- /tmp is 512 MB by default, up to 10 GB"
    assert converted[8] == ""


def test_a_comment_wrapped_after_a_comma_keeps_its_service():
    text = ("# SQS limits: retention default 4 days,\n#   visibility timeout max 12 hours\n"
            'resource "aws_sqs_queue" "q" {\n}\n')
    converted = _md(text, ".tf")
    assert converted[:2] == ["- SQS limits: retention default 4 days, visibility timeout max "
                             "12 hours", ""]


def test_a_variables_default_is_no_word_of_its_item():
    tf = 'variable "lambda_memory" {\n  default = 512 # 10240 MB max\n}\n'
    assert _md(tf, ".tf")[:2] == ["## lambda memory", "- 10240 MB max"]


def test_a_lower_case_heredoc_is_skipped():
    tf = 'resource "aws_iam_policy" "p" {\n  policy = <<eot\n# not a note\neot\n}\n'
    assert _md(tf, ".tf")[2] == ""


def _nested_seconds(n: int) -> float:
    """The reader's CPU time on n nested blocks, the lesser of two runs: on a machine shared
    with other work, wall time counted the moments another process had the core (the large
    run's 0.65 s against the small one's 0.012 s failed the suite, 0.1 s alone)."""
    lines = ("x {\n" * n + "}\n" * n).split("\n")
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        assert len(terraform_to_markdown(lines)) == 2 * n + 1
        best = min(best, time.process_time() - started)
    return best


def test_deeply_nested_terraform_reads_in_linear_time():
    # eight times the depth: about eight times the time (a copy of the whole block path per
    # line took about seventeen)
    small, large = _nested_seconds(2000), _nested_seconds(16000)
    assert large < 12 * small


def test_a_quota_sheet_with_a_wrapped_cell_keeps_its_values():
    sheet = ('service,limit,value\nLambda,"Timeout\n(maximum)",900\n'
             'Kinesis,Retention max,365\n')
    converted = _md(sheet, ".csv")
    assert converted[1] == "| Lambda | Timeout (maximum) | 900 |"
    assert converted[3] == "| Kinesis | Retention max | 365 |"


def test_a_decks_tags_are_dropped_under_a_tags_header():
    deck = 'front,back,tags\n"SQS retention","default 4 days\nmax 14 days",sqs\n'
    assert _md(deck, ".csv")[1:3] == ["- SQS retention: default 4 days", "  - max 14 days"]


def test_a_comment_block_with_a_blank_line_before_the_resource_is_not_its_own():
    """A file's remarks between two resources, a blank line before the next one, are no
    comments of that resource: under `resource "aws_lambda_alias"` they were asked "the
    maximum asynchronous invocation payload size for AWS Lambda (alias)" (unseen288)."""
    tf = ('resource "aws_lambda_function" "f" {\n  timeout = 3\n}\n\n'
          '# sync payload 6 MB, async payload 256 KB\n\n'
          'resource "aws_lambda_alias" "live" {\n  name = "live"\n}\n')
    converted = _md(tf, ".tf")
    assert converted[4] == "- sync payload 6 MB, async payload 256 KB"
    assert "## lambda alias" not in converted[:5], converted
    assert converted[6] == "## lambda alias"


def test_a_comment_block_above_a_blank_line_is_read_under_the_next_resources_service():
    """A block of comments, a blank line, then the resource it is about (a common layout)
    is no remark on the resource before: left where it was written, "# visibility timeout
    max 12 hours ..." above `resource "aws_sqs_queue"` was read under the Lambda function
    before it, as "Lambda execution timeout: max 12 h". It is read under the next resource's
    service, without that resource's subject (the alias of unseen288's Lambda remarks)."""
    tf = ('resource "aws_lambda_function" "f" {\n  timeout = 3\n}\n\n'
          '# visibility timeout max 12 hours, retention max 14 days\n\n'
          'resource "aws_sqs_queue" "q" {\n  visibility_timeout_seconds = 60\n}\n')
    converted = _md(tf, ".tf")
    at = converted.index("- visibility timeout max 12 hours, retention max 14 days")
    headings = [line for line in converted[:at] if line.startswith("#")]
    assert headings[-1] == "## SQS", converted
    cfn = ("Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n"
           "      Timeout: 30\n\n  # visibility timeout max 12 hours\n\n"
           "  OrdersQueue:\n    Type: AWS::SQS::Queue\n")
    converted = _md(cfn, ".yaml")
    at = converted.index("- visibility timeout max 12 hours")
    assert [line for line in converted[:at] if line.startswith("#")][-1] == "### SQS", converted


def test_a_resources_own_comments_below_a_remark_block_keep_its_heading():
    tf = ('resource "aws_lambda_function" "f" {\n  timeout = 3\n}\n\n'
          '# sync payload 6 MB, async payload 1 MB\n\n'
          '# the live alias\n'
          'resource "aws_lambda_alias" "live" {\n  name = "live"\n}\n')
    converted = _md(tf, ".tf")
    remark = converted.index("- sync payload 6 MB, async payload 1 MB")
    own = converted.index("- the live alias")
    assert [line for line in converted[:remark] if line.startswith("#")][-1] == "## Lambda"
    assert [line for line in converted[:own] if line.startswith("#")][-1] == "## lambda alias"


def test_a_remark_right_under_a_resource_stays_that_resources():
    """"# in-flight limit: ~120,000 standard, 20,000 FIFO" right under a FIFO queue's `}`, a
    blank line, then an SNS topic (unseen288): the remark is the queue's, never the topic's
    service's."""
    tf = ('resource "aws_sqs_queue" "q" {\n  fifo_queue = true\n}\n'
          '# in-flight limit: 20,000 FIFO\n\n'
          'resource "aws_sns_topic" "t" {\n  name = "alerts"\n}\n')
    converted = _md(tf, ".tf")
    at = converted.index("- in-flight limit: 20,000 FIFO")
    assert [line for line in converted[:at] if line.startswith("#")][-1] == "## sqs queue"
