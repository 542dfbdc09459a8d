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
