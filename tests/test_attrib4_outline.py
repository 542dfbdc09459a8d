"""OneNote-style outlines: a tab after a bullet is indentation, not a table cell; a line naming
one member of the group its parent names is about that member. Lines written for the test,
in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind

OUTLINE = ("EC2 week\nWednesday, May 7, 2025    8:02 PM\n\nEC2\n"
           "•\tTenancy options\n"
           "\to\tdedicated host - whole server, max 3 instances per AZ\n"
           "\to\tshared - default, cheapest\n"
           "•\tHibernation - up to 60 days\n"
           "•\tUser data runs once at first boot\n"
           "•\tMetadata at 169.254.169.254\n")


def test_a_tab_after_a_bullet_is_no_table_cell():
    facts = parse_note(OUTLINE, "week.txt").facts
    assert not any(" | " in f.value for f in facts if f.kind is Kind.FACT)


def test_a_member_of_the_parent_s_group_is_the_subject_of_its_numbers():
    subjects = {f.value: f.subject for f in parse_note(OUTLINE, "week.txt").facts
                if f.kind is not Kind.FACT}
    assert subjects.get("3 instances") == "dedicated host tenancy option"


def test_a_group_member_rule_needs_a_plural_group_and_a_dash_label():
    text = "## EC2\n- Hibernation\n  - RAM - up to 150 GB\n"
    assert {f.subject for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT} == {""}


def test_a_member_that_is_a_known_subject_keeps_its_own_name():
    text = "## EBS\n- Volume types\n  - gp3 - baseline 3,000 IOPS\n"
    subjects = {f.subject for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT}
    assert subjects == {"gp3"}
