"""Notes kept as source code, issue 10 (formats/code_constants.py, code_values.py,
test_notes.py): a student's tests of a module of their own constants, a Java class's banner
comments, durations made by a call and a bound said before what it counts."""

import pytest

from studycli.formats import as_markdown
from tests.helpers import folder_cli

TESTS_OF_CONSTANTS = """// "tests" that assert what I think the limits are
import { describe, expect, it } from "vitest";
IMPORT

describe("Aurora", () => {
  it("replicas", () => {
    expect(db.AURORA_MAX_REPLICAS).toBe(15);
    expect(db.AURORA_BACKTRACK_MAX_HOURS).toBe(72); // mysql only
  });
  it("storage", () => {
    expect(db.AURORA_MAX_STORAGE_TIB).toBe(128);
  });
  it("global database", () => {
    expect(db.AURORA_GLOBAL_SECONDARY_REGIONS).toBe(5);
  });
});
"""


def test_tests_of_a_module_of_constants_are_read_as_notes():
    text = TESTS_OF_CONSTANTS.replace("IMPORT", 'import * as db from "./db_constants";')
    out = as_markdown(text, ".ts").split("\n")
    assert out[4] == "# Aurora"
    # the module's name (`db`) says nothing of the fact; a bound before its noun a count
    assert out[6] == "  - AURORA max: 15 replicas"
    assert out[7] == "  - AURORA backtrack max: 72 h (mysql only)"


@pytest.mark.parametrize("head,body", [
    # a call of what it imports: the code the tests are of
    ('import * as db from "./db_constants";', "db.connect();"),
    ('import { handler } from "../src/handler";', "handler();"),
    # a program's settings, whatever the names
    ('import * as db from "./config";', ""),
    ('import * as db from "./config.ts";', ""),
    # a module in a project's folders, not beside the notes: the project's own settings
    ('import * as db from "../src/db_constants";', ""),
    ('import * as db from "./src/db_constants";', ""),
    ('import * as db from "db-constants";', ""),
    ('import * as AWS from "aws-sdk";', ""),
    # a name that is no constant's
    ('import { maxReplicas } from "./limits";', ""),
])
def test_tests_of_code_stay_a_projects(head, body):
    text = TESTS_OF_CONSTANTS.replace("IMPORT", head).replace(
        "expect(db.AURORA_MAX_REPLICAS)", body + "\n    expect(db.AURORA_MAX_REPLICAS)")
    out = as_markdown(text, ".ts")
    assert "AURORA max: 15" not in out and "# Aurora" not in out


def test_python_tests_of_a_module_of_constants_are_read_as_notes():
    text = ("import limits as L\nfrom limits import SQS_MAX_MSG_KB\n\n\n"
            "def test_sqs_message_size():\n    assert SQS_MAX_MSG_KB == 256\n\n\n"
            "def test_aurora_replicas():\n    assert L.AURORA_MAX_REPLICAS == 15\n")
    out = as_markdown(text, ".py").split("\n")
    assert out[5] == "  - SQS max msg: 256 KB"
    assert out[9] == "  - AURORA max: 15 replicas"
    called = text + "\n\ndef test_handler():\n    assert L.handler({}) == 200\n"
    assert "AURORA max" not in as_markdown(called, ".py")


def test_python_tests_of_a_packages_constants_stay_a_projects(tmp_path):
    # `app.constants` is a project's module: its tests assert the project's own settings
    text = ("from app.constants import SQS_BATCH_SIZE, LAMBDA_TIMEOUT_S, DYNAMODB_RCU\n\n\n"
            "def test_sqs_batch_size():\n    assert SQS_BATCH_SIZE == 5\n\n\n"
            "def test_lambda_timeout():\n    assert LAMBDA_TIMEOUT_S == 30\n\n\n"
            "def test_dynamodb_rcu():\n    assert DYNAMODB_RCU == 25\n")
    assert "SQS batch size: 5" not in as_markdown(text, ".py")
    ask = folder_cli(tmp_path, {"test_constants.py": text,
                                "lambda.md": "# Lambda\n\n- max memory 10240 MB\n"})
    assert not ask("lookup", "lambda timeout")
    beside = text.replace("from app.constants", "from constants")
    assert "SQS batch size: 5" in as_markdown(beside, ".py")


