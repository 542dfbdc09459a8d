"""Causes of questions reviewers of unseen82 judged not acceptable, still made on main:
- "What is the maximum number of layers for AWS Lambda (container image) per function?" keyed
  5: the line named no service, only "container image" (a Lambda subject) in a later clause,
  and that subject was filed with every number of the line (container images cannot use
  layers at all);
- "What is the number of managed policies per role for AWS IAM?" keyed 10 from a quota table
  row "| Managed policies per role | 10 | 20 |": the row's higher value says 10 is the quota an
  account starts with, which the stem must say ("default quota")."""

from __future__ import annotations

import random

import pytest

from studycli.database import ensure_database
from studycli.extract import parse_note
from studycli.model import Kind
from studycli.questions import FactPool, build_question
from tests.helpers import note_db


def _limits(text: str) -> dict[str, str]:
    return {f.attribute: f.subject for f in parse_note(text, "n.md").facts
            if f.kind is not Kind.FACT}


@pytest.mark.parametrize("line", [
    "Deployment package: 250 MB unzipped, and a function can use up to 5 layers; if that's "
    "not enough you go container image and those can be up to 10 GB.",
    "A function can use up to 5 layers; a container image can be up to 10 GB.",
])
def test_a_subject_named_only_in_a_later_clause_is_not_the_earlier_numbers(line):
    facts = _limits(f"# Lecture notes\n\n{line}\n")
    assert facts.get("layers") == "", facts
    assert facts.get("container image size") == "container image", facts


def test_a_heading_that_names_the_subject_still_gives_it():
    facts = _limits("# Lambda\n\n## Container image\n\n- max 5 layers; container image up to "
                    "10 GB\n")
    assert facts.get("layers") == "container image", facts


def test_the_way_past_a_limit_is_still_not_the_limits_subject():
    facts = _limits("# SQS\n\n- max message size 256 KB, if you need bigger use the SQS "
                    "Extended Client\n")
    assert facts.get("message size") == "", facts


QUOTAS = """## IAM

| Quota | Default | Max (after increase) |
|---|---|---|
| Groups per user | 10 | 10 (hard) |
| Managed policies per role | 10 | 20 |
"""


def _stems(tmp_path, text: str) -> dict[str, str]:
    pool = FactPool.load(ensure_database(note_db(tmp_path, text)))
    out = {}
    for f in pool.facts:
        if f.kind is Kind.LIMIT:
            q = build_question(f, "recall", pool, random.Random(1))
            if q is not None:
                out[f.attribute] = q.stem
    return out


def test_a_table_rows_higher_value_makes_its_first_a_default_quota(tmp_path):
    # the table's Default and Max columns are read as such (parse28): the maximum asked is the
    # raised quota, 20, and the 10 is asked as the default quota, never as "the maximum"
    pool = FactPool.load(ensure_database(note_db(tmp_path, QUOTAS)))
    policies = {(f.kind, f.value.split()[0]) for f in pool.facts
                if f.attribute == "managed policies (per role)"}
    assert policies == {(Kind.DEFAULT, "10"), (Kind.LIMIT, "20")}, policies
    stems = _stems(tmp_path, QUOTAS)
    assert "maximum" in stems["managed policies (per role)"], stems
    # a row whose higher cell is hard ("10 (hard)") is a fixed maximum
    assert "default quota" not in stems["groups (per user)"], stems


def test_a_default_count_that_can_be_raised_is_asked_as_the_default_quota(tmp_path):
    stems = {}
    pool = FactPool.load(ensure_database(note_db(
        tmp_path, "# IAM\n\n- managed policies attached per user: 10 default, can raise to 20\n")))
    for f in pool.facts:
        if f.kind is Kind.DEFAULT:
            q = build_question(f, "recall", pool, random.Random(1))
            if q is not None:
                stems[f.attribute] = q.stem
    assert stems and all("default quota of" in s for s in stems.values()), stems


def test_can_raise_makes_a_limit_a_default_quota_only_when_the_words_are_its_own(tmp_path):
    stems = _stems(tmp_path, "# IAM\n\n- managed policies per role = 10 (can raise to 20)\n"
                             "- 10 managed policies per user (can raise to 20), a user can be "
                             "in max 10 groups\n")
    assert "default quota" in stems["managed policies (per role)"], stems
    assert not any("default" in s for a, s in stems.items() if "groups" in a), stems


def test_a_fixed_maximum_whose_words_raise_another_setting_is_no_default_quota(tmp_path):
    # a blind review: "timeout max 900 seconds (can increase from 3 s default)" was asked as
    # "the default maximum execution timeout", telling a student 900 s can be raised
    stems = _stems(tmp_path, "# Lambda\n\n- timeout max 900 seconds (can increase from 3 s "
                             "default)\n")
    assert stems and not any("default" in s for s in stems.values()), stems



def test_a_number_followed_by_a_comma_is_said_once():
    # a final review: "10, can raise to 20" read "10," as the number, never 10, so the default
    # quota was asked as the maximum (10, where 20 is)
    from studycli.questions.stems import _said_once

    assert _said_once("managed policies per role: 10, can raise to 20", 10)
    assert _said_once("roles per account 1,000, can raise", 1000)
    assert not _said_once("10 policies (can raise to 20), max 10 groups", 10)
