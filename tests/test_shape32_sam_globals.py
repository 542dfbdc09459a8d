"""A SAM template's Globals section ("Globals: / Function: / Timeout: 10  # max 900") holds
the settings every function shares: they are Lambda's, as under a Lambda function resource.
Headed only "globals", "function timeout: ... max 900 (15 min)" was CloudFormation's."""

from __future__ import annotations

from studycli.extract.pipeline import parse_note
from studycli.formats import as_markdown

TEMPLATE = ("AWSTemplateFormatVersion: '2010-09-09'\n"
            "Transform: AWS::Serverless-2016-10-31\n"
            "Globals:\n"
            "  Function:\n"
            "    Timeout: 10          # if omitted default = 3 sec. max 900 (15 min)\n"
            "    MemorySize: 256      # 128 MB - 10,240 MB\n"
            "  Api:\n"
            "    TracingEnabled: true # payload max 10 MB\n"
            "Resources:\n"
            "  Table:\n"
            "    Type: AWS::DynamoDB::Table\n"
            "    Properties:\n"
            "      BillingMode: PAY_PER_REQUEST  # item max 400 KB\n")


def _quantities(text: str):
    facts = parse_note(as_markdown(text, ".yaml"), "template.yaml").facts
    return {(f.service, f.value) for f in facts if f.number is not None}


def test_globals_settings_are_of_their_resource_types_service():
    found = _quantities(TEMPLATE)
    assert ("Lambda", "15 min") in found and ("Lambda", "3 s") in found
    assert ("Lambda", "10,240 MB") in found
    assert ("API Gateway", "10 MB") in found
    assert ("DynamoDB", "400 KB") in found
    assert not any(s == "CloudFormation" for s, _ in found)


def test_a_globals_key_that_is_no_resource_type_heads_nothing():
    # a YAML of settings that has a "Globals" of its own: its keys are settings
    text = ("Globals:\n"
            "  Runtime: python3.12   # Lambda max timeout 900 s\n"
            "Function:\n"
            "  Name: x\n")
    markdown = as_markdown(text, ".yaml")
    assert "### " not in markdown


def test_only_the_globals_sections_keys_head_a_resource_type():
    # "Function:" under another section is a setting's key, not every function's settings
    text = ("AWSTemplateFormatVersion: '2010-09-09'\n"
            "Mappings:\n"
            "  Function:\n"
            "    Name: x\n")
    assert "### " not in as_markdown(text, ".yaml")


def test_a_key_deeper_in_globals_heads_nothing():
    # "Api:" under Globals' "Function:" is one of the function's settings, not API Gateway's
    text = ("Transform: AWS::Serverless-2016-10-31\n"
            "Globals:\n"
            "  Function:\n"
            "    Environment:\n"
            "      Api:\n"
            "        Stage: prod\n")
    markdown = as_markdown(text, ".yaml")
    assert markdown.count("### ") == 1 and "API Gateway" not in markdown
