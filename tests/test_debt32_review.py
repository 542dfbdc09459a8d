"""What the review of session 32's debt branch found it lost, kept: the pairs list offers every
pair of services or subjects that share an attribute (a narrower list dropped "Aurora vs RDS",
"EC2 vs Lambda", the outer pair of "Lambda vs EC2 vs Fargate", "SQS (pull) vs SNS (push)"),
and an arrow's question about the line's value still doubts it ('!?', 'e.g.', 'vs.', '...')."""

from __future__ import annotations

import pytest

from studycli import compare as lib
from studycli.store.db import connect
from studycli.ui.lookup_plain import hedged
from tests.helpers import ingested_folder, notes_folder

NOTES = {
    "compute.md": "# Compute\n\n- Lambda vs EC2 vs Fargate\n\n## EC2\n"
                  "- Max instances per region: 20\n\n## Lambda\n- Max instances per region: 1000\n"
                  "- Max timeout: 15 min\n\n## Fargate\n- Max instances per region: 500\n",
    "db.md": "# Databases\n\n## RDS\n- Backup retention: max 35 days\n- Max storage: 64 TiB\n\n"
             "## Aurora\n- Backup retention: max 35 days\n- Max storage: 128 TiB\n",
    "msg.md": "# Messaging\n\n- SQS (pull) vs SNS (push)\n\n## SQS\n- Max message size: 256 KB\n\n"
              "## SNS\n- Max message size: 256 KB\n",
}


def test_pairs_that_share_an_attribute_stay_offered(tmp_path):
    pairs = lib.comparable_pairs(connect(ingested_folder(tmp_path, NOTES)))
    labels = {(p.left.label, p.right.label) for p in pairs}
    assert labels == {("Aurora", "RDS"), ("EC2", "Fargate"), ("EC2", "Lambda"),
                      ("Fargate", "Lambda"), ("SNS", "SQS")}, labels


@pytest.mark.parametrize("line", [
    "- Step Functions Express: 29 sec <- hard limit!?",
    "- SQS max message: 256 KB <- 1 MiB now!?",
    "- Lambda timeout 900 s <- e.g. still right?",
    "- Lambda timeout 900 s <- i.e. 15 min, still right?",
    "- CloudFront function max 10 KB <- still true vs. L@E?",
    "- Boto retries: 5 <- still right for 2.x?",
    "- 1000 concurrent executions <- limit... still?",
    "- 5 MB part minimum <- who knows if this is still true?",
    "- 10 GB max <- how about now, still true?",
    "- 15 min max <- what about now? still the limit?",
])
def test_an_arrows_doubt_about_the_value_stays_unsure(line):
    assert hedged(line), line


def test_a_second_notes_folder_in_one_tmp_path_fails_unless_it_adds(tmp_path):
    notes_folder(tmp_path, {"a.md": "# SQS\n"})
    with pytest.raises(FileExistsError):  # two note sets would have mixed silently
        notes_folder(tmp_path, {"b.md": "# SNS\n"})
    assert sorted(p.name for p in notes_folder(tmp_path, {"b.md": "# SNS\n"}, add=True).iterdir()) \
        == ["a.md", "b.md"]
