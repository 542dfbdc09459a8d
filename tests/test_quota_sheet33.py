"""A quota sheet with its service first ("| Service | Resource | Default | Adjustable |") reads
"Yes (max 20)" under Adjustable as a grid's quota table does: the Default column is the quota
an account starts with, the Adjustable cell how far it is raised. Read before as the one
value, "10 managed policies per role" was asked as "the number of managed policies per role"
and an AWS-certified reviewer judged it ambiguous (AWS raises it to 20)."""

from __future__ import annotations

from studycli.exam.generate import generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.store.db import connect
from tests.helpers import note_db, parsed_quantities

SHEET = """# Quotas I keep forgetting

| Service | Resource | Default | Adjustable | Notes |
|---|---|---|---|---|
| IAM | Managed policies attached per role | 10 | Yes (max 20) | same for users |
| IAM | Policy versions per managed policy | 5 | No | delete old ones |
| EC2 | Elastic IP addresses per region | 5 | Yes | |
"""


def test_a_raised_quota_starts_at_its_default_and_goes_to_its_bound():
    facts = {(service, qualifier, value) for service, _, attribute, qualifier, value
             in parsed_quantities(SHEET) if "managed policies" in attribute}
    assert ("IAM", "default", "10 Managed policies") in facts
    assert ("IAM", "max", "20 Managed policies") in facts


def test_a_quota_without_a_further_bound_reads_as_before():
    facts = parsed_quantities(SHEET)
    # "Yes" with no bound says the quota can be raised, not how far: the value stays the quota
    addresses = [(qualifier, value) for _, _, attribute, qualifier, value in facts
                 if "addresses" in attribute]
    assert addresses == [("", "5 addresses")], addresses
    assert not [f for f in facts if f[4].startswith(("No", "Yes"))]


def test_the_maximum_is_never_offered_its_default_as_wrong(tmp_path):
    db = connect(note_db(tmp_path, SHEET))
    pool = load_pool(db)
    asked = [q for seed in range(1, 12)
             for q in generate_exam(pool, get_profile("saa-c03"), seed).questions
             if "managed policies per role" in q.stem]
    db.conn.close()
    assert asked, "the sheet makes no question on managed policies per role"
    for q in asked:
        assert "maximum" in q.stem and [q.options[i] for i in q.answers] == ["20"], q.options
        assert "10" not in q.options, q.options
