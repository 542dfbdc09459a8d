"""Shapes of note lines the parser read wrong (session 28): a comparison of three names or
more, a range a hard wrap cut in two, a quota table's Default column beside its maximum, a
subject named only in a later clause of the line."""

from __future__ import annotations

from studycli.extract import parse_note


def _facts(text: str, name: str = "n.md"):
    return parse_note(text, name).facts


def test_a_heading_of_three_names_compared_is_a_comparison():
    for name, heading in (("n.md", "## SQS vs SNS vs Kinesis"), ("n.txt", "SQS vs SNS vs Kinesis")):
        text = (f"{heading}\n- SQS: pull based queue, retention up to 14 days\n"
                "- SNS: push based pub/sub, no retention\n- Kinesis: stream, replayable\n")
        note = parse_note(text, name)
        # filed as a two-name comparison's items are ("vs"), never under "vs vs"
        assert not any("vs vs" in f.attribute for f in note.facts), name
        rows = {(c.left, c.right, bool(c.left_value), bool(c.right_value))
                for c in note.comparisons}
        assert ("SQS", "SNS", True, False) in rows and ("SQS", "SNS", False, True) in rows
        assert ("SNS", "Kinesis Data Streams", False, True) in rows, name
        sqs_rows = [c for c in note.comparisons if "pull based" in c.left_value + c.right_value]
        assert {c.line for c in sqs_rows} == {2} and len(sqs_rows) == 2  # vs SNS, vs Kinesis


def test_a_heading_of_four_names_is_filed_as_one_of_two():
    def attributes(heading: str) -> set[str]:
        return {f.attribute for f in _facts(f"## {heading}\n- ECS: AWS-native orchestration\n"
                                             "- Fargate: serverless containers\n")}
    assert attributes("ECS vs EKS vs Fargate vs Lambda") == attributes("ECS vs Fargate")


def test_one_line_of_three_names_compared_gives_each_side_its_clause():
    note = parse_note("- SQS vs SNS vs Kinesis -> SQS = pull, msg deleted after consume; "
                      "SNS = push to many subs; Kinesis = pull, replayable\n", "n.md")
    rows = {(c.left, c.right): (c.left_value, c.right_value) for c in note.comparisons}
    assert rows[("SQS", "SNS")] == ("SQS = pull, msg deleted after consume",
                                    "SNS = push to many subs")
    assert rows[("SNS", "Kinesis Data Streams")][1] == "Kinesis = pull, replayable"
    # a side that is no name ("sns cheat line") makes no row
    assert not parse_note("- kinesis vs sqs vs sns cheat line: kinesis = replay, sqs = "
                          "decouple, sns = fanout\n", "n.md").comparisons


def _limits(text: str, name: str = "n.md") -> set[tuple]:
    return {(f.line, f.subject, f.attribute, f.qualifier, f.value) for f in _facts(text, name)
            if f.kind.value != "fact"}


def test_a_range_cut_by_a_hard_wrap_keeps_both_ends():
    # a short line: the wrap was not seen (under 50 characters), and each half lost its end
    for text, high in (("## Lambda\n- timeout: 1 second to\n  15 minutes (default 3 s)\n",
                        "15 min"),
                       ("Lambda\nLambda timeout: 1 -\n900 seconds (default 3 s)\n", "900 s")):
        got = {(q, v) for _l, _s, a, q, v in _limits(text, "n.txt") if a == "execution timeout"}
        assert ("min", "1 s") in got and ("max", high) in got, (text, got)
    # a list's number after a line ending on a number and "to" is no range's end
    assert not any(f.value.startswith("1 to 2") for f in _facts("Steps:\n1 to\n2. next\n"))


def test_a_quota_tables_default_beside_its_maximum_is_the_default():
    text = ("## IAM\n\n| Quota | Default | Max (after increase) |\n|---|---|---|\n"
            "| Managed policies per role | 10 | 20 |\n")
    got = _limits(text)
    assert (5, "", "managed policies (per role)", "default", "10 Managed policies") in got
    assert (5, "", "managed policies (per role)", "max", "20 Managed policies") in got
    # an "Adjustable" column that says how far: the Default column is the default, too
    text = ("## IAM\n\n| Quota | Default | Adjustable |\n|---|---|---|\n"
            "| Managed policies per role | 10 | Yes (up to 20) |\n| Groups per user | 10 | No |\n"
            "| Max policy size | 6144 characters | No |\n")
    got = _limits(text)
    # a row whose own name says max is the quota, not a default (read so, it was dropped as
    # a bound's default)
    assert (7, "", "policy size", "max", "6144 characters") in got
    assert (5, "", "managed policies (per role)", "default", "10 Managed policies") in got
    assert (5, "", "managed policies (per role)", "max", "20 Managed policies") in got
    assert (6, "", "groups (per user)", "", "10 groups") in got  # the quota, as before


def test_a_unit_in_a_columns_header_is_its_bare_numbers_unit():
    text = ("## IAM\n\n| Session | Default (sec) | Max (sec) |\n|---|---|---|\n"
            "| AssumeRole session | 3600 | 43200 |\n")
    got = {(q, v) for _l, _s, _a, q, v in _limits(text)}
    assert ("default", "3600 s") in got and ("max", "43,200 s") in got


def test_a_subject_named_in_a_later_clause_is_not_the_values_before_it():
    line = ("Deployment package: 50 MB zipped if you upload directly, 250 MB unzipped including "
            "layers, and a function can use up to 5 layers; if that's not enough you go "
            "container image and those can be up to 10 GB, pulled from ECR.")
    # (under a heading that names no service: the line names Lambda only by its things)
    got = {(s, v) for _l, s, _a, _q, v in _limits(f"# Lectures, my write-ups\n\n{line}\n")}
    assert ("", "5 layers") in got and ("", "50 MB") in got
    assert ("container image", "10 GB") in got  # named in its own clause: still its own


def test_a_flowcharts_edge_labels_and_comments_are_read():
    text = ("## Event sources\n\n```mermaid\nflowchart LR\n    Q[(SQS standard)] --> L[Lambda]\n"
            "    Q -->|ESM batch size default 10, max 10,000| L\n"
            "    D{Over 256 KB?} -->|yes, 2 GB max| S[S3 pointer]\n"
            "    %% Lambda batch window max 300 s\n```\n")
    got = {(line, q, v) for line, _s, _a, q, v in _limits(text)}
    # an edge's label said of the two nodes it joins; a "%%" comment is a line of the note
    assert (6, "max", "10,000") in {(ln, q, v.split(" ")[0]) for ln, q, v in got}
    assert (8, "max", "300 s") in got
    assert not any(line == 7 for line, _q, _v in got)  # a decision's answer states nothing


def test_a_rows_own_default_wins_over_its_columns_max_and_a_unit_cell_keeps_its_aside():
    text = ("## ECS / Fargate\n\n| Thing | Max | Unit |\n|---|---|---|\n"
            "| Fargate task vCPU | 16 | vCPU |\n"
            "| Fargate ephemeral storage default | 20 | GiB (up to 200) |\n")
    got = {(line, q, v) for line, _s, _a, q, v in _limits(text)}
    assert (5, "max", "16 vCPUs") in got
    assert (6, "default", "20 GiB") in got and (6, "max", "20 GiB") not in got
