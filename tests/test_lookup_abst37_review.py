"""Lookups session 37's review found refused after abst37 (answered on main), kept as guards,
with the wrong answers abst37 removed that must stay refused.

AWS facts the tests rely on: an ALB's and an NLB's target groups both default to a 300 s
deregistration delay (https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html);
a transit gateway's VPC attachment bandwidth is up to 50 Gbps (a quota,
https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html); a Lambda function
has 128 MB to 10,240 MB of memory and 512 MB to 10,240 MB of ephemeral storage
(https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html); a Fargate task
has 20 GiB to 200 GiB of ephemeral storage
(https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html).
"""

from __future__ import annotations

import pytest

from .helpers import lookup_values, notes_conn

_BOTH = ("# ELB\n"
         "- ALB and NLB (both)\n"
         "  - deregistration delay default 300 seconds\n"
         "  - health check timeout 2 to 120 seconds\n"
         "- Common to ALB/NLB:\n"
         "  - slow start duration 30 to 900 seconds\n")


def test_a_sibling_naming_one_variant_is_not_the_item_over_a_line(tmp_path):
    """The line index keeps no indentation: "- ALB only: slow start mode", a sibling, read
    as the item over the next line made it the ALB's (the fix review, session 37)."""
    conn = notes_conn(tmp_path, "# ELB\n- ALB and NLB (both)\n"
                                "  - deregistration delay default 300 seconds\n"
                                "  - ALB only: slow start mode\n"
                                "  - health check timeout 2 to 120 seconds\n")
    found = lookup_values(conn, "nlb health check timeout range")
    assert found and "120" in found[0], found


@pytest.mark.parametrize("asked, figure", [
    ("nlb deregistration delay default", "300"),
    ("alb deregistration delay default", "300"),
    ("nlb health check timeout range", "120"),
    ("nlb slow start duration", "900"),
])
def test_a_line_under_an_item_naming_two_variants_speaks_for_both(tmp_path, asked, figure):
    conn = notes_conn(tmp_path, _BOTH)
    found = lookup_values(conn, asked)
    assert found and figure in found[0], (asked, found)


@pytest.mark.parametrize("section, line, asked, figure", [
    ("Transit Gateway", "bandwidth per VPC attachment: default 50 Gbps (soft limit)",
     "transit gateway max bandwidth per vpc attachment", "50"),
    ("Site-to-Site VPN", "each tunnel default 1.25 Gbps throughput", "vpn max tunnel throughput",
     "1.25"),
    ("Kinesis Data Firehose", "Direct PUT default throughput 5 MiB/s per delivery stream"
     " (soft limit, can request increase)", "firehose max throughput per delivery stream", "5"),
    # growth words elsewhere on the line are no capacity mode (the fix review, session 37)
    ("Site-to-Site VPN", "each VPN tunnel default 1.25 Gbps throughput (use ECMP to scale"
     " beyond)", "vpn max tunnel throughput", "1.25"),
    ("Transit Gateway", "bandwidth per VPC attachment default 50 Gbps burst",
     "transit gateway max bandwidth per vpc attachment", "50"),
    ("Kinesis Data Firehose", "fully managed, scales automatically; Direct PUT default 5 MiB/s"
     " per delivery stream (soft limit)", "firehose max throughput per delivery stream", "5"),
])
def test_a_default_data_rate_that_is_a_quota_answers_a_maximum(tmp_path, section, line,
                                                                 asked, figure):
    conn = notes_conn(tmp_path, f"# {section}\n\n- {line}\n")
    found = lookup_values(conn, asked)
    assert found and figure in found[0], (asked, found)


@pytest.mark.parametrize("section, line, asked, figure", [
    ("Lambda", "Memory max: 10,240 MB; 128 MB floor", "lambda min memory", "128"),
    ("Lambda", "ephemeral storage max: 10 GB, 512 MB included free",
     "lambda min ephemeral storage", "512"),
    ("Fargate", "ephemeral storage max: 200 GiB, 20 GiB provided by default",
     "fargate min ephemeral storage", "20"),
])
def test_a_figure_with_its_own_word_is_not_bound_by_the_label(tmp_path, section, line,
                                                               asked, figure):
    conn = notes_conn(tmp_path, f"# {section}\n\n- {line}\n")
    found = lookup_values(conn, asked)
    assert found and figure in found[0], (asked, found)


def test_a_label_holding_a_digit_bounds_its_figures(tmp_path):
    conn = notes_conn(tmp_path, "# EBS\n\n- io2 Block Express max: 256,000 IOPS, 64 TiB volume\n")
    # "max:" bounds the 64 TiB too: no minimum volume size
    assert "64 TiB" not in lookup_values(conn, "io2 block express min volume size")


def test_a_line_saying_same_as_another_variant_speaks_of_its_own(tmp_path):
    conn = notes_conn(tmp_path, "# ELB\n\n- NLB targets: same as ALB. Health check interval"
                      " default is 30 seconds.\n")
    found = lookup_values(conn, "nlb health check interval default")
    assert found and "30" in found[0], found



def test_a_start_with_words_between_is_no_maximum_in_a_size(tmp_path):
    # a size, which the default data rate rule does not read: only the start written with
    # words between ("starts with a size of") refuses it; an Aurora cluster volume grows to
    # 128 TiB (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.StorageReliability.html)
    conn = notes_conn(tmp_path, "# Aurora\n\nAn Aurora cluster volume starts with a size of"
                      " 10 GiB and grows as data is added.\n")
    assert lookup_values(conn, "aurora max cluster volume size") == []
