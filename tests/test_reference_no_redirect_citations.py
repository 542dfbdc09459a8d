"""An AWS fact cites the page itself, never a redirect to it.

`check`, lookup's "AWS docs say" lines and the exam's explanations print an entry's `url` as the
page that proves the fact. A `goto/` link (`goto/WebAPI/logs/PutLogEvents`) or a `console/` link
(`console/cloudfront/functions`) is a redirect: the address names no page, a reviewer cannot tell
what it will land on, and a redirect AWS retires leaves the student at an error. Cite the page the
redirect resolves to, once its text is read stating the value.

Redirects into an SDK's reference (`goto/SdkForKotlin/...`) are SDK pages and are governed by
`SDK_PAGE_ALLOWED` in tests/test_reference_urls.py; this file covers every other redirect.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .test_reference_urls import ENTRIES, SDK_PAGE

# docs.aws.amazon.com/goto/<anything> and docs.aws.amazon.com/console/<anything> (and the China
# mirror's copies) forward to another page.
REDIRECT_PATH = re.compile(r"^/(?:goto|console)/")
_DOC_HOSTS = {"docs.aws.amazon.com", "docs.amazonaws.cn"}

# Entries still citing a redirect, each with why it was not moved (searched 2026-12-07 in the
# documentation search corpus). Remove an id once its entry cites the page itself
# (test_the_redirect_allow_list_names_only_entries_that_still_need_it fails while a listed id no
# longer needs it).
# (rv-refs56 moved the last three: CloudWatch Logs' 1 MB event, `.max` and `.claim`, to
# API_InputLogEvent, DynamoDB's 400 KB item to API_BatchWriteItem, the page its goto/WebAPI
# redirect landed on, and mendA56 on to the developer guide's Constraints page.)
REDIRECT_ALLOWED: dict[str, str] = {}


def is_redirect(url: str) -> bool:
    """A goto/ or console/ address that is not an SDK page (those have their own allow-list)."""
    parts = urlsplit(url)
    return (parts.hostname in _DOC_HOSTS and bool(REDIRECT_PATH.match(parts.path))
            and not SDK_PAGE.match(parts.path))


def redirect_citations(entries: list[dict]) -> list[str]:
    return sorted(entry["id"] for entry in entries if is_redirect(entry["url"]))


def test_the_redirect_check_tells_redirects_from_pages():
    assert is_redirect("https://docs.aws.amazon.com/goto/WebAPI/dynamodb/BatchWriteItem")
    assert is_redirect("https://docs.aws.amazon.com/console/cloudfront/functions")
    assert is_redirect("https://docs.amazonaws.cn/goto/WebAPI/logs-2014-03-28/PutLogEvents")
    # an SDK redirect is the SDK allow-list's to judge
    assert not is_redirect("https://docs.aws.amazon.com/goto/SdkForKotlin/sqs-2012-11-05/ReceiveMessage")
    assert not is_redirect(
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-functions.html")
    assert not is_redirect("https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedCanary.html")
    # only the documentation hosts forward these paths: aws.amazon.com/console/ is a page
    assert not is_redirect("https://aws.amazon.com/console/")
    assert not is_redirect("https://aws.amazon.com/goto/")


def test_a_new_redirect_citation_is_caught():
    entries = [{"id": "x.guide", "url": "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"},
               {"id": "x.redirect", "url": "https://docs.aws.amazon.com/console/lambda/limits"}]
    assert redirect_citations(entries) == ["x.redirect"]


def test_no_entry_cites_a_redirect_unless_listed_with_why():
    unlisted = [entry_id for entry_id in redirect_citations(ENTRIES)
                if entry_id not in REDIRECT_ALLOWED]
    assert unlisted == [], ("cite the page the redirect lands on, or list with why: "
                            + ", ".join(unlisted))


def test_the_redirect_allow_list_names_only_entries_that_still_need_it():
    cited = set(redirect_citations(ENTRIES))
    stale = [entry_id for entry_id in REDIRECT_ALLOWED if entry_id not in cited]
    assert stale == [], "drop these from REDIRECT_ALLOWED: " + ", ".join(stale)


def test_the_pages_reviewers_met_behind_redirects_are_cited_directly():
    # refs56 (2026-12-07) read these pages stating the entries' values and cited them in place of
    # the console/ and goto/WebAPI redirects that led there
    by_id = {entry["id"]: entry["url"] for entry in ENTRIES}
    guide = "/DeveloperGuide/cloudfront-functions.html"
    assert by_id["cloudfront.functions.events"].endswith(guide)
    assert by_id["cloudfront.functions.scale"].endswith(guide)
    assert by_id["codedeploy.canary"].endswith("/APIReference/API_TimeBasedCanary.html")