JAVA = """package notes;

public final class LambdaApiLimits {

    // ---------- Lambda ----------
    public static final int LAMBDA_MAX_TIMEOUT_S = 15 * 60;
    public enum LambdaError {
        TooManyRequestsException,  // 429 - throttled
    }
    public static final int LAMBDA_MAX_LAYERS = 5;

    // ---------- API Gateway ----------
    public static final int WEBSOCKET_MAX_CONNECTION_H = 2;
}
"""


def test_a_banner_inside_the_class_holding_the_file_names_its_section():
    out = as_markdown(JAVA, ".java").split("\n")
    assert out[4] == "# Lambda" and out[11] == "# API Gateway"
    assert out[6] == "## lambda error"  # right under the banner, not under the class too
    assert out[8] == "# Lambda"  # said again where the enum closes: the constants after it
    assert out[12] == "- websocket max connection: 2 h"


@pytest.mark.parametrize("value,shown", [
    ("Duration.ofSeconds(300)", "300 s"),
    ("Duration.ofDays(1)", "1 day"),
    ("TimeSpan.FromHours(12)", "12 h"),
    ("Duration::from_secs(30)", "30 s"),
    ("Duration.minutes(5)", "5 min"),
    ("30.seconds", "30 s"),
])
def test_a_duration_made_by_a_call_is_its_figure(value, shown):
    text = f"// ELB limits\nconst ELB_DEREGISTRATION_DELAY_DEFAULT = {value};\n" \
           "const ELB_IDLE_TIMEOUT_DEFAULT_S = 60;\nconst ELB_MAX_RULES = 100;\n"
    out = as_markdown(text, ".kt").split("\n")
    assert out[1] == f"- ELB deregistration delay default: {shown}"


def test_pythons_timedelta_is_its_figure():
    text = ("SQS_RETENTION_DEFAULT = timedelta(days=4)\nSQS_RETENTION_MAX_DAYS = 14\n"
            "SQS_DELAY_MAX_S = 900\n")
    assert as_markdown(text, ".py").split("\n")[0] == "- SQS retention default: 4 days"


def test_code_notes_are_looked_up(tmp_path):
    tests = TESTS_OF_CONSTANTS.replace("IMPORT", 'import * as db from "./db_constants";')
    java = JAVA.replace("    public static final int LAMBDA_MAX_LAYERS = 5;\n",
                        "    public static final Duration ALB_IDLE_TIMEOUT_DEFAULT = "
                        "Duration.ofSeconds(60);\n"
                        "    public static final int S3_MULTIPART_MAX_PARTS = 10_000;\n")
    ask = folder_cli(tmp_path, {"db_limits.test.ts": tests, "LambdaApiLimits.java": java})
    hits = ask("lookup", "aurora max replicas")
    assert hits and "15" in hits[0]["value"]
    hits = ask("lookup", "websocket api max connection time")
    assert hits and "2 h" in hits[0]["value"]
    hits = ask("lookup", "alb idle timeout default")
    assert hits and "60" in hits[0]["value"]
    hits = ask("lookup", "multipart upload max number of parts")
    assert hits and "10,000" in hits[0]["value"].replace("10000", "10,000")


S3_TS = """// s3 notes kept as code

/** S3 object sizes */
export const S3_MAX_OBJECT_SIZE_TB = 5;
export const S3_MULTIPART_MAX_PARTS = 10_000;

/** request rates PER PREFIX per second */
export const S3_PUT_RATE_PER_PREFIX = 3_500; // PUT/COPY/POST/DELETE
export const S3_GET_RATE_PER_PREFIX = 5_500; // GET/HEAD

export const S3_TAGS_PER_OBJECT = 10;
"""


