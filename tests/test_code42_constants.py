"""Facts kept in source code (formats/code_constants.py): a constants module in any language
is read as the key/value notes it is, a program by its comments only."""

import json

from studycli.formats import as_markdown
from studycli.formats.code_constants import holds_facts
from studycli.formats.code_names import identifier_words, name_and_unit

PYTHON = '''"""messaging consts"""
from enum import Enum, auto

KiB = 1024

# ---------------- SQS ----------------
SQS_MAX_MESSAGE_BYTES = 256 * KiB          # 262_144, bigger -> extended client
SQS_RETENTION_MAX_DAYS = 14
SQS_VISIBILITY_TIMEOUT_MAX_S = 12 * 60 * 60   # 12 hrs
SQS_DELAY_QUEUE_MAX = 15 * 60
SQS_INFLIGHT_MAX_FIFO = 20_000

class SqsQueueType(Enum):
    STANDARD = "at-least-once, best-effort ordering"
    FIFO = auto()   # exactly-once, ordered

SQS_ERRORS = {
    "OverLimit": "too many inflight msgs",
}
'''


def test_a_python_constants_module_is_read_as_notes():
    out = as_markdown(PYTHON, ".py").split("\n")
    assert len(out) == len(PYTHON.split("\n"))
    assert out[3] == ""  # `KiB = 1024`: how the others are written, no fact
    assert out[5] == "# SQS"
    # the unit its name ends in, onto the number; arithmetic by the unit constant it uses
    assert out[6] == "- SQS max message: 256 KiB (262_144, bigger -> extended client)"
    assert out[7] == "- SQS retention max: 14 days"
    # arithmetic with no unit constant: the comment's own figure where it states the value
    assert out[8] == "- SQS visibility timeout max: 12 hrs"  # said once (review of code42, 7)
    # no unit in the name nor the comment: none is invented ("900", never "900 s")
    assert out[9] == "- SQS delay queue max: 900"
    assert out[10] == "- SQS inflight max fifo: 20000"
    # an enum is a heading over its members, each a mode as written
    assert out[12] == "## sqs queue type"
    assert out[13] == "- STANDARD: at-least-once, best-effort ordering"
    assert out[14] == "- FIFO (exactly-once, ordered)"
    # a dict of codes to meanings: a list of codes
    assert out[16] == "## SQS errors" and out[17] == "- OverLimit: too many inflight msgs"


JS = """// ===== Lambda =====
const MIN = 60;
const LAMBDA_TIMEOUT_MAX_S = 15 * MIN;            // 900s
export const VPC = {
  subnetsPerVpc: 200,
  cidrMinPrefix: 28,              // /28 smallest
};
const InvocationType = Object.freeze({
  Event: 'async - queued internally',
});
const LAMBDA_ERRORS = {
  429: 'TooManyRequestsException - throttled',
};
"""


def test_a_javascript_module_of_constants_objects_and_maps():
    out = as_markdown(JS, ".js").split("\n")
    assert out[0] == "# Lambda" and out[1] == ""
    assert out[2] == "- LAMBDA timeout max: 15 min (900s)"
    assert out[3] == "## VPC" and out[4] == "- subnets per vpc: 200"
    assert out[5] == "- cidr min prefix: 28 (/28 smallest)"
    assert out[6] == "# Lambda"  # the object closed: what follows is the section's again
    assert out[7] == "## invocation type" and out[8] == "- Event: async - queued internally"
    assert out[11] == "- 429: TooManyRequestsException - throttled"


GO = """package awsstorage

const (
	KB = 1024
	TB = 1024 * 1024 * 1024 * KB
)

// ---------- S3 ----------
const (
	S3MaxObjectSize   = 5 * TB   // single object
	S3MultipartMaxParts = 10000
)

type ConsistencyModel string

const (
	S3Overwrites ConsistencyModel = "eventual"
)

// Glacier retrieval times (flexible retrieval)
var GlacierRetrieval = map[string]string{
	"expedited": "1-5 min",
}
"""


def test_go_constants_typed_constants_and_a_map_documented_by_its_comment():
    out = as_markdown(GO, ".go").split("\n")
    assert out[3] == out[4] == ""  # unit constants
    assert out[7] == "# S3"
    assert out[9] == "- S3 max object size: 5 TB (single object)"
    # a bound before what it counts said as a count (code48)
    assert out[10] == "- S3 multipart max: 10000 parts"
    assert out[16] == "- S3 overwrites: eventual"
    # the comment over a map says what it is of: its heading says it too
    assert out[20] == "## glacier retrieval (Glacier retrieval times (flexible retrieval))"
    assert out[21] == "- expedited: 1-5 min"


