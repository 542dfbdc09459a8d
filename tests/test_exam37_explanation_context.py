"""An exam explanation names the service once: where AWS's name for the measure names it
already, "for Amazon CloudWatch" is not added after it, as the stem does not ("The interval at
which an EC2 instance with basic monitoring sends metrics to CloudWatch for Amazon CloudWatch
is 5 minutes": an AWS-certified reviewer, session 37)."""

from __future__ import annotations

from studycli.exam.scenario import explain
from studycli.model import Fact
from studycli.questions.model import Question
from studycli.questions.stems import value_stem


def _question(fact: Fact) -> Question:
    return Question(id="q", card_id="c", fact_id="f", service=fact.service, kind="limit",
                    qtype="choice", stem=value_stem(fact),
                    options=["2 minutes", "5 minutes", "8 minutes", "15 minutes"], answers=[1])


def test_a_measure_naming_its_service_is_not_followed_by_it_again():
    fact = Fact(service="CloudWatch", subject="", attribute="monitoring interval", kind="limit",
                qualifier="", value="5 min", number=300, unit="s", source="n.md", line=3)
    said = explain(_question(fact), fact)
    assert said == ("The interval at which an EC2 instance with basic monitoring sends metrics "
                    "to CloudWatch is 5 minutes."), said


def test_a_measure_of_its_own_still_names_the_service():
    fact = Fact(service="SQS", subject="", attribute="message size", kind="limit",
                qualifier="max", value="256 KB", number=262144, unit="B", source="n.md", line=3)
    said = explain(_question(fact), fact)
    assert said.startswith("The maximum message size for Amazon SQS is "), said
