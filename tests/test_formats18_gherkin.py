"""Notes written as behaviour scenarios (Gherkin .feature) read as headings and items: read as
plain text, a "# comment" was a markdown heading and took the facts below it."""



from studycli.formats.gherkin import gherkin_to_markdown
from tests.helpers import folder_cli

FEATURE = """\
# study notes as scenarios
@kinesis
Feature: Kinesis Data Streams
  # KDS = real-time, you manage shards

  Scenario: data retention
    Given a new stream
    Then records are kept 24 hours by default
    And retention can be increased up to 365 days
"""


def test_features_scenarios_steps_and_comments_line_for_line():
    lines = FEATURE.split("\n")
    out = gherkin_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[:4] == ["- study notes as scenarios", "", "# Kinesis Data Streams",
                       "- KDS = real-time, you manage shards"]
    # each step its own line, as written (tests/test_gherk45_test_notes.py)
    assert out[5:9] == ["## data retention", "- Given a new stream",
                        "- Then records are kept 24 hours by default",
                        "- And retention can be increased up to 365 days"]


def test_a_feature_file_in_a_folder_is_looked_up(tmp_path):
    hits = folder_cli(tmp_path, {"kds.feature": FEATURE})("lookup", "kinesis default retention")
    assert hits and hits[0]["value"] == "24 h" and hits[0]["service"] == "Kinesis Data Streams"


def test_an_outlines_steps_with_placeholders_are_no_half_sentences():
    lines = ["Feature: SQS", "  Scenario Outline: size", "    Given a standard queue",
             "    When I send a message of <size>", "    Examples:", "      | size |",
             "      | 256 KB |", "  Scenario: polling", "    Then wait <= 20 s <max>"]
    out = gherkin_to_markdown(lines)
    assert out[2] == "- Given a standard queue" and out[3] == ""
    assert out[8] == "- Then wait <= 20 s <max>"  # no outline: as written