def test_java_csharp_and_rust_constants_by_the_same_reader():
    java = ("public final class Limits {\n"
            "    public static final int DDB_ITEM_MAX_KB = 400; // incl attribute names\n"
            "    public static int main(String[] args) {\n"
            "        int DDB_GSI_MAX = 99;\n"
            "        return 0;\n"
            "    }\n"
            "}\n")
    # a class with a main method is a program: its constants are its own settings, only its
    # comments are read (review of code42, finding 3)
    assert not any(c.isdigit() for c in as_markdown(java, ".java"))
    limits = "\n".join(java.split("\n")[:2] + ["}"])
    out = as_markdown(limits, ".java").split("\n")
    assert out[1] == "- DDB item max: 400 KB (incl attribute names)"
    assert out[0] == "# limits"
    rust = "pub const LAMBDA_LAYERS_MAX: u32 = 5;\nconst KMS_KEY_DELETION_WAIT_MIN_DAYS: u64 = 7;\n"
    assert as_markdown(rust, ".rs").split("\n")[:2] == [
        "- LAMBDA layers max: 5", "- KMS key deletion wait min: 7 days"]
    csharp = "public const int SqsLongPollMaxWaitS = 20; // WaitTimeSeconds\n"
    assert as_markdown(csharp, ".cs").split("\n")[0] == \
        "- sqs long poll max wait: 20 s (WaitTimeSeconds)"


HANDLER = '''import boto3

# ---- SQS practice ----
QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/123/q"
MAX_RETRIES = 3
PAGE_SIZE = 50
SQS_BATCH_SIZE = 10
sqs = boto3.client("sqs")

def handler(event, context):
    for i in range(MAX_RETRIES):
        LAMBDA_TIMEOUT_MAX_S = 900
        sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=10)  # max 10 per call
    return {"statusCode": 200}
'''


def test_a_program_gives_none_of_its_own_variables():
    out = as_markdown(HANDLER, ".py").split("\n")
    # a program's settings (its queue, retries, page size, batch size) are no AWS limit, and
    # a figure inside a function is the function's: only the comments are read
    assert [line for line in out if line.strip()] == ["# SQS practice", "- max 10 per call"]
    js = HANDLER.replace("#", "//").replace("def handler(event, context):",
                                            "exports.handler = async (event) => {")
    assert not any(c.isdigit() for line in as_markdown(js, ".js").split("\n") for c in line
                   if not line.startswith("- max 10"))


def test_a_cheat_sheet_by_service_sections_gives_its_facts():
    # review of code42, findings 1 and 4: unprefixed names under a banner or under a comment
    # that names a service are that service's facts
    cram = ("# ========== SQS ==========\nMAX_MESSAGE_KB = 256\nRETENTION_DAYS_DEFAULT = 4\n"
            "# ========== Lambda ==========\nTIMEOUT_MAX_S = 900\nLAYERS_MAX = 5\n")
    assert [line for line in as_markdown(cram, ".py").split("\n") if line.strip()] == [
        "# SQS", "- max message: 256 KB", "- retention default: 4 days", "# Lambda",
        "- timeout max: 900 s", "- layers max: 5"]
    plain = ("# Lambda\ntimeout_max_sec = 900\nmemory_max_mb = 10240\n\n# DynamoDB\n"
             "item_size_max_kb = 400\n")
    assert [line for line in as_markdown(plain, ".py").split("\n") if line.strip()] == [
        "# Lambda", "- timeout max: 900 s", "- memory max: 10240 MB", "# DynamoDB",
        "- item size max: 400 KB"]


