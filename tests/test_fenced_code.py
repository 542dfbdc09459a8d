"""Code pasted into a markdown note's fences is read by its comments (formats/fenced_code.py):
a comment is about the service the code makes a client of or the resource type it sits
under, a comment beside a setting is about that setting, and the code's own numbers (the
student's settings) are never read as AWS's limits or defaults."""

from __future__ import annotations

import json

from studycli.formats.fenced_code import fenced_code_to_items

from .helpers import REPO, ingest_text, run_here, shipped_reference

REF = shipped_reference(200)

NOTES = """# boto3 snippets

## SSM / STS / KMS

```python
sts = boto3.client("sts")
creds = sts.assume_role(RoleArn=arn, RoleSessionName="ci", DurationSeconds=1800)
# DurationSeconds: min 900 (15 min), default 3600, max 12 h
```

## SQS

```python
sqs = boto3.client("sqs")
# send_message_batch -> max 10 msgs per batch
resp = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=7, WaitTimeSeconds=20)
```

## Serverless

```yaml
Resources:
  OrdersFn:
    Type: AWS::Serverless::Function
    Properties:
      Timeout: 42          # if omitted default = 3 sec, max 900 sec
      MemorySize: 640
  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST   # on-demand; the other mode is PROVISIONED
```

```javascript
const client = new LambdaClient({});
await client.send(new InvokeCommand({
  InvocationType: "Event",   // async -> HTTP 202
}));
```

After the fence, the section's own text: SQS long polling max 20 s.
"""


def _facts(db) -> list[dict]:
    return json.loads(run_here("facts", "--json", db=db, env=REF).stdout)


def _hits(db, query: str) -> list[dict]:
    return json.loads(run_here("lookup", query, "--json", "--limit", "3", db=db, env=REF).stdout)


