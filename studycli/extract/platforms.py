"""A deployment service's lines about one of its compute platforms ("Lambda: Canary10Percent5
Minutes, Linear10PercentEvery1Minute" under "## CodeDeploy") are the deployment service's:
filed under the platform they opened with, "codedeploy lambda deployment config" found
nothing of CodeDeploy's, and Lambda's facts held CodeDeploy's hooks."""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.services import find_services


@lru_cache(maxsize=1)
def _platforms() -> dict[str, frozenset[str]]:
    """Each deployment service's compute platforms (data/categories.json)."""
    from studycli.paths import load_json

    raw = load_json("categories.json")["compute_platforms"]["services"]
    return {deployer: frozenset(names) for deployer, names in raw.items()}


@lru_cache(maxsize=1)
def _deployment_cue() -> re.Pattern[str]:
    """A deployment's word (data/categories.json compute_platforms.deployment_cues): a
    configuration or hook name anywhere in a word ("LambdaCanary10Percent5Minutes"), a
    deployment term at a word's start ("hooks", "AppSpec", "blue/green")."""
    from studycli.paths import load_json

    cues = load_json("categories.json")["compute_platforms"]["deployment_cues"]
    inside = "|".join(re.escape(word) for word in cues["inside_words"])
    words = "|".join(re.escape(word) for word in cues["words"])
    return re.compile(rf"(?:{inside})|\b(?:{words})", re.IGNORECASE)


def _states_a_deployment(line: str) -> bool:
    """The line names a deployment before its first value: "hook script timeout 3600
    seconds" does, "Lambda max timeout is 15 minutes so hook functions must finish" states
    Lambda's own measure and only then the hooks, "Lambda function max memory is 10240 MB"
    names none."""
    value = re.search(r"(?<![\w.])\d", line)
    return bool(_deployment_cue().search(line[:value.start()] if value else line))


def deployer_of_a_platform(trail: tuple[str, ...], service: str, headings: int,
                           line: str = "") -> str:
    """The deployment service that owns the line's nearest enclosing item or heading
    (`trail`, innermost first, its last `headings` entries headings) when `service`, the
    line's, is one of its compute platforms ("" if none). Only an entry naming the deployer
    alone owns the line: a heading listing or comparing services ("CI/CD toolchain: CodeCommit,
    CodeBuild, CodeDeploy", "Deployment options compared: Elastic Beanstalk, CodeDeploy, ...")
    owns no platform's facts. A closer heading naming the platform ("## Lambda" under such a
    heading) or another service is the line's own section, and ends the search; an item
    naming the platform ("EC2 deployment configs:" under "## CodeDeploy") is a label the
    deployer's line opens with, and the search goes on past it. The line, or an item between
    it and the deployer's entry, must name a deployment (a configuration, a hook, AppSpec,
    traffic shifting, blue/green, rollback, the agent ...): under "CODEDEPLOY", "Lambda
    function max memory is 10240 MB" is Lambda's own measure (review 2 of attr33, 3)."""
    if not service:
        return ""
    first_heading = len(trail) - headings
    cued = _states_a_deployment(line)
    for at, text in enumerate(trail):
        names = {mention.name for mention in find_services(text)}
        deployers = {name for name in names if service in _platforms().get(name, ())}
        if deployers:
            return names.pop() if len(names) == 1 and cued else ""
        cued = cued or (at < first_heading and bool(_deployment_cue().search(text)))
        if names - {service} or (names and at >= first_heading):
            return ""  # another service's entry, or the platform's own heading
    return ""