def test_a_program_with_service_bounds_gives_only_its_comments():
    # review of code42, finding 3: a worker's or a stack's `SERVICE_MAX_*` are its settings
    worker = ("import boto3\n\nSQS_MAX_MESSAGES = 5  # what we pull per batch\n"
              "LAMBDA_MAX_CONCURRENCY = 50\nDDB_MAX_RETRIES = 8\n\n"
              "def handler(event, context):\n    return 1\n")
    assert [line for line in as_markdown(worker, ".py").split("\n") if line.strip()] == [
        "- what we pull per batch"]
    stack = ("import * as cdk from 'aws-cdk-lib';\n\n"
             "const LAMBDA_MEMORY_MAX_MB = 512;   // our budget\n"
             "const SQS_VISIBILITY_TIMEOUT_MAX_S = 60;\nconst DYNAMODB_RCU_MAX = 100;\n")
    assert not any(c.isdigit() for c in as_markdown(stack, ".ts"))
    assert not holds_facts(stack)
    # a config module of its own: "import boto3" alone makes it the program's
    assert not any(c.isdigit() for c in as_markdown(
        "import boto3\n# ---- SQS ----\nSQS_MAX_MESSAGES = 5\nMAX_RETRIES = 3\n", ".py"))


def test_identifier_words_and_units():
    assert identifier_words("EBSgp3MaxIOPS") == ["EBS", "gp3", "max", "IOPS"]
    assert identifier_words("S3IAMinBillableKB") == ["S3", "IA", "min", "billable", "KB"]
    assert name_and_unit(identifier_words("KDS_SHARD_WRITE_MB_S")) == (
        ["KDS", "shard", "write"], "MB/s")
    assert name_and_unit(identifier_words("KDS_ENHANCED_FANOUT_MB_S_PER_CONSUMER")) == (
        ["KDS", "enhanced", "fanout", "per", "consumer"], "MB/s")
    assert name_and_unit(identifier_words("EBSgp3BaselineMBs")) == (
        ["EBS", "gp3", "baseline"], "MB/s")
    # "min" is minutes only after another bound; alone it is the minimum
    assert name_and_unit(identifier_words("SFN_EXPRESS_MAX_DURATION_MIN")) == (
        ["SFN", "express", "max", "duration"], "min")
    assert name_and_unit(identifier_words("LAMBDA_MEMORY_MIN")) == (
        ["LAMBDA", "memory", "min"], None)
    # review of code42, finding 2: "_PER_SEC" is a rate, never a duration
    assert name_and_unit(identifier_words("KDS_SHARD_WRITE_RECORDS_PER_SEC")) == (
        ["KDS", "shard", "write"], "records/s")
    assert name_and_unit(identifier_words("KDS_SHARD_WRITE_MB_PER_SEC")) == (
        ["KDS", "shard", "write"], "MB/s")
    assert name_and_unit(identifier_words("shardWriteRecordsPerSecond")) == (
        ["shard", "write"], "records/s")
    assert name_and_unit(identifier_words("API_THROTTLE_PER_SEC")) == (
        ["api", "throttle", "per", "sec"], None)
    # fix review of code42: every counted noun keyvalues knows reads as a rate's
    assert name_and_unit(identifier_words("KDS_SHARD_READ_TRANSACTIONS_PER_SEC")) == (
        ["KDS", "shard", "read"], "transactions/s")
    assert name_and_unit(identifier_words("DDB_WCU_WRITES_PER_SEC")) == (
        ["DDB", "wcu"], "writes/s")


def test_an_aside_naming_a_service_inside_a_section_is_no_new_section():
    # fix review of code42: "# unlike SQS" between Lambda's constants made SQS's section of
    # what followed (lambda max memory: not in your notes; "sqs max memory": 10,240 MB), and
    # "# vs SNS" under SQS's banner filed SQS's constants under an attribute "vs"
    text = ("# ===== Lambda =====\nTIMEOUT_MAX_S = 900\n# unlike SQS\nMEMORY_MAX_MB = 10240\n"
            "LAYERS_MAX = 5\n\n# ===== SQS =====\n# FIFO queue\nFIFO_INFLIGHT_MAX = 20000\n"
            "# same as SNS\nMESSAGE_MAX_KB = 256\n\n# SNS too\nRETENTION_MAX_DAYS = 14\n")
    headings = [line for line in as_markdown(text, ".py").split("\n") if line.startswith("#")]
    assert headings == ["# Lambda", "# SQS"]


def test_a_script_of_constants_in_a_folder_is_read_and_a_package_passed_over(tmp_path):
    from typer.testing import CliRunner

    from studycli.cli import app

    notes = tmp_path / "notes"
    (notes / "node_modules" / "pkg").mkdir(parents=True)
    (notes / "serverless.js").write_text(JS)
    (notes / "node_modules" / "pkg" / "limits.js").write_text(JS)
    (notes / "build.js").write_text("const x = require('y');\nmodule.exports = x;\n")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(notes), "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [s["path"] for s in report["sources"]] == ["serverless.js"]
    assert any(s["path"] == "build.js" for s in report["skipped"])
    found = json.loads(runner.invoke(app, ["lookup", "lambda max timeout", "--json", "--db",
                                           db]).stdout)
    assert found and found[0]["source"] == "serverless.js" and found[0]["line"] == 3
    assert "15 min" in found[0]["value"]


