"""A deployment service's lines about one of its compute platforms ("Lambda: Canary10Percent5
Minutes, Linear10PercentEvery1Minute" under "## CodeDeploy") are the deployment service's:
filed under the platform they opened with, "codedeploy lambda deployment config" found
nothing of CodeDeploy's, and Lambda's facts held CodeDeploy's hooks."""

from __future__ import annotations

from functools import lru_cache

from studycli.services import find_services


@lru_cache(maxsize=1)
def _platforms() -> dict[str, frozenset[str]]:
    """Each deployment service's compute platforms (data/categories.json)."""
    from studycli.paths import load_json

    raw = load_json("categories.json")["compute_platforms"]["services"]
    return {deployer: frozenset(names) for deployer, names in raw.items()}


def deployer_of_a_platform(trail: tuple[str, ...], service: str, headings: int) -> str:
    """The deployment service that owns the line's nearest enclosing item or heading
    (`trail`, innermost first, its last `headings` entries headings) when `service`, the
    line's, is one of its compute platforms ("" if none). Only an entry naming the deployer
    alone owns the line: a heading listing or comparing services ("CI/CD toolchain: CodeCommit,
    CodeBuild, CodeDeploy", "Deployment options compared: Elastic Beanstalk, CodeDeploy, ...")
    owns no platform's facts. A closer heading naming the platform ("## Lambda" under such a
    heading) or another service is the line's own section, and ends the search; an item
    naming the platform ("EC2 deployment configs:" under "## CodeDeploy") is a label the
    deployer's line opens with, and the search goes on past it."""
    if not service:
        return ""
    first_heading = len(trail) - headings
    for at, text in enumerate(trail):
        names = {mention.name for mention in find_services(text)}
        deployers = {name for name in names if service in _platforms().get(name, ())}
        if deployers:
            return names.pop() if len(names) == 1 else ""
        if names - {service} or (names and at >= first_heading):
            return ""  # another service's entry, or the platform's own heading
    return ""