def test_a_comment_titling_the_constants_under_it_heads_them_up_to_a_blank_line():
    out = as_markdown(S3_TS, ".ts").split("\n")
    assert out[2] == "# S3 object sizes"
    assert out[4] == "- S3 multipart max: 10000 parts"
    # the group ends at the blank line: the section's own heading again, its service's
    assert out[5] == "# S3" and out[6] == "## request rates PER PREFIX per second"
    assert out[9] == "# S3" and out[10] == "- S3 tags per object: 10"


def test_a_titled_group_is_looked_up_by_its_title(tmp_path):
    ask = folder_cli(tmp_path, {"s3.ts": S3_TS})
    hits = ask("lookup", "s3 get req per sec per prefix")
    assert hits and "5500" in hits[0]["value"].replace(",", "")


FENCED = """# SQS

## what I used in the lab

```python
SQS_VISIBILITY_TIMEOUT = 45
SQS_MAX_MESSAGES = 4
SQS_WAIT_TIME_SECONDS = 7
```

Real limits: visibility timeout max 12 hours, long polling wait max 20 seconds.
"""


def test_a_fence_of_constants_in_a_note_gives_no_facts(tmp_path):
    # a note's fence holds a lab's or an app's values (or a myth) as often as AWS's: read by
    # its comments only, as any fence is, so the prose's figure answers and nothing else
    ask = folder_cli(tmp_path, {"sqs.md": FENCED})
    hits = ask("lookup", "sqs long polling wait time")
    assert hits and hits[0]["value"] == "20 s"
    assert not ask("lookup", "sqs max messages")


def test_a_time_after_a_size_in_a_name_is_one_unit():
    text = ("// free tier\nexport const FREE_TIER = {\n  lambdaRequestsPerMonth: 1_000_000,\n"
            "  lambdaGbSecondsPerMonth: 400_000,\n};\n")
    out = as_markdown(text, ".ts")
    # GB-seconds is one unit of two, no duration of 400000 s
    assert "- lambda gb seconds per month: 400000" in out.split("\n")
    assert "400000 s" not in out


GO_GROUPED = """package awsnotes

const (
\t// ---- SQS ----
\tSqsMaxMessageKB = 256
\tSqsRetentionMaxDays = 14

\t// ---- SNS ----
\tSnsMaxMessageKB = 256
\tSnsSubscriptionsPerTopic = 12_500_000
)

var SnsProtocols = map[string]string{
\t"sqs": "queue",
\t"lambda": "function",
}
const SnsFifoTopicThroughput = 300
"""


def test_banners_inside_a_go_const_group_name_their_sections():
    out = as_markdown(GO_GROUPED, ".go").split("\n")
    assert out[3] == "# SQS" and out[7] == "# SNS"
    assert out[8] == "- sns max message: 256 KB"
    # the group closed, SNS's section goes on: said again after the map that closes in it
    assert out[15] == "# SNS" and out[16] == "- sns fifo topic throughput: 300"


SQS_FIFO_PY = """# my exam limits, as python

# SQS FIFO
THROUGHPUT_PER_S = 300
BATCH_THROUGHPUT_PER_S = 3000

DEDUP_WINDOW_MIN = 5
MAX_MESSAGE_GROUPS = 20000

# Lambda@Edge
VIEWER_TIMEOUT_S = 5
"""


def test_a_title_naming_a_subject_heads_its_whole_section(tmp_path):
    # "SQS FIFO" is FIFO's section, past the blank line: no group cut back to bare SQS
    out = as_markdown(SQS_FIFO_PY, ".py").split("\n")
    assert out[2] == "# SQS FIFO" and "# SQS" not in out
    # a subject of another service than the section's is an aside, no group of SQS's
    assert "## Lambda@Edge" not in out
    ask = folder_cli(tmp_path, {"limits.py": SQS_FIFO_PY})
    hits = ask("lookup", "sqs fifo deduplication window")
    assert hits and "5" in hits[0]["value"]
