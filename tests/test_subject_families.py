"""A name several of a service's subjects share ("placement group": the cluster, spread and
partition placement groups of data/services.json) labelling a line or clause owns its figures
(reviewers of session 30: "placement group: max 7 instances per AZ" was filed as an EC2-wide
limit, and cards and "ec2 max instances per az" taught it so; the 7 is a spread placement
group's: "a maximum of seven running instances per Availability Zone per group",
https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_ec2.PlacementGroupSpreadLevel.html)."""

from studycli.extract import parse_note
from studycli.extract.subject_families import family_label
from studycli.model import Kind


def _limits(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.attribute, f.value) for f in parse_note(text, "n.md").facts
            if f.kind in (Kind.LIMIT, Kind.DEFAULT)}


def test_a_shared_name_as_a_label_owns_the_figure():
    for line in ("- placement group: max 7 instances per AZ\n",
                 "- Placement groups: max 7 instances per AZ\n",
                 "- EC2 placement group - max 7 instances per AZ\n",
                 "- on-demand limit 20 vCPU; placement group: max 7 instances per AZ\n"):
        facts = _limits("# EC2\n" + line)
        assert ("placement group", "instances (per az)", "7 instances") in facts, (line, facts)
        assert not any(s == "" and v == "7 instances" for s, _, v in facts), facts


def test_the_shared_name_owns_nothing_where_it_is_no_label_and_a_kind_named_keeps_its_own():
    # near shapes: the name said after the figure, a clause before the label, a kind named
    facts = _limits("# EC2\n- on-demand limit 20 vCPU; placement group: max 7 instances per AZ\n")
    assert ("", "vcpu", "20 vCPUs") in facts, facts
    spread = _limits("# EC2\n- spread placement group: max 7 instances per AZ\n")
    assert ("spread placement group", "instances (per az)", "7 instances") in spread, spread
    line = "groups of instances: placement group rules, max 7"
    assert family_label(line, "EC2", line.index("7")) == ""
    # a name only one subject ends with is no family ("Spot Instances" and "Reserved
    # Instances" share one word only)
    assert family_label("instances: max 20", "EC2", 15) == ""
