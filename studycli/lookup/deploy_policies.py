"""A line labelled by an Elastic Beanstalk deployment policy says "deployment" (and "policy").

Elastic Beanstalk's deployment policies are "All at once, Rolling, Rolling with additional
batch, Immutable, and Traffic splitting"
(https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.rolling-version-deploy.html;
the DevOps whitepaper calls them "deployment strategies",
https://docs.aws.amazon.com/whitepapers/latest/introduction-devops-aws/aeb-deployment-strategies.html).
Notes list them by name ("Immutable: new ASG, full capacity, quickest rollback") while
students ask "beanstalk immutable deployment", "which beanstalk deploy mode keeps full
capacity": the policy's name says what those words ask, as a region's code says "region"
(answer._topic). Only of Elastic Beanstalk's lines: S3 Object Lock's "immutable backups"
say no deployment. Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.text import stem

POLICIES_OF = "Elastic Beanstalk"  # the service whose policies these names are
# A policy's name only as the line's label, the name first and then ":", "=", "(", "-" or
# nothing: "Immutable: new ASG", "All at once (default)"; not "trigger rolling updates" nor
# "Rolling updates: ...", which name no policy.
_POLICY_LABEL = lazy_compile(
    r"^\s*(?:all[\s-]+at[\s-]+once|rolling(?:\s+with\s+(?:an\s+)?additional\s+batch)?"
    r"|immutable|traffic[\s-]+splitting)\s*(?:$|[:=(\-])", re.IGNORECASE)
_DEPLOY_ASKED = lazy_compile(r"\bdeploy(?:ment|ments|s|ing)?\b", re.IGNORECASE)

_DEPLOY_SAYS = frozenset(stem(w) for w in ("deploy", "deployment", "deployments", "strategy",
                                           "strategies"))
# "policy" is said only of a deployment asked: "beanstalk iam policy" asks no deployment
_POLICY_SAYS = frozenset(stem(w) for w in ("policy", "policies"))


def names_deploy_policy(text: str) -> bool:
    """Whether `text` is labelled by a deployment policy's name ("Immutable: new ASG",
    "Rolling with additional batch - ...")."""
    return bool(_POLICY_LABEL.search(text))


def policy_says(query: str) -> frozenset[str]:
    """The words a line labelled by a policy's name says for `query`: "deployment",
    "strategy", and "policy" only where the query says deploy or deployment."""
    return _DEPLOY_SAYS | _POLICY_SAYS if _DEPLOY_ASKED.search(query) else _DEPLOY_SAYS
