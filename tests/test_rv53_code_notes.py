"""Review of branch code53: a project's code in a notes folder is no notes (a Lambda handler
with a header comment, a workshop's CDK stack whose comments restate its own settings), seconds
after "per <scope>" are a rate only where the name measures no time ("SQS_DELAY_PER_MESSAGE_S"
is a delay of 900 s), and a trailing "MIN" after a period's word is minutes
("EC2_BASIC_MONITORING_MIN = 5": basic monitoring's 5-minute period, no minimum of 5).

Basic monitoring is 5-minute intervals, detailed 1-minute:
https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_ecs.InstanceMonitoring.html; a
message's delay is 0 to 15 minutes (900 s):
https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-timers.html;
a target group's health check interval is 5-300 s (so "INTERVAL_MIN" is a minimum):
https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/elasticloadbalancingv2/aws.sdk.kotlin.services.elasticloadbalancingv2.model/-create-target-group-request/-builder/health-check-interval-seconds.html"""

from studycli.formats import as_markdown
from studycli.formats.comment_notes import comments_are_notes
from tests.helpers import folder_cli
from tests.test_code53_comment_notes import STUDY_STACK

# a real Lambda handler: its header block describes its own deployment (the SAM template's
# memory, timeout, concurrency), as densely as notes name services and figures
HANDLER = """/*
 * thumbnailer - resizes uploads for the photo app
 *
 * Flow: S3 upload -> S3 event -> this Lambda -> resized copy in the thumbs bucket.
 * Deployed with the SAM template in ../template.yaml:
 *   - memory 1024 MB (sharp needs it), timeout 60 s
 *   - reserved concurrency 20 so the API's functions are never starved
 *   - S3 event filter on prefix uploads/ and suffix .jpg
 * Images over 6 MB are skipped: the API Gateway payload cap upstream is 10 MB anyway.
 * Failures go to the SQS DLQ (retention 4 days) and alarm via CloudWatch after 5 errors.
 * CloudFront serves the thumbs with a TTL of 86400 s.
 */
const { S3Client, GetObjectCommand, PutObjectCommand } = require('@aws-sdk/client-s3');
const sharp = require('sharp');

const s3 = new S3Client({});

exports.handler = async (event) => {
  for (const rec of event.Records) {
    // S3 keys arrive URL-encoded with + for spaces
    const key = decodeURIComponent(rec.s3.object.key.replace(/\\+/g, ' '));
    if (rec.s3.object.size > 6 * 1024 * 1024) continue; // skip > 6 MB
    const obj = await s3.send(new GetObjectCommand({ Bucket: rec.s3.bucket.name, Key: key }));
    const body = await sharp(await obj.Body.transformToByteArray()).resize(200).toBuffer();
    await s3.send(new PutObjectCommand({ Bucket: process.env.THUMBS, Key: key, Body: body }));
  }
};
"""

# a workshop's stack: a comment on every step, each restating the value the code sets
WORKSHOP_STACK = """import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';

export class WorkshopStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    // Step 1: a DynamoDB table, 5 RCU and 5 WCU
    const table = new dynamodb.Table(this, 'Hits', {
      partitionKey: { name: 'path', type: dynamodb.AttributeType.STRING }, // path as key
      readCapacity: 5,   // 5 RCU
      writeCapacity: 5,  // 5 WCU
    });
    // Step 2: an SQS queue, visibility timeout 300 s
    const queue = new sqs.Queue(this, 'Jobs', {
      visibilityTimeout: cdk.Duration.seconds(300), // 300 s
      retentionPeriod: cdk.Duration.days(7),        // keep messages 7 days
    });
    // Step 3: the Lambda function, 256 MB and 60 s timeout
    const fn = new lambda.Function(this, 'Worker', {
      runtime: lambda.Runtime.NODEJS_20_X, // Node.js 20
      memorySize: 256,                     // 256 MB
      timeout: cdk.Duration.seconds(60),   // 60 s
      handler: 'worker.handler',           // worker.js
      code: lambda.Code.fromAsset('lambda'),
    });
    // Step 4: Lambda reads the SQS queue 10 messages at a time
    table.grantReadWriteData(fn); // IAM policy for DynamoDB
  }
}
"""


def test_a_projects_handler_and_workshop_stack_are_no_notes():
    assert not comments_are_notes(HANDLER)
    assert not comments_are_notes(WORKSHOP_STACK)
    assert comments_are_notes(STUDY_STACK)  # the student's stack still is


def test_a_folder_reads_the_study_stack_and_passes_over_the_projects_code(tmp_path):
    ask = folder_cli(tmp_path, {"network_stack.ts": STUDY_STACK, "thumbnailer.js": HANDLER,
                                "workshop_stack.ts": WORKSHOP_STACK})
    assert {f["source"] for f in ask("facts")} == {"network_stack.ts"}
    assert ask("lookup", "sqs visibility timeout") == []
    assert ask("lookup", "lambda memory") == []