def test_a_shell_script_gives_only_its_comments():
    script = ("#!/bin/bash\n# ---- Lambda ----\nexport LAMBDA_TIMEOUT_MAX_S=900   # 15 min\n"
              "BUCKET=my-bucket\nMAX_RETRIES=3\nif [ -z \"$X\" ]; then\n"
              "  SQS_MAX_MESSAGE_KB=256\nfi\naws s3 cp a b  # single PUT max 5 GB\n")
    # a shell script's assignments are its run's settings, never AWS's numbers (review
    # last_A of session 42: `export SQS_VISIBILITY_TIMEOUT=45` was read as SQS's): main's
    # reading, its comments alone
    # (the comment beside an `aws s3` command under the Lambda banner is S3's: session 45)
    assert [line for line in as_markdown(script, ".sh").split("\n") if line] == [
        "## Lambda", "- 15 min", "- s3: single PUT max 5 GB"]
    limits = "\n".join(script.split("\n")[:3])
    assert [line for line in as_markdown(limits, ".sh").split("\n") if line] == [
        "## Lambda", "- 15 min"]


def test_a_scope_whose_brace_is_on_the_next_line_and_constants_inside_an_enum():
    csharp = ("public static class KmsLimits\n{\n"
              "    public const int EncryptMaxBytes = 4096; // 4 KB\n}\n"
              "public class Handler\n{\n    public void Run()\n    {\n"
              "        var KmsEncryptMaxBytes = 10;\n    }\n}\n")
    out = as_markdown(csharp, ".cs").split("\n")
    # a program (a class with a method): read as main reads it, by its comments alone, never
    # a method's variable
    assert out[2] == "- 4 KB" and not any("encrypt" in line.lower() for line in out)
    assert not any("10" in line for line in out)
    # the same class alone is a constants module: its constants read
    alone = as_markdown("\n".join(csharp.split("\n")[:4]), ".cs").split("\n")
    assert alone[:3] == ["", "# kms limits", "- encrypt max: 4096 bytes (4 KB)"]
    swift = "enum SnsLimits {\n    static let maxMessageKB = 256\n}\n"
    assert as_markdown(swift, ".swift").split("\n")[1] == "- max message: 256 KB"
    kotlin = ("// ===== Lambda =====\nenum class InvocationType(val desc: String) {\n"
              "    RequestResponse(\"sync\"),\n    Event(\"async, retries 2x\"),\n}\n"
              "const val LAMBDA_ASYNC_RETRIES_DEFAULT = 2\nconst val LAMBDA_LAYERS_MAX = 5\n")
    assert as_markdown(kotlin, ".kt").split("\n")[1:5] == [
        "## invocation type", "- RequestResponse: sync", "- Event: async, retries 2x",
        "# Lambda"]
    # under a service's banner, a file of constants is that service's (review of code42,
    # finding 1: a cheat sheet's unprefixed names are read as on main)
    assert as_markdown("\n".join(kotlin.split("\n")[:5]), ".kt").split("\n")[1:3] == [
        "## invocation type", "- RequestResponse: sync"]


def test_a_camelcase_binary_unit_is_kept_whole(tmp_path):
    """`maxMemoryGiB` is in GiB (keyvalues.key_words' rule), never "gi" and bytes."""
    from typer.testing import CliRunner

    from studycli.cli import app

    assert identifier_words("maxMemoryGiB") == ["max", "memory", "GiB"]
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "limits.ts").write_text(
        "// AWS limits\nexport const lambdaEphemeralStorageMaxGiB = 10;\n"
        "export const sqsMaxMessageKiB = 256;\nexport const lambdaMaxMemoryMiB = 10240;\n")
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(notes), "--db", db])
    assert result.exit_code == 0, result.output
    for question, said in (("lambda ephemeral storage max", "10 GiB"),
                           ("sqs max message size", "256 KiB")):
        found = json.loads(runner.invoke(app, ["lookup", question, "--json", "--db",
                                               db]).stdout)
        assert found and found[0]["source"] == "limits.ts", found
        assert said in found[0]["value"], found[0]
