"""Two services named: the facts of each whose text names the other are weighed, though they
say no other word typed (session 28, lookup28, left from session 27: "codedeploy lambda
deployment types" was answered by Lambda's deployment package line; the line "CodeDeploy: ...
Lambda+ECS: Canary / Linear / AllAtOnce" says no "deployment" and was never a candidate)."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn

CARD = """# Exam day card

- CodeDeploy: EC2 in-place or B/G ; Lambda+ECS: Canary / Linear / AllAtOnce
- Lambda deployment package: 50 MB zipped, 250 MB unzipped, container image up to 10 GB
- Lambda max 5 layers per function
- Lambda deployment package too big -> upload it to S3 first
"""


def test_the_line_naming_both_services_answers(tmp_path):
    conn = notes_conn(tmp_path, CARD)
    values = lookup_values(conn, "codedeploy lambda deployment types")
    assert values and "Canary" in values[0], values
    conn.close()