def test_seconds_per_a_scope_of_a_time_measure_are_a_duration():
    out = as_markdown("SQS_DELAY_PER_MESSAGE_S = 900\nLAMBDA_TIMEOUT_PER_INVOCATION_S = 900\n"
                      "S3_GET_PER_PREFIX_S = 5500\n", ".py").split("\n")
    assert out[0] == "- SQS delay per message: 900 s"
    assert out[1] == "- LAMBDA timeout per invocation: 900 s"
    assert out[2] == "- S3 get per prefix: 5500 per second"  # the branch's case still a rate


def test_min_after_a_period_is_minutes_not_a_minimum(tmp_path):
    src = ("EC2_BASIC_MONITORING_MIN = 5\nEC2_DETAILED_MONITORING_MIN = 1\n"
           "RDS_BACKUP_RETENTION_MIN = 1\nALB_HEALTH_CHECK_INTERVAL_MIN = 5\n")
    out = as_markdown(src, ".py").split("\n")
    assert out[0] == "- EC2 basic monitoring: 5 min"
    assert out[1] == "- EC2 detailed monitoring: 1 min"
    assert out[2] == "- RDS backup retention min: 1"  # no period's word: said as written
    # an interval has a minimum (an ALB health check's is 5 s): no minutes read into it
    assert out[3] == "- ALB health check interval min: 5"
    ask = folder_cli(tmp_path, {"ec2.py": src})
    hits = ask("lookup", "ec2 basic monitoring interval")
    assert hits and hits[0]["value"] == "5 min"
    minimum = ask("lookup", "ec2 basic monitoring minimum")
    assert not any(h["value"].endswith(": 5") for h in minimum)


def test_a_student_setting_props_to_awss_bounds_is_still_notes():
    # the values set are AWS's bounds, and the comments say so: a student's, no restatement
    stack = """import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';

export class LimitsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new lambda.Function(this, 'Fn', {
      timeout: cdk.Duration.minutes(15),   // Lambda max 15 min
      memorySize: 10240,                   // Lambda max 10240 MB
      ephemeralStorageSize: cdk.Size.gibibytes(10), // /tmp max 10 GB
    });
    new sqs.Queue(this, 'Q', {
      visibilityTimeout: cdk.Duration.hours(12),  // SQS max 12 h
      retentionPeriod: cdk.Duration.days(14),     // SQS max 14 days, default 4
    });
    // SNS, EventBridge and Step Functions: see the next stack
    // Lambda: 1,000 concurrent executions per Region by default
    // SQS message size max 256 KB
    // SQS long polling wait max 20 s
    // Lambda payload 6 MB sync, 256 KB async
  }
}
"""
    assert comments_are_notes(stack)


def test_a_cdk_comment_is_of_the_outermost_prop_and_never_of_a_signatures_parameter():
    out = as_markdown("""import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class Notes extends cdk.Stack {
  constructor(scope: cdk.App, id: string) { // bucket names 3-63 chars
    super(scope, id);
    const retries: number = 3; // default 2 retries for async invokes
    new lambda.Function(this, 'F', {
      environment: { MODE: 'x' }, // 4 KB total env vars
    });
  }
}
""", ".ts").split("\n")
    # a parameter's or a variable's type annotation is no prop
    assert out[4] == "- bucket names 3-63 chars"
    assert out[6] == "- default 2 retries for async invokes"
    # the comment is the prop's the line sets, not of a key nested in its value
    assert out[8] == "- Lambda environment: 4 KB total env vars"


def test_a_rate_per_a_unit_of_size_answers_no_bound_of_its_measure(tmp_path):
    # st1's baseline is 40 MB/s per TB of volume; its maximum is 500 MiB/s
    # (https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html)
    ask = folder_cli(tmp_path, {"ebs.md": "# EBS\n- st1: 40 MB/s per TB baseline\n"})
    assert ask("lookup", "st1 max throughput") == []
    hits = ask("lookup", "st1 throughput per tb")
    assert hits and "40 MB/s per TB" in hits[0]["value"]


def test_a_block_comments_lines_inside_a_construct_are_no_code():
    # (review of session 53) a JSDoc line's URL read as a `//` comment after an "https:" prop,
    # and a "{" in the block opened a frame, so a comment after the construct was still its
    out = as_markdown("""import * as cdk from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';

export class Notes extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new sqs.Queue(this, 'Jobs', {
      /**
       * see https://docs.aws.amazon.com/sqs: max 12 h
       * a { in a comment
       */
      visibilityTimeout: cdk.Duration.seconds(30), // default 30 s
    });
    // retention default 4 days
  }
}
""", ".ts").split("\n")
    assert out[8] == "- SQS: see https://docs.aws.amazon.com/sqs: max 12 h"
    assert out[11] == "- SQS visibility timeout: default 30 s"
    assert out[13] == "- retention default 4 days"


def test_a_block_comments_lines_are_no_code_of_a_program():
    # a line of a block comment naming `process.env` is words, no program's code
    from studycli.formats.code_comments import code_and_comments

    lines = ["/* notes", " * never read process.env here {", " */", "const a = 1; // x"]
    assert list(code_and_comments(lines)) == [
        ("", "notes", False), ("", "never read process.env here {", True), ("", "", True),
        ("const a = 1; ", "x", False)]
