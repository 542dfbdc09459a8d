"""A quota sheet's row that says its quota can be raised, and how far ("| Managed policies
attached per role | 10 | Yes (max 20) |"), is asked as the default quota: asked as "the number
of managed policies per role", an AWS-certified reviewer judged it ambiguous (AWS raises it
to 20). The facts stay as the parser reads them; only the question's wording changes."""

from __future__ import annotations

from studycli.exam.generate import generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.questions.stems import _row_says_raised
from studycli.store.db import connect
from tests.helpers import note_db

SHEET = """# Quotas I keep forgetting

| Service | Resource | Default | Adjustable | Notes |
|---|---|---|---|---|
| IAM | Managed policies attached per role | 10 | Yes (max 20) | same for users |
| EC2 | Key pairs per region | 5000 | No | |
"""


def test_a_raised_quota_is_asked_as_the_default_quota(tmp_path):
    db = connect(note_db(tmp_path, SHEET))
    pool = load_pool(db)
    stems = {q.stem for seed in range(1, 12)
             for q in generate_exam(pool, get_profile("saa-c03"), seed).questions
             if "managed policies per role" in q.stem}
    db.conn.close()
    assert stems == {"What is the default quota of managed policies per role for AWS IAM?"}


def test_the_cell_after_the_value_must_say_yes_and_how_far():
    assert _row_says_raised("| IAM | Managed policies attached per role | 10 | Yes (max 20) |", 10)
    assert _row_says_raised('IAM,Managed policies attached per user,10,policies,"Yes, up to 20"',
                            10)
    assert _row_says_raised("Roles per account\t1,000\tYes - up to 5,000", 1000)
    assert not _row_says_raised("| SQS | Messages in flight | 120000 | No (up to 2 GB via "
                                "the Extended Client Library) |", 120000)
    assert not _row_says_raised("| EC2 | Key pairs per region | 5000 | Yes |", 5000)
    # the cell must follow the value's own: a bound before it is another row's aside
    assert not _row_says_raised("| Yes (max 20) | Groups | 300 |", 300)
    assert not _row_says_raised("Managed policies: 10, can ask AWS for up to 20", 10)
