"""A line setting services side by side (lookup/compared_side.py), with no "A vs B" heading
above it: what its parts say of each side."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn


def test_a_list_of_services_sets_none_side_by_side(tmp_path):
    # "S3, SNS, EventBridge" lists the invokers; the retries after the arrow are Lambda's
    conn = notes_conn(tmp_path, "# Lambda\n\n"
                                "ASYNC (Event): S3, SNS, EventBridge -> Lambda retries 2 times\n")
    assert lookup_values(conn, "lambda async retries")[0] == "2 times"
    conn.close()
