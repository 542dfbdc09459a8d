"""A mind map's branches are read with the branch they hang from: "Developer" under "Support
plans" files its children's facts under "Support plans / Developer", so a lookup that asks
with the words of both finds them."""



from studycli.formats.outline_xml import outline_to_markdown
from tests.helpers import folder_cli

MAP = """\
<map version="1.0.1">
<node TEXT="CLF-C02 Cloud Practitioner">
<node TEXT="Support plans">
<node TEXT="Developer">
<node TEXT="from $29/month (or 3% of monthly usage)"/>
</node>
<node TEXT="Business">
<node TEXT="from $100/month"/>
</node>
</node>
<node TEXT="S3">
<node TEXT="storage classes">
<node TEXT="Standard-IA: min 30 days storage"/>
</node>
</node>
</node>
</map>
"""


def test_a_bare_label_branch_says_the_branch_above_it():
    lines = MAP.split("\n")
    out = outline_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[1] == "- CLF-C02 Cloud Practitioner"  # the root, the exam: as written
    assert out[2] == "  - Support plans"  # under the root: as written
    assert out[3] == "    - Support plans / Developer"
    assert out[4] == "      - from $29/month (or 3% of monthly usage)"  # a leaf: as written
    assert out[6] == "    - Support plans / Business"
    # a name with a number in it is no bare label ("S3", "EC2", "Route 53" name a service,
    # which reaches the facts under it without help)
    assert out[11] == "    - storage classes"


def test_a_lookup_with_the_words_of_both_branches_finds_the_leaf(tmp_path):
    hits = folder_cli(tmp_path, {"clf.mm": MAP})("lookup", "developer support plan price")
    assert hits and "$29" in hits[0]["value"]

