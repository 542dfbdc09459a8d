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


def deployer_of_a_platform(trail: tuple[str, ...], service: str) -> str:
    """The deployment service an enclosing item or heading of the line names (`trail`,
    innermost first) when `service`, the line's, is one of its compute platforms ("" if
    none): the platform is what the deployment is onto, the line the deployment's."""
    if not service:
        return ""
    for text in trail:
        for mention in find_services(text):
            if service in _platforms().get(mention.name, ()):
                return mention.name
    return ""
