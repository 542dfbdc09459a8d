"""Notes in a wiki's markup (a TiddlyWiki tiddler, a MediaWiki or vimwiki page) are read as
the markdown they mean: headings, nested items, no header fields or code as facts."""

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.formats.wiki import tiddlywiki_to_markdown, wiki_to_markdown

TIDDLER = """\
created: 20240219083012345
tags: SAA [[AWS Notes]] HA
title: SAA High Availability
type: text/vnd.tiddlywiki

!! Aurora
* 6 copies across ''3 AZs''
** up to 15 replicas, see //docs// at https://aws.amazon.com/rds/
# first numbered
"""

PAGE = """\
= DVA CI/CD =
== CodeBuild ==
* build timeout: default 60 min, max 8 hours
    * queued timeout default 8 hrs
# a '''numbered''' item, see [[dva_lambda|Lambda notes]]
{{{
timeout: 99
}}}
"""


def test_a_tiddler_reads_as_markdown_line_for_line():
    lines = TIDDLER.split("\n")
    out = tiddlywiki_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[:5] == ["", "", "# SAA High Availability", "", ""]  # header: its title only
    assert out[5] == "## Aurora"
    assert out[6] == "- 6 copies across **3 AZs**"
    assert out[7] == "  - up to 15 replicas, see *docs* at https://aws.amazon.com/rds/"
    assert out[8] == "1. first numbered"  # a wiki's "#" numbers an item: no heading


def test_a_mediawiki_or_vimwiki_page_reads_as_markdown_line_for_line():
    lines = PAGE.split("\n")
    out = wiki_to_markdown(lines)
    assert len(out) == len(lines)
    assert out[:2] == ["# DVA CI/CD", "## CodeBuild"]
    assert out[2] == "- build timeout: default 60 min, max 8 hours"
    assert out[3] == "    - queued timeout default 8 hrs"
    assert out[4] == "1. a **numbered** item, see Lambda notes"
    assert out[5:8] == ["```", "timeout: 99", "```"]  # a preformatted block: code


def test_a_tiddler_in_a_folder_gives_facts_under_its_headings(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "ha.tid").write_text(TIDDLER)
    (notes / "cicd.wiki").write_text(PAGE)
    runner = CliRunner()
    db = str(tmp_path / "w.db")
    done = runner.invoke(app, ["ingest", str(notes), "--db", db])
    assert done.exit_code == 0 and "other types" not in done.output
    facts = json.loads(runner.invoke(app, ["facts", "--json", "--db", db]).output)
    assert any(f["service"] == "Aurora" and f["value"] == "15 replicas" for f in facts)
    assert any(f["service"] == "CodeBuild" and f["value"] == "8 h" for f in facts)
    text = " ".join(f"{f['attribute']} {f['value']}" for f in facts)
    assert "vnd.tiddlywiki" not in text and "!!" not in text and "''" not in text
    assert "99" not in text  # the code block's setting


def test_mediawiki_syntaxhighlight_source_and_pre_with_attributes_are_code_blocks():
    lines = ["== CodeBuild ==", '<syntaxhighlight lang="yaml">', "    timeout-in-minutes: 480",
             "</syntaxhighlight>", "<source lang=bash>", "aws s3 ls # 5 TB", "</source>",
             '<pre class="code">', "max: 9", "</pre>", "* default build timeout 60 minutes"]
    out = wiki_to_markdown(lines)
    assert out == ["## CodeBuild", "```", "    timeout-in-minutes: 480", "```", "```",
                   "aws s3 ls # 5 TB", "```", "```", "max: 9", "```",
                   "- default build timeout 60 minutes"]
