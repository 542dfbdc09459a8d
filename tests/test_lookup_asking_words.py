"""Words a question asks with, not about: "enabled" of "... enabled by default?" asks the
state a default is in (a note writes "on by default" / "off by default"), "model" of "s3
consistency model" the kind of answer, "guarantee" of "express delivery guarantee" too
(session 29, lookup29: five sets' "enabled by default?" and three sets' "consistency model"
abstained on the line that answers them)."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn


def test_enabled_by_default_asks_the_state(tmp_path):
    conn = notes_conn(tmp_path, "# CloudTrail\n\n- management events logged by default; data "
                                "events (S3 object-level, Lambda invoke) OFF by default\n"
                                "- event history 90 days\n")
    values = lookup_values(conn, "cloudtrail data events enabled by default?")
    assert values and "off" in values[0].lower(), values
    conn.close()


def test_model_asks_the_kind_of_answer(tmp_path):
    conn = notes_conn(tmp_path, "# S3\n\n- consistency: strong read-after-write for new PUTs\n"
                                "- max object size 5 TB\n")
    values = lookup_values(conn, "s3 consistency model")
    assert values and "strong" in values[0].lower(), values
    conn.close()


def test_an_asking_word_alone_still_needs_the_topic(tmp_path):
    conn = notes_conn(tmp_path, "# S3\n\n- consistency: strong read-after-write for new PUTs\n"
                                "- max object size 5 TB\n")
    assert lookup_values(conn, "s3 pricing model") == []
    conn.close()


def test_tier_names_the_kind_of_answer(tmp_path):
    conn = notes_conn(tmp_path, "# Systems Manager Parameter Store\n\n- Advanced\n"
                                "  - value size up to 8 KB\n  - max 100,000 params\n")
    values = lookup_values(conn, "parameter store advanced tier value size")
    assert values and "8 KB" in values[0], values
    conn.close()


def test_disable_asked_stays_the_topic(tmp_path):
    # "disable" is what is asked, not a word asking: a weak "disable" lost this (unseen41)
    conn = notes_conn(tmp_path, "# S3\n\n- versioning: once enabled can only be suspended, "
                                "never disabled\n- replication: CRR / SRR, versioning "
                                "required on both buckets\n")
    values = lookup_values(conn, "can u disable s3 versioning")
    assert values and "suspended" in values[0], values
    conn.close()
