"""A cheat sheet's own service shorthand ("LMB", "SecMgr") read as the service it abbreviates
(notes/service_shorthand.py), and told at ingest where a line's first word is read as none
(tester47 M2; H4 and H9 followed from it), and "hi-res" read as high resolution (H7)."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.notes.service_shorthand import service_of
from tests.helpers import first_value, lookup_values, notes_fixture

CRAM = """DVA-C02 cram sheet -- 1 line = 1 fact
LMB max TO 15m, dflt 3s
LMB mem 128MB-10240MB (1MB steps)
LMB /tmp dflt 512MB max 10GB
LMB layers max 5
LMB async retries 2, max event age 6h
SQS vis TO dflt 30s, max 12h
SQS long poll max 20s
SNS subs/topic 12.5M
KMS Encrypt API max 4KB data
CW metrics std res 1min, hi-res 1s
SSM Param Store std 4KB, adv 8KB
SecMgr secret max 64KB
Function and layer storage | 75 GB | 75 GB | Account level
VPCs per Region | 10 | 5 | Account level
"""

cram = notes_fixture(CRAM, name="dva_cram.txt")


def test_shorthand_tokens_read_as_the_one_service_they_abbreviate():
    assert service_of("LMB") == "Lambda"
    assert service_of("SecMgr") == "Secrets Manager"
    # words written in capitals, camel-case names and the lookup's own words are no shorthand
    for word in ("EDIT", "PART", "SESSION", "ADDED", "CUP", "ChatGPT", "DataSync", "TTL", "RCU",
                 "IOPS", "dflt"):
        assert service_of(word) is None, word


def test_cram_lines_are_filed_under_the_service_their_shorthand_names():
    facts = parse_note(CRAM, "dva_cram.txt").facts
    by_line: dict[int, set[str]] = {}
    for f in facts:
        by_line.setdefault(f.line, set()).add(f.service)
    for line in range(2, 7):
        assert by_line.get(line) == {"Lambda"}, (line, by_line.get(line))
    assert by_line.get(13) == {"Secrets Manager"}


def test_ingest_says_what_it_read_and_what_it_could_not():
    said = [w.message for w in parse_note(CRAM, "dva_cram.txt").warnings]
    assert any("'LMB' as Lambda" in m for m in said), said
    unread = "ZQX max 5 things\nZQX timeout 30s\nZQX memory 128 MB\n"
    said = [w.message for w in parse_note(unread, "n.md").warnings]
    assert any("'ZQX' opens 3 lines but names no service" in m for m in said), said
    # a heading's words in capitals ("EDIT", "PART") are no unread shorthand
    plain = "EDIT: fixed\nEDIT: again\nEDIT: once more\n"
    assert not parse_note(plain, "n.md").warnings


def test_lookups_answer_from_the_shorthand_lines(cram):
    assert first_value(cram, "lambda max memory") == "10,240 MB"
    assert first_value(cram, "lambda max layers") == "5 layers"
    assert first_value(cram, "secrets manager max secret size") == "64 KB"


def test_tmp_is_not_answered_by_the_code_storage_row(cram):
    """H4: /tmp asked, the account's 75 GB code storage answered."""
    assert first_value(cram, "lambda tmp max") == "10 GB"
    assert first_value(cram, "lambda default tmp storage") == "512 MB"


def test_a_vpc_question_is_not_answered_by_a_lambda_line(cram):
    """H9: "vpc limit default" was answered by 'LMB max TO 15m, dflt 3s', filed under no
    service."""
    assert "VPCs per Region" in first_value(cram, "vpc limit default")


UNREAD = """ZQX max TO 15m, dflt 3s
ZQX mem 128MB-10240MB
ZQX conc 1000/region dflt (soft)
Quota name\tApplied account-level quota value\tAWS default quota value\tAdjustability
VPCs per Region\t10\t5\tAccount level
"""

unread = notes_fixture(UNREAD)


def test_an_unfiled_line_opened_by_another_shorthand_does_not_answer(unread):
    """H9, in general: an unfiled line opened by a shorthand that fits no service asked is
    about something else; the VPC line answers (its row, or the count read from it)."""
    answer = first_value(unread, "vpc limit default")
    assert "VPC" in answer and "15m" not in answer


def test_high_resolution_is_not_answered_by_standard_resolution(cram):
    """H7: "high resolution" is the note's "hi-res" (1 s), not its "std res" (1 min)."""
    assert first_value(cram, "cloudwatch high resolution metrics") != "1 min"


def test_acronyms_are_not_read_as_a_service_their_letters_are_scattered_in():
    """Review of mendab47 H1: letters picked anywhere in a name read AWS and storage acronyms
    as other services (HDD Health Dashboard, SWF and SMB Snow Family, DRS Data Firehose, SVM
    SAM); an all-capitals shorthand is the opening of one word's skeleton (LMB, APGW)."""
    for word in ("HDD", "SWF", "SMB", "DRS", "SVM", "CST", "CVS", "BLK", "RNN", "MVP", "PLS",
                 "CDC"):
        assert service_of(word) is None, (word, service_of(word))
    assert service_of("APGW") == "API Gateway"
    assert service_of("LMBD") == "Lambda"


DRS = """DRS max source servers per account 300
DRS default replication server t3.small
DRS max recovery instances 500
"""

drs = notes_fixture(DRS, name="dr.txt")


def test_disaster_recovery_lines_do_not_answer_a_firehose_question(drs):
    facts = parse_note(DRS, "dr.txt").facts
    assert not any(f.service == "Data Firehose" for f in facts), facts
    said = lookup_values(drs, "firehose max recovery instances")
    assert not any("Firehose" in v for v in said), said


EBS = """EBS gp3 baseline 3,000 IOPS, max 16,000 IOPS
EBS io2 max 64,000 IOPS
EBS volume max size 16 TiB
SQS visibility timeout default 30s
SNS max message size 256 KB
HDD st1 max throughput 500 MiB/s
HDD sc1 max throughput 250 MiB/s
"""

ebs = notes_fixture(EBS, name="ebs_cram.txt")


def test_hdd_lines_of_a_service_led_sheet_stay_ebs_answers(ebs):
    """main answered 500 MiB/s under EBS; the branch filed the line under Health Dashboard."""
    assert first_value(ebs, "ebs st1 max throughput") == "500 MiB/s"


def test_a_plural_of_a_known_word_is_no_shorthand_and_not_reported():
    # read-through: "MBS" (a plural of a word lookup knows) was refused as a shorthand and then
    # reported as one naming no service
    from studycli.notes.service_shorthand import read_service_shorthand

    lines = ["MBS max 5", "MBS min 1", "MBS avg 3"]
    assert read_service_shorthand(lines, [False] * 3) == ([], [])


def test_lookup_and_ingest_read_an_all_capitals_shorthand_alike():
    # read-through: ingest read "HDD" as no service (a name's consonants in order), while
    # lookup's check of a line's opening shorthand still let its letters stand anywhere in a
    # name, so HDD fitted Health Dashboard there
    from studycli.shorthand_shape import names

    assert names("LMB", "lambda") and names("SecMgr", "secrets manager")
    assert not names("HDD", "health dashboard") and not names("DRS", "data firehose")