def test_a_fences_comments_are_facts_of_the_service_its_code_names(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    facts = _facts(db)
    by_line: dict[int, set[tuple[str, str]]] = {}
    for f in facts:
        by_line.setdefault(f["line"], set()).add((f["service"], f["value"]))
    # under a heading of three services, the comment is the one the client names
    assert {s for s, _ in by_line[8]} == {"STS"}
    # a parameter's name ending in its unit gives the bare number that unit, not the
    # "min" of the brackets before it
    assert ("STS", "3600 s") in by_line[8]
    assert not [v for _, v in by_line[8] if v.startswith("3600") and "min" in v]
    assert ("SQS", "10 messages") in by_line[15]
    # a template's comment is its resource type's, and Lambda's, not CloudFormation's
    assert {s for s, _ in by_line[26]} == {"Lambda"}
    assert ("Lambda", "3 s") in by_line[26]
    assert {s for s, _ in by_line[31]} == {"DynamoDB"}
    assert "PAY_PER_REQUEST" in next(f["snippet"] for f in facts if f["line"] == 31)
    assert {s for s, _ in by_line[37]} == {"Lambda"}
    # the text after a fence keeps its own section's service
    assert {s for s, _ in by_line[41]} == {"SQS"}
    hit = _hits(db, "sts duration default")[0]
    assert hit["value"] == "3600 s" and hit["line"] == 8, hit


def test_the_codes_own_numbers_are_never_read(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    values = " | ".join(f["value"] + " " + f["snippet"] for f in _facts(db))
    # the student's settings: 1800 s, 7 messages, 42 s, 640 MB
    for setting in ("1800", "7 m", "42", "640"):
        assert setting not in values, setting
    # a line of code without a comment says nothing
    assert not [f for f in _facts(db) if f["line"] in (7, 16, 27)]


def test_fences_of_other_languages_and_open_fences_are_left_as_written():
    lines = ["## S3", "```mermaid", "graph LR", "A-->B", "```", "```diff", "- max 5 GB", "```",
             "```python", "# never closed: max 5 GB"]
    assert fenced_code_to_items(lines) == lines


def test_a_fence_is_read_line_for_line():
    lines = NOTES.split("\n")
    read = fenced_code_to_items(lines)
    assert len(read) == len(lines)
    assert read[4] == read[8] == "<!-- -->"  # the fence marks: nothing, but ends the list
    assert read[7] == "- STS: duration: min 900 s (15 min), default 3600 s, max 12 h"
    # under a heading of its own service, no service is added
    assert read[14] == "- send_message_batch -> max 10 msgs per batch"
    assert read[36] == "- Lambda: invocation type Event: async -> HTTP 202"


def _read(text: str) -> list[str]:
    return fenced_code_to_items(text.split("\n"))


def test_a_sub_heading_keeps_the_service_of_the_section_it_is_in():
    # "### API calls" names no service: the fence is still DynamoDB's section's, so its
    # comments are not given the service again ("DynamoDB: NOT supported on GSIs")
    read = _read("## DynamoDB\n\n### API calls\n\n```python\nddb = boto3.resource('dynamodb')\n"
                 "# NOT supported on GSIs\n```\n\n## Tips\n\n```python\n"
                 "ddb = boto3.client('dynamodb')\n# max item size 400 KB\n```")
    assert read[6] == "- NOT supported on GSIs"
    assert read[13] == "- DynamoDB: max item size 400 KB"  # "## Tips" names none


def test_a_commands_output_below_a_fence_is_not_the_last_comments(tmp_path):
    note = ("## SQS\n\n```python\nsqs = boto3.client('sqs')\n# long polling: up to 20 s\n"
            "sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=11)\n```\n\n"
            "    InvalidParameterValue: Value 11 for parameter MaxNumberOfMessages is invalid.\n")
    _, db, _ = ingest_text(tmp_path, note, columns="200")
    output = [f for f in _facts(db) if f["line"] == 9]
    assert output and all("long polling" not in (f["attribute"] + f["subject"]).lower()
                          for f in output), output


COMMENTED_OUT = """## Lambda

```javascript
const client = new LambdaClient({});
await client.send(new InvokeCommand({
  // InvocationType: "DryRun"          // just checks perms -> 204
  // MemorySize: 2048,
  Url: "https://example.com/a//b",   // max 10 urls per call
}));
```

## SQS

```python
sqs = boto3.client("sqs")
# MaxNumberOfMessages=7
# resp = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=17)
# sqs.purge_queue(QueueUrl=url)
url = sqs.get_queue_url(QueueName="jobs")  # queue names: max 80 characters
```

## DynamoDB

```python
table.update_item(Key=k, ReturnValues='UPDATED_NEW')   # NONE is default
```

```yaml
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      # Timeout: 33
      # MemorySize: 1536   # 128 MB to 10,240 MB
```

```bash
# aws sqs set-queue-attributes --attributes VisibilityTimeout=45
aws kms encrypt --key-id alias/app --plaintext fileb://secret.txt   # < 4 KB only!
```
"""


def test_code_a_comment_puts_out_of_use_is_code():
    read = _read(COMMENTED_OUT)
    # its own comment is about its setting, with the setting's named value
    assert read[5] == "- invocation type DryRun: just checks perms -> 204"
    # a setting, a call, an assignment, a command: nothing of them is read
    assert read[6] == read[15] == read[16] == read[17] == read[32] == read[37] == ""
    # a "//" inside a string is no comment's mark: the setting is the key before it
    assert read[7] == "- url: max 10 urls per call"
    # an assigned variable is no setting; a comment that says the default is the setting's
    assert read[18] == "- queue name: queue names: max 80 characters"
    assert read[24] == "- return values: NONE is default"
    assert read[33] == "- Lambda: memory size: 128 MB to 10,240 MB"
    # a command's comment is about its last option
    assert read[38] == "- KMS: plaintext: < 4 KB only!"


def test_the_numbers_of_code_put_out_of_use_are_never_read(tmp_path):
    _, db, _ = ingest_text(tmp_path, COMMENTED_OUT, columns="200")
    facts = _facts(db)
    said = [f["value"] + " " + f["snippet"] for f in facts]
    for setting in ("2048", "7", "17", "33", "1536", "45"):
        assert not [s for s in said if setting in s.replace("=", " ").split()], (setting, said)
    assert any(f["service"] == "KMS" and f["value"] == "4 KB" and f["line"] == 39
               for f in facts), facts
    assert any(f["service"] == "DynamoDB" and f["attribute"] == "return values"
               and f["value"] == "NONE" for f in facts), facts


def test_comments_above_the_line_that_makes_a_client_are_about_it():
    read = _read("## SDK calls\n\n```python\nssm = boto3.client('ssm')\n"
                 "# get_parameters: max 10 names per call\n\n# sessions 15 min to 12 h\n"
                 "sts = boto3.client('sts')\n```")
    assert read[4] == "- Systems Manager Parameter Store: get_parameters: max 10 names per call"
    assert read[6] == "- STS: sessions 15 min to 12 h"


def test_an_operations_name_is_left_as_written(tmp_path):
    # as words ("batch get item: ... 16 MB") the response's 16 MB was the item size
    note = "## DynamoDB\n\n```python\n# BatchGetItem: max 100 items, 16 MB\n```\n"
    assert _read(note)[3] == "- BatchGetItem: max 100 items, 16 MB"
    _, db, _ = ingest_text(tmp_path, note, columns="200")
    assert not [f for f in _facts(db) if f["attribute"] == "item size"]


def test_search_shows_a_fence_of_code_as_written(tmp_path):
    notes, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    shown = run_here("search", "assume_role", "--json", db=db, env=REF)
    assert shown.returncode == 0, shown.stderr
    assert [h["line"] for h in json.loads(shown.stdout)] == [7]
    shown = run_here("search", "DurationSeconds", "--json", db=db, env=REF)
    assert "# DurationSeconds: min 900 (15 min), default 3600, max 12 h" in [
        h["text"] for h in json.loads(shown.stdout)]


def test_the_lambda_timeout_a_lab_notes_comment_states_is_answered(tmp_path):
    # development set unseen70: the limits a student wrote as comments in a Python fence
    note = (REPO / "tests" / "data" / "unseen70_notes" / "b_dva_serverless_snippets.md")
    _, db, _ = ingest_text(tmp_path, note.read_text(encoding="utf-8"), columns="200")
    hit = _hits(db, "lambda max timeout")[0]
    assert (hit["service"], hit["value"], hit["line"]) == ("Lambda", "900 s", 10), hit
    # the template's own settings (Timeout: 30, MemorySize: 512, BatchSize: 10) are no facts
    assert not [f for f in _facts(db) if f["line"] in (47, 48, 56) and f["kind"] != "fact"]


def test_a_comment_in_words_is_no_code_put_out_of_use():
    read = _read("## KMS\n\n```python\n# sync: RequestResponse\n# tip: idempotent\n"
                 "# GenerateDataKey(...) returns plaintext + encrypted copy (envelope)\n"
                 "# retries: 2\n```")
    assert read[3:7] == ["- sync: RequestResponse", "- tip: idempotent",
                         "- GenerateDataKey(...) returns plaintext + encrypted copy (envelope)",
                         ""]  # a name set to a number is code: the author's setting
