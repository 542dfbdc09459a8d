"""A named default is a name, not the rest of a sentence that says "by default". Lines written
for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _defaults(text: str) -> list[str]:
    return [f.value for f in parse_note(text, "n.md").facts
            if f.kind is Kind.DEFAULT and f.number is None]


def test_a_sentence_going_on_after_by_default_names_no_default():
    assert _defaults("## S3 bucket settings\nVersioning is off by default and you turn it on "
                     "per bucket.\n") == []
    assert _defaults("## Load balancer settings\nCross-zone balancing is enabled by default "
                     "for the ALB and it's free.\n") == []


def test_an_on_off_default_followed_by_another_clause_names_no_default():
    assert _defaults("## Config recorder settings\n- recording of global resources is on "
                     "by default, billed per recorded item\n") == []
    assert _defaults("## CloudTrail settings\n- insights events off by default, extra "
                     "cost\n") == []


def test_a_remark_in_brackets_after_by_default_is_no_default():
    assert _defaults("## S3 object lock\n- objects are not locked by default (opt-in per "
                     "bucket)\n") == []


def test_named_defaults_still_read():
    assert _defaults("## AWS Lambda\n- invocation type: This is default (RequestResponse)\n") \
        == ["RequestResponse"]
    assert _defaults("## Amazon SQS\n- Short polling is the default\n") == ["Short polling"]
    assert _defaults("## AWS X-Ray\n- log level: by default, LOG_ERROR\n") == ["LOG_ERROR"]


def _named(text: str) -> list[tuple[str, str]]:
    return [(f.attribute, f.value) for f in parse_note(text, "n.md").facts
            if f.kind is Kind.DEFAULT and f.number is None]


def test_the_label_before_the_colon_names_the_setting():
    assert _named("# Storage vs Storage\n\n## EFS vs FSx\n- EFS throughput modes: Elastic "
                  "(default, pay per use) or Provisioned\n") == [("throughput modes", "Elastic")]


def test_a_flashcard_default_is_named_by_its_question_without_its_mark():
    assert _named("## CodeDeploy\n\nQ: Lambda traffic shifting options\nA: Canary, Linear, "
                  "AllAtOnce (default AllAtOnce)\n") == [("traffic shifting options", "AllAtOnce")]


def test_a_note_title_or_a_quota_word_names_no_default():
    assert _named("# Everything I wrote down while watching the S3 course videos\n\n"
                  "- the default is Standard\n") == []
    assert _named("## ECS\n- services per cluster: 5,000 (default quota)\n") == []
    assert _named("## VPC limits\n- 5 VPCs per region by default (soft)\n") == []
