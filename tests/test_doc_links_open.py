"""A documentation link a student can open: a guide page on docs.aws.amazon.com ends in
".html". A new user met exam explanations citing ".../chapter-layers.md" and
".../canary-release" (a source file's name and a cut address) from data/categories.json, and twelve
reference entries cited the same way (IAM quotas, Route 53 health checks, CodeDeploy hooks...)."""

import re

from studycli.paths import data_dir

# guide pages (/<service>/latest/<guide>/<page>); AWS's redirect (/goto/), console and SDK or
# CLI reference links have other shapes and are left alone
_GUIDE_PAGE = re.compile(
    r'https://docs\.aws\.amazon\.com/(?!goto/|console/|cli/|sdk-for-)[^\s"\')#]*?/latest/'
    r'[^\s"\')#]*')


def unopenable(text: str) -> list[str]:
    out = []
    for match in _GUIDE_PAGE.finditer(text):
        url = match.group(0)
        last = url.rsplit("/", 1)[-1]
        if url.endswith("/") or last.endswith(".html"):
            continue
        if "." not in last or last.endswith(".md"):
            out.append(url)
    return out


def test_the_rule_tells_a_cut_or_source_address():
    assert unopenable('"https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.md"')
    assert unopenable('"https://docs.aws.amazon.com/apigateway/latest/developerguide/canary-release"')
    assert not unopenable('"https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html#x"')
    assert not unopenable('"https://docs.aws.amazon.com/goto/WebAPI/logs/PutLogEvents"')


def test_category_explanations_and_reference_entries_cite_pages_that_open():
    assert unopenable((data_dir() / "categories.json").read_text()) == []
    for toml in sorted((data_dir() / "reference").glob("*.toml")):
        assert unopenable(toml.read_text()) == [], toml.name
