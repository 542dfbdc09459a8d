"""A figure per a unit of size is a ratio, no bound of its measure (issue 10, session 53):
`EBS_GP2_IOPS_PER_GB = 3` is "3 IOPS per GB" (formats/code_names._ratio), and neither it nor
a note's "3 IOPS/GiB" answers "gp2 max iops" (lookup/per_size.py)."""

from studycli.formats import as_markdown
from tests.helpers import folder_cli

CONSTANTS = """# EBS
EBS_GP2_IOPS_PER_GB = 3
EBS_GP3_MAX_IOPS = 16_000
"""


def test_a_constant_per_a_unit_of_size_is_said_as_a_ratio():
    assert as_markdown(CONSTANTS, ".py").split("\n")[1] == "- EBS gp2: 3 IOPS per GB"
    # a rate in time is still a rate
    assert as_markdown("KDS_RECORDS_PER_SEC = 1000\n", ".py").split("\n")[0] \
        == "- KDS: 1000 records/s"


def test_a_ratio_answers_no_bound_of_its_measure(tmp_path):
    ask = folder_cli(tmp_path, {"ebs.py": CONSTANTS,
                                "io1.md": "# EBS\n- io1 IOPS to size ratio: 50 IOPS/GiB\n"})
    assert ask("lookup", "gp2 max iops") == []
    assert ask("lookup", "io1 max iops") == []
    hits = ask("lookup", "gp3 max iops")
    assert hits and hits[0]["number"] == 16000
    # asked per the unit, or asked no bound, the ratio is what the notes say
    hits = ask("lookup", "gp2 iops per gb")
    assert hits and "3 IOPS per GB" in hits[0]["value"]
    hits = ask("lookup", "io1 iops")
    assert hits and "50 IOPS/GiB" in hits[0]["value"]


def test_seconds_after_a_scope_make_a_rate_not_a_duration():
    # "per prefix" then "S": per prefix per second, never a duration of 5500 s
    out = as_markdown("S3_GET_PER_PREFIX_S = 5500  # GET/HEAD\nSQS_VISIBILITY_MAX_S = 43200\n",
                      ".py").split("\n")
    assert out[0] == "- S3 get per prefix: 5500 per second (GET/HEAD)"
    assert out[1] == "- SQS visibility max: 43200 s"
