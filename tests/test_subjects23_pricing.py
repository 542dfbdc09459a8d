"""EC2's purchasing options are written short in notes ("Spot", "RI", "Reserved"): a number
said of one of them is that option's, not the option named before it on the line or in the
practice question above (reviewers of unseen65: "the warning time of a Spot Instance
interruption notice for Amazon EC2 (Reserved Instances)")."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _subjects(text: str) -> dict[str, str]:
    return {f.value: f.subject for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT}


@pytest.mark.parametrize("text, value, subject", [
    # the question above names Reserved Instances; the line is about Spot
    ("# EC2\nQ19 - cheapest for steady 24/7 DB for 3 years -> Reserved Instances all upfront.\n"
     "  - RI: 1 or 3 year, All Upfront > Partial > No Upfront for discount\n"
     "  - Spot = can be interrupted w/ 2 min notice, good for batch\n", "2 min", "Spot Instances"),
    # the item before on the line is Savings Plans
    ("# EC2\n- billing: RI 1yr/3yr up to 72% off; Savings Plans up to 72%; Spot up to 90% off, "
     "2-min interruption notice\n", "2 min", "Spot Instances"),
    # each sentence its own option
    ("# EC2\nSpot up to 90% off on-demand. Reserved up to 72%. \n", "72%", "Reserved Instances"),
    ("# EC2\n- pricing: On-Demand, Reserved (1y/3y, up to ~72%), Savings Plans, "
     "Spot (up to ~90%)\n",
     "90%", "Spot Instances"),
])
def test_a_purchasing_option_written_short_is_the_subject(text, value, subject):
    assert _subjects(text)[value] == subject


def test_spot_is_not_a_subject_outside_ec2():
    # "hot spot" under DynamoDB is a partition, not a purchasing option
    subjects = _subjects("# DynamoDB\n- avoid a hot spot: 3000 RCU per partition max\n")
    assert subjects.get("3000 RCU", "") != "Spot Instances"
    assert "Spot Instances" not in subjects.values()
