"""Notes kept as code, issue 10 (session 53): a CDK stack in a notes folder whose comments
are the student's notes is read by its comments (formats/comment_notes.py); a project's
stack, with a comment every few dozen lines, is still passed over."""

from studycli.formats.comment_notes import comments_are_notes
from tests.helpers import folder_cli

STUDY_STACK = """// networking notes as a CDK stack
import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

export class NetStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 }); // VPC CIDR between /16 and /28
    // AWS reserves 5 IPs in every subnet (first 4 + last 1)
    // Site-to-Site VPN: 2 tunnels, each up to 1.25 Gbps
    const tg = new elbv2.ApplicationTargetGroup(this, 'Tg', {
      vpc,
      healthCheck: {
        interval: cdk.Duration.seconds(45),   // ALB health check interval default 30 s
        unhealthyThresholdCount: 3,           // ALB unhealthy threshold default 2
      },
    });
    // ALB idle timeout default 60 seconds
    // CloudFront default TTL 24 hours (86400 s), max TTL 1 year
    // Route 53 health checks: interval 30 s (fast = 10 s)
  }
}
"""

# the same stack as a project writes it: the same code, a comment now and then
PROJECT_STACK = """import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

export class NetStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 }); // 2 AZs keep the VPC cheap
    const tg = new elbv2.ApplicationTargetGroup(this, 'Tg', {
      vpc,
      healthCheck: {
        interval: cdk.Duration.seconds(45),   // our ALB checks every 45 s
        unhealthyThresholdCount: 3,
      },
    });
    const dist = new cloudfront.Distribution(this, 'Cdn', { defaultBehavior: { origin } });
    new route53.ARecord(this, 'Alias', { zone, target: cdk.aws_route53.RecordTarget.fromAlias(
      new targets.CloudFrontTarget(dist)) }); // CloudFront alias in Route 53
    new cdk.CfnOutput(this, 'Url', { value: dist.domainName });
  }
}
"""


def test_a_study_stacks_comments_are_notes_and_a_projects_are_not():
    assert comments_are_notes(STUDY_STACK)
    assert not comments_are_notes(PROJECT_STACK)


def test_api_documentation_is_no_notes():
    # JSDoc over an SDK's methods names services and figures as densely as notes do
    doc = "".join(f"""  /**
   * Sends up to 10 messages to the Amazon SQS queue, each up to 256 KB.
   * Lambda, SNS and EventBridge can subscribe through {n} targets.
   * @param input The request
   * @returns The response
   */
  send{n}(input) {{ return this.client.send(input); }}
""" for n in range(4))
    assert not comments_are_notes("export class Client {\n" + doc + "}\n")


def test_a_study_stack_in_a_folder_is_read_by_its_comments(tmp_path):
    ask = folder_cli(tmp_path, {"network_stack.ts": STUDY_STACK,
                                "project_stack.ts": PROJECT_STACK})
    sources = {f["source"] for f in ask("facts")}
    assert sources == {"network_stack.ts"}
    hits = ask("lookup", "alb health check interval default")
    assert hits and hits[0]["value"] == "30 s" and hits[0]["line"] == 15
    # the code's own setting (45 s) is the stack's, never an AWS fact
    assert not any("45" in f["value"] for f in ask("facts"))
    hits = ask("lookup", "site to site vpn bandwidth per tunnel")
    assert hits and "1.25 Gbps" in hits[0]["value"]


CONSTRUCT_COMMENTS = """import * as cdk from 'aws-cdk-lib';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as apigw from 'aws-cdk-lib/aws-apigateway';

export class StudyStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const tg = new elbv2.ApplicationTargetGroup(this, 'Tg', {
      healthCheck: {
        interval: cdk.Duration.seconds(45),   // default 30 s
        unhealthyThresholdCount: 3,           // default 2
      },
      deregistrationDelay: cdk.Duration.seconds(60), // connection draining default 300 s
    });
    const api = new apigw.RestApi(this, 'Api', {
      deployOptions: {
        // default stage throttle: 10,000 requests/s steady, 5,000 burst
        throttlingRateLimit: 100,
      },
    });
    // SG vs NACL:
    //   security group = stateful
    //   NACL = stateless
  }
}
"""


def test_a_cdk_comment_is_of_the_prop_beside_it_and_the_construct_around_it():
    from studycli.formats import as_markdown

    out = as_markdown(CONSTRUCT_COMMENTS, ".ts").split("\n")
    assert out[9] == "- ELB health check interval: default 30 s"
    assert out[10] == "- ELB health check unhealthy threshold count: default 2"
    assert out[12] == "- ELB deregistration delay: connection draining default 300 s"
    assert out[16] == ("- API Gateway deploy options: default stage throttle: 10,000 "
                       "requests/s steady, 5,000 burst")
    # a comment set in under another is an item under it; the code's values are never read
    assert out[20:23] == ["- SG vs NACL:", "  - security group = stateful",
                          "  - NACL = stateless"]
    assert not any("45" in line or "100" in line for line in out)


def test_a_cdk_stacks_comments_are_looked_up_by_their_props(tmp_path):
    import json

    from typer.testing import CliRunner

    from studycli.cli import app

    stack = tmp_path / "stack.ts"
    stack.write_text(CONSTRUCT_COMMENTS)
    db, runner = str(tmp_path / "s.db"), CliRunner()
    assert runner.invoke(app, ["ingest", str(stack), "--db", db]).exit_code == 0

    def lookup(query):
        return json.loads(runner.invoke(app, ["lookup", query, "--json", "--db", db]).output)

    hits = lookup("alb health check interval default")
    assert hits and hits[0]["value"] == "30 s"
    hits = lookup("deregistration delay default")
    assert hits and hits[0]["value"] == "300 s"
    hits = lookup("api gateway default throttle rate")
    assert hits and "10,000" in hits[0]["value"]
