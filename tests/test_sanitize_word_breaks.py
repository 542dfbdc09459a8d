"""A lone control character between words (Word's vertical tab, pdftotext's form feed) is a
word break: search finds both words and no line shows them glued together."""

import json

from studycli.sanitize import safe_text
from tests.helpers import folder_cli


def test_a_lone_control_character_becomes_a_space_and_a_sequence_goes_whole():
    assert safe_text("baseline\x0b3000 IOPS") == "baseline 3000 IOPS"
    assert safe_text("retention\fperiod") == "retention period"
    assert safe_text("a\x1b[2Jb") == "ab"  # an escape sequence leaves no debris
    assert safe_text("x\x1b]52;c;ZXZpbA==\x07y") == "xy"


def test_search_finds_words_a_control_character_separates(tmp_path):
    ask = folder_cli(tmp_path, {"ebs.md": "# EBS\n- gp3 baseline\x0b3000 IOPS\n"
                                          "- EC2 instance\x0cstore is ephemeral\n"})
    found = json.dumps(ask("search", "3000"))
    assert "baseline 3000 IOPS" in found, found
    found = json.dumps(ask("search", "instance store"))
    assert "instance store is ephemeral" in found, found
