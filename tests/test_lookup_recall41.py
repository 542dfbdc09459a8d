"""Lookups of session 41 (recall41, issue 10).

A note's initials say the name a query spells out (lookup/initials_said.py): "MPU" says
"multipart upload", "S2S" "site to site", "PG" "placement group", "BX" "block express".
S3 multipart upload: up to 10,000 parts
(https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html); Site-to-Site VPN: up to
1.25 Gbps per tunnel (https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-limits.html); a
partition placement group: up to 7 partitions per AZ
(https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-strategies.html); io2 Block
Express: up to 256,000 IOPS (https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html).
"""

from __future__ import annotations

import pytest

from studycli.lookup.initials_said import spelled_names
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from studycli.lookup.text import stem
from studycli.lookup.written_apart import joined_typed

from .helpers import first_value, notes_fixture

INITIALS = ("# cram sheet\n\n"
            "## S3\n- MPU: each part 5 MB to 5 GB · max 10,000 parts\n"
            "- 5 TB max object\n\n"
            "## VPC\n- S2S VPN: 2 tunnels per connection ; ≤ 1.25 Gbps / tunnel\n"
            "- NAT GW: 5 Gbps, scales to 100 Gbps\n\n"
            "## EC2\n- partition PG: 7 partitions per AZ\n- spread PG: 7 instances per AZ\n\n"
            "## EBS\n- io2 BX: 256,000 IOPS max\n- gp3: 16,000 IOPS max\n")
initials = notes_fixture(INITIALS, "cram.md")


@pytest.mark.parametrize("query, value", [
    ("s3 multipart upload max number of parts", "10,000 parts"),
    ("site to site vpn bandwidth per tunnel", "1.25 Gbps"),
    ("partition placement group max partitions per az", "7 partitions"),
    ("io2 block express max iops", "256,000 IOPS")])
def test_a_name_spelled_out_is_said_by_its_initials(initials, query, value):
    # Test fails without: each abstained (the note's initials said no word of the name)
    assert first_value(initials, query) == value


def test_initials_say_a_name_only_when_it_is_typed_whole():
    lex = lexicon()

    def said(words: set[str], query: str) -> frozenset[str]:
        return spelled_names(frozenset(words), understand(query, lex), lex)

    # "multipart upload" typed whole: the note's "mpu" says both words
    assert {"multipart", "upload"} <= said({"mpu", "part"}, "multipart upload max parts")
    # one word of the name typed ("nat gateway bandwidth"): "igw" says no "gateway"
    assert "gateway" not in said({"igw", "bandwidth"}, "nat gateway bandwidth")
    # an abbreviation typed ("vgws") spells no name: its words are not the student's
    assert "virtual" not in said({"vgw", "vpn"}, "max vgws per vpc")
    # nor in a comparison: "no MPU" does not name a side as a line defining it does
    assert said({"mpu"}, "multipart upload vs single put max size") == {"mpu"}
    # letter initials are the query's own reading (query._two_word_initials), which
    # believes a note spelling them out otherwise ("DB subnet group (SG)")
    assert said({"sg"}, "security group max rules") == {"sg"}


SHORT = ("# notes\n\n## IAM\n- password policy: minimum length is 8 characters by default\n"
         "- 5000 users per account\n\n"
         "## AWS Support\n- Enterprise: business critical system down, response < 15 min\n"
         "- Business: production system down < 1 h\n")
short = notes_fixture(SHORT, "short.md")


@pytest.mark.parametrize("query, value", [
    ("iam pwd min length default", "8"),
    ("enterprise support biz critical response", "15 min")])
def test_a_word_students_shorten_is_the_word(short, query, value):
    # Test fails without ("pwd": an unknown word, the topic unsaid; "biz" is fixed to
    # "business" by typo repair on this note, not on every note: unseen60 abstained). "obj",
    # "gw" and "grp" were tried: a word the lexicon knows is no longer repaired to the notes'
    # own ("object" to a French note's "objet": unseen138 lost "s3 max object size"), and
    # "placement grp" typed named the spread variant a "placement grps | Cluster = ...;
    # Spread = max 7" row was then refused for (unseen154)
    assert value in first_value(short, query)


APART = ("# S3, said out loud\n\n"
         "- multi part: max ten thousand parts, each 5 MB to 5 GB\n"
         "- single put max is five gigs\n")
apart = notes_fixture(APART, "spoken.md")


def test_a_word_typed_as_one_is_said_by_its_two_halves(apart):
    # "multipart" typed, "multi part" written (on this note typo repair also finds it; the
    # unit test below fails without lookup/written_apart.py)
    assert first_value(apart, "s3 multipart max parts") == "10,000 parts"


def test_only_a_typed_word_of_two_real_halves_is_joined():
    typed = {stem("multipart"): 1.0, stem("often"): 1.0, stem("backup"): 0.6}
    assert joined_typed("Multi-part upload: 10,000 parts", typed) == {stem("multipart")}
    assert joined_typed("one of ten", typed) == frozenset()  # "of": too short a half
    assert joined_typed("back up daily", typed) == frozenset()  # a synonym is not typed
