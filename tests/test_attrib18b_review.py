"""Session 15 (attrib18b): a reviewer's findings on the attrib18 parser work, each a reading
that went wrong and the mechanism fixed."""

from __future__ import annotations

from studycli.extract import parse_note


def _limits(text: str, source: str = "n.md") -> set[tuple[str, str, str, str]]:
    return {(f.service, f.attribute, f.qualifier, f.value)
            for f in parse_note(text, source).facts if f.kind == "limit"}


def test_a_minutes_value_before_an_arrow_names_no_bound():
    # "5 min" was read as the bound "min": the change's old value was dropped, 60 s a minimum
    facts = _limits("# EC2\n- cooldown 5 min then timeout 30 s -> 60 s\n")
    assert {(q, v) for _, _, q, v in facts} == {("min", "30 s"), ("max", "60 s")}


def test_a_change_with_no_bound_named_keeps_its_new_value():
    facts = _limits("# Lambda\n- Lambda timeout went from 5 min to 15 min\n")
    assert {(q, v) for _, _, q, v in facts} == {("", "15 min")}
    # the bound a change names is still its new value's
    facts = _limits("# Lambda\n- max timeout went from 5 min to 15 min\n")
    assert {(q, v) for _, _, q, v in facts} == {("max", "15 min")}


def test_notes_that_say_feature_and_scenario_are_no_gherkin_without_steps():
    from studycli.notes.normalize import normalize
    text = ("# SQS\nFeature: long polling cuts empty receives\n"
            "Scenario: a company needs to decouple two services?\n- use SQS\n"
            "Example: visibility timeout default 30 s\n"
            "Scenario: a company needs fan-out?\n- SNS + SQS\nRule: max message size 256 KB\n")
    lines = normalize(text).text.splitlines()
    assert "Example: visibility timeout default 30 s" in lines
    assert "Rule: max message size 256 KB" in lines
    # a Gherkin file's scenarios, each going on with its steps, still title them
    gherkin = ("Feature: KMS\n  Scenario: deleting a key\n    When I schedule key deletion\n"
               "  Scenario: rotation\n    Then keys rotate every year\n")
    assert "## deleting a key" in normalize(gherkin).text.splitlines()


def test_jusqu_a_is_no_word_of_an_attribute():
    # the word splitter gives "jusqu", "à": the stop word "jusqu'à" never matched
    # (a short note too, whose "rétention" and "jusqu'à" French alone writes: read as
    # French, its attribute is the retention period; lang46)
    facts = _limits("# SQS\n- rétention des messages jusqu'à 14 jours\n")
    assert {a for _, a, _, v in facts if v == "14 days"} == {"retention period"}


def test_an_arrow_in_a_clause_naming_no_service_has_no_target():
    from studycli.extract.attribution import _arrow_target
    assert _arrow_target("retries 2 times -> then a DLQ") == ""
    assert _arrow_target("S3 -> Lambda retries 2 times") == "Lambda"


def test_since_and_synced_name_no_invocation_mode():
    from studycli.extract.invocation import mode_of
    assert mode_of("API GW since 2022 gives up at 29 s") is None
    assert mode_of("config synced to Lambda by API GW") is None
    assert mode_of("ALB invokes Lambda synchronously") == "synchronous"


def test_service_labels_are_no_dialogue_speakers():
    # "Kinesis:" answered "Lambda: ...?": the statement was named by the other line's question
    note = parse_note("# Streaming\nLambda: what was the max timeout again?\n"
                      "Kinesis: 7 days max retention\n", "n.md")
    assert {f.attribute for f in note.facts if f.kind == "fact"} == {"streaming"}


def test_a_linked_answer_has_its_question_once(monkeypatch):
    import studycli.extract.pipeline as pipeline
    seen = []
    answering = pipeline._answering

    def spy(index, blocks, ctx):
        out = answering(index, blocks, ctx)
        seen.append((blocks[index].text, out.ancestors))
        return out

    monkeypatch.setattr(pipeline, "_answering", spy)
    parse_note("# DynamoDB\nQ: What is the max item size?\nA: 400 KB\n", "n.md")
    assert dict(seen)["A: 400 KB"] == ("Q: What is the max item size?", "DynamoDB")



def test_e_g_ends_no_invoker_list():
    # "(e.g. API Gateway" ended the sync list at "e.g.": API Gateway and ALB were read async
    note = parse_note("# Lambda\n- sync (e.g. API Gateway, ALB), async (e.g. S3, SNS)\n", "n.md")
    modes = {(f.subject, f.value) for f in note.facts if f.kind == "invocation_mode"}
    assert modes == {("API Gateway", "synchronous"), ("ELB", "synchronous"),
                     ("S3", "asynchronous"), ("SNS", "asynchronous")}
