"""A line naming an Elastic Beanstalk deployment policy says "deployment" and "policy".

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
_POLICY = lazy_compile(
    r"\b(?:all[\s-]+at[\s-]+once|rolling(?:\s+with\s+(?:an\s+)?additional\s+batch)?"
    r"|immutable|traffic[\s-]+splitting)\b", re.IGNORECASE)

POLICY_SAYS = frozenset(stem(w) for w in ("deploy", "deployment", "deployments", "policy",
                                          "policies", "strategy", "strategies"))


def names_deploy_policy(text: str) -> bool:
    """Whether `text` names a deployment policy ("Immutable", "Rolling with additional
    batch")."""
    return bool(_POLICY.search(text))
