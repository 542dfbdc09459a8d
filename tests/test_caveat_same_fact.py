"""An explanation's finding about a statement of the topic asked, of another subject, names whose
claim it is: an SQS question on "S3 invokes Lambda synchronously; SQS is polled via event source
mapping" told "On your note line (lambda.md:4), the claim about invocation disagrees with the AWS
docs: asynchronous", S3's mode, which a student reads as AWS calling SQS's invocation asynchronous
(reviewers of session 30, twice); dropping the sentence left the wrong S3 claim standing (blind
review of session 30). `check` tells of the S3 claim too."""

from __future__ import annotations

import json

from tests.helpers import check_findings, flagged_by_line, note_db, run_here

NOTES = """# Lambda

## Invocation
- S3 invokes Lambda synchronously; SQS is polled via event source mapping
"""


def test_an_invocation_question_names_the_other_invoker_its_finding_is_about(tmp_path):
    db = note_db(tmp_path, NOTES)
    seen = []
    for seed in range(1, 4):
        r = run_here("exam", "--profile", "dva-c02", "--seed", str(seed), "--json", db=db)
        assert r.returncode == 0, r.stderr
        seen += [q for q in json.loads(r.stdout)["questions"] if "SQS" in q["stem"]]
    assert seen, "no exam question on SQS's invocation"
    for q in seen:
        assert "event source mapping" in q["explanation"], q
        assert "the claim about S3's invocation disagrees with the AWS docs: asynchronous" \
            in q["explanation"], q
    # the line's S3 claim is still `check`'s to tell
    _, found = check_findings(tmp_path / "n.md", db=tmp_path / "check.db")
    assert ("lambda.invocation.s3", "wrong") in flagged_by_line(found).get(4, set()), found
