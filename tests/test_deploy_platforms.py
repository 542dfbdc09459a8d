"""Session 33 (attr33): a deployment service's lines about one of its compute platforms
("Lambda: Canary...", "EC2 hook order: ...") under its heading or item are the deployment
service's (data/categories.json compute_platforms). Lines written for the test, in wording
the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.formats import as_markdown

from .helpers import ingest_text, json_out, run_here

NOTE = (
    "## CodeDeploy\n"
    "- ECS: shifts traffic blue/green only, e.g. ECSAllAtOnce\n"
    "- Lambda rollout choices: LambdaCanary10Percent15Minutes or LambdaAllAtOnce\n"
    "- EC2 targets:\n"
    "  - hook script timeout 3600 seconds at most\n"
    "\n"
    "## Lambda\n"
    "- timeout tops out at 900 seconds\n"
)


def _services(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in parse_note(as_markdown(text, ".md"), "n.md").facts:
        out.setdefault(f.value, set()).add(f.service)
    return out


def test_a_line_opening_with_a_platform_under_the_deployer_is_the_deployers():
    facts = _services(NOTE)
    lambda_line = next(v for v in facts if "LambdaCanary" in v)
    ecs_line = next(v for v in facts if "ECSAllAtOnce" in v)
    assert facts[lambda_line] == {"CodeDeploy"} and facts[ecs_line] == {"CodeDeploy"}


def test_a_line_under_an_item_naming_a_platform_is_the_deployers_too():
    assert _services(NOTE)["3600 s"] == {"CodeDeploy"}


def test_the_platforms_own_section_keeps_its_lines():
    assert _services(NOTE)["900 s"] == {"Lambda"}


def test_a_platform_named_under_another_service_keeps_its_own_line():
    # only a deployment service's platforms: under "## CloudWatch" a Lambda line is Lambda's
    text = "## CloudWatch\n- Lambda: timeout tops out at 900 seconds\n"
    assert _services(text)["900 s"] == {"Lambda"}


def test_lookup_finds_the_deployers_hook_timeout(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTE)
    hits = json_out(run_here("lookup", "--json", "codedeploy hook script timeout max", db=db))
    assert hits and hits[0]["service"] == "CodeDeploy" and hits[0]["value"] == "3600 s"


def test_a_platforms_own_heading_under_a_toolchain_heading_keeps_its_facts():
    # review of attr33, 1: the facts of any section whose heading names CodeDeploy anywhere
    # above it were CodeDeploy's, even under a closer heading that is the platform's own
    # section ("nothing filed under Lambda" for "lambda max timeout")
    text = ("# CI/CD toolchain: CodeCommit, CodeBuild, CodeDeploy, CodePipeline\n"
            "## Lambda\n- timeout tops out at 900 seconds\n- memory up to 10240 MB\n")
    facts = _services(text)
    assert facts["900 s"] == {"Lambda"} and facts["10,240 MB"] == {"Lambda"}


def test_a_heading_comparing_services_gives_no_platform_line_to_the_deployer():
    # review of attr33, 1: under a heading listing several services the deployer is not the
    # lines' sole owner, and a line opening with a service is about it
    text = ("## Deployment options compared: Elastic Beanstalk, CodeDeploy, CloudFormation\n"
            "- Lambda functions: 1000 concurrent executions per region by default\n"
            "- ECS services: up to 5000 tasks per service\n")
    facts = _services(text)
    assert facts["1000 concurrent executions"] == {"Lambda"}
    assert facts["5000 tasks"] == {"ECS"}


def test_the_lambda_heading_under_the_toolchain_heading_answers_the_lookup(tmp_path):
    text = ("# CI/CD toolchain: CodeCommit, CodeBuild, CodeDeploy, CodePipeline\n"
            "## Lambda\n- timeout tops out at 900 seconds\n")
    _, db, _ = ingest_text(tmp_path, text, name="cd1.md")
    hits = json_out(run_here("lookup", "--json", "lambda max timeout", db=db))
    assert hits and hits[0]["service"] == "Lambda" and hits[0]["value"] == "900 s"
