""""part size" is a multipart upload's (session 55): the vocabulary's `\\bparts?\\b` named any
size near the word "part" so, whatever the service. An EBS table under the heading "redo part
before mock exam 2" was asked "What is the allowed range of the part size for Amazon EBS
(gp3)?", keyed with the volume's size range."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import exam_stems, json_out, note_db, run_here


def _attributes(db: Path, service: str) -> set[str]:
    facts = json_out(run_here("facts", "--json", "--service", service, db=db))
    return {f["attribute"] for f in facts if f["unit"] == "B"}


def test_a_part_named_near_another_services_size_is_no_part_size(tmp_path):
    db = note_db(tmp_path, "# Storage, part 2\n\n## EBS\n"
                           "- gp2 part of the SSD family: 1 GiB - 16 TiB\n"
                           "- io1 is part of provisioned IOPS: 4 GiB - 16 TiB\n"
                           "- io1 max 64,000 IOPS\n")
    sizes = _attributes(db, "EBS")
    assert sizes and not any("part" in a for a in sizes), sizes


def test_a_heading_with_part_asks_no_part_size_of_an_ebs_table(tmp_path):
    """The reviewed case itself: the sizes above are asked of no stem at all, so only a table
    whose size range becomes a question shows the stem's name. (Without the rule this table's
    sizes were "part size": asked so where the note gave gp3 its old 16 TiB, and not asked as
    the volume's size at all with today's 64 TiB.)"""
    db = note_db(tmp_path, "# redo part before mock exam 2\n\n## EBS\n\n"
                           "| type | size | max IOPS |\n|---|---|---|\n"
                           "| gp3 | 1 GiB - 64 TiB | 80,000 |\n"
                           "| io2 | 4 GiB - 64 TiB | 256,000 |\n")
    stems = [s for s in exam_stems(db, "saa-c03") if "size" in s]
    assert stems and all("volume size" in s for s in stems), stems


def test_a_multipart_uploads_parts_are_still_its_part_size(tmp_path):
    db = note_db(tmp_path, "# S3\n- multipart: parts 5 MB - 5 GB, last part can be smaller\n")
    assert "part size" in _attributes(db, "S3")
