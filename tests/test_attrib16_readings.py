"""Session 13 (attrib16): readings of the note shapes of unseen35-37, each a general mechanism
(a changelog's old value, an interview drill's one-line Q and A, a number quoted as a number, a
worked case, a flashcard deck with no header, a mermaid diagram, a Q&A thread's topic)."""

from __future__ import annotations

from studycli.extract import parse_note


def _quantities(text: str, source: str = "n.md") -> set[tuple[str, str, str, str, str]]:
    note = parse_note(text, source)
    return {(f.service, f.subject, f.attribute, f.qualifier, f.value)
            for f in note.facts if f.kind in ("limit", "default", "range")}


def _values(text: str, source: str = "n.md") -> set[str]:
    return {v for *_, v in _quantities(text, source)}


def test_changelog_old_value_is_not_the_claim():
    # "was 5 min, now 15 min": the 5 min was read as the max timeout, the 15 min as a limit of
    # an attribute "(now)"
    text = "## Changes\n- CHANGED: Lambda max timeout was 5 min, now 15 min (this was 2018)\n"
    assert _quantities(text) == {("Lambda", "", "execution timeout", "max", "15 min")}
    text = "## Changes\n- CHANGED: Lambda billing granularity was 100 ms rounding, now 1 ms\n"
    assert _values(text) == {"1 ms"}


def test_was_without_a_now_stays_the_claim():
    text = "## SQS\n- SQS retention was 4 days by default when I checked\n"
    assert "4 days" in _values(text)


def test_a_now_of_the_students_own_setting_keeps_the_default():
    # "now I set 30 sec" is the student's choice: the 3 s default is AWS's, no old value
    text = "## Lambda\n- Lambda timeout was 3 sec by default, now I set 30 sec\n"
    assert ("Lambda", "", "execution timeout", "default", "3 s") in _quantities(text)
    assert ("Lambda", "", "execution timeout", "default", "30 s") not in _quantities(text)


def test_inline_question_and_answer_are_read_as_two_lines():
    text = ("## DynamoDB\n\n**Q:** What error do you get when you exceed provisioned throughput? "
            "**A:** ProvisionedThroughputExceededException (HTTP 400). The SDK retries.\n\n"
            "**Q:** What is DAX? **A:** An in-memory cache. Default item cache TTL is 5 minutes.\n")
    note = parse_note(text, "n.md")
    codes = {f.attribute for f in note.facts if f.kind == "error_code"}
    assert "ProvisionedThroughputExceededException" in codes
    assert any(f.value == "5 min" and f.qualifier == "default" for f in note.facts)


def test_answer_marker_leaves_the_exception_read():
    note = parse_note("## KMS\nQ: too many requests?\nA: ThrottlingException - use data key "
                      "caching or request an increase\n", "n.md")
    assert [(f.attribute, f.value) for f in note.facts if f.kind == "error_code"] == [
        ("ThrottlingException", "Use data key caching or request an increase")]


def test_numbers_quoted_as_numbers_state_nothing():
    text = ('## DynamoDB\n- max item size 400 KB\n- the "400 KB" and "29 sec" numbers come up '
            "like every test\n")
    assert _quantities(text) == {("DynamoDB", "", "item size", "max", "400 KB")}


def test_a_worked_case_is_no_limit():
    # its 6 KB was DynamoDB's item size, and both it and the 400 KB above were dropped as unsure
    text = ("## DynamoDB\n- max item size 400 KB\n- So a 6 KB strongly consistent read costs "
            "2 RCU.\n")
    assert _quantities(text) == {("DynamoDB", "", "item size", "max", "400 KB")}


def test_flashcards_without_a_header_row():
    deck = ("Lambda max timeout\t15 minutes (900 sec)\nLambda default timeout\t3 sec\n"
            "API Gateway integration timeout\t29 seconds max\n")
    found = _quantities(deck, "cards.tsv")
    assert ("Lambda", "", "execution timeout", "max", "15 min") in found
    assert ("API Gateway", "", "integration timeout", "max", "29 s") in found
    assert not any(subject for _, subject, *_ in found)  # the first answer is no subject


def test_a_header_row_is_still_a_header():
    table = "Setting\tValue\nLambda max timeout\t15 min\nLambda default timeout\t3 sec\n"
    note = parse_note(table, "t.tsv")
    assert not any("Setting" in f.value for f in note.facts if f.kind == "limit")


def test_mermaid_node_labels_are_read():
    text = ("## S3 classes\n\n```mermaid\nflowchart TD\n"
            "    Q3 -->|12-48 hours ok| GDA[Glacier Deep Archive - min 180 days, bulk 48 hrs]\n"
            "```\n")
    assert any(value == "180 days" for *_, value in _quantities(text))


def test_a_question_thread_keeps_its_topic():
    text = ("> 3. lambda env vars limit?\n\n4 KB total for all env vars. encrypt w/ KMS if "
            "secrets.\n\n> 4. what is /tmp size?\n\n512 MB ephemeral storage, fixed.\n\n"
            "> 5. X-Ray sampling?\n\non ECS run it as a sidecar.\n\n> 6. annotations?\n\n"
            "trace data is kept for 30 days.\n")
    services = {value: service for service, *_, value in _quantities(text, "mail.txt")}
    assert services == {"4 KB": "Lambda", "512 MB": "Lambda", "30 days": "X-Ray"}


def test_a_table_of_wrong_and_right_answers_teaches_the_right_one():
    text = ("## Practice test 1\n\n| Question topic | My answer | Correct answer | Why |\n"
            "|---|---|---|---|\n"
            "| SQS message retention | 4 days max | 14 days max | default 4 days |\n"
            "| ASG cooldown | 60 sec | 300 sec default | the cooldown default |\n")
    found = _quantities(text)
    assert ("SQS", "", "retention period", "max", "14 days") in found
    assert ("SQS", "", "retention period", "default", "4 days") in found
    assert ("Auto Scaling", "", "cooldown", "default", "300 s") in found
    assert not any(value in ("4 days", "60 s") and qualifier == "max"
                   for *_, qualifier, value in found)


def test_the_answer_after_a_pick_is_kept():
    # "I picked 14 days, answer was 14 days, correct": both were dropped as a wrong pick
    text = "## SQS max retention\n- I picked 14 days, answer was 14 days, correct\n"
    assert _values(text) == {"14 days"}
    # a pick after the question's label is still a pick ("(picked)" was read as a case)
    text = "## SQS\n- Q8 SQS max retention: I picked 7 days. answer was 14 days max\n"
    assert _values(text) == {"14 days"}


def test_a_hanging_indent_goes_on_the_line_above():
    text = ("ELB notes\n\n Deregistration delay (connection draining)\n"
            "   default 300 s, range 1-3600 s\n Cross-zone LB:\n   ALB = always on, free\n")
    found = _quantities(text, "scan.txt")
    assert ("ELB", "", "deregistration delay", "default", "300 s") in found


def test_a_mistyped_service_name_is_read():
    text = ("> 9. Step Fucntions standard vs express - when to use which?\n\n"
            "Express: max 5 min, at-least-once. good for high volume IoT stuff.\n")
    # (it was IoT's, the service the line names in passing)
    assert {(service, value) for service, *_, value in _quantities(text, "mail.txt")} == {
        ("Step Functions", "5 min")}


def test_an_inflection_is_no_typo():
    from studycli.notes.service_typos import repair_service_typos

    lines = ["reader endpoint load balances replicas", "two load balancers", "Step Fucntions"]
    repair_service_typos(lines)
    assert lines == ["reader endpoint load balances replicas", "two load balancers",
                     "Step Functions"]


def test_where_a_scaling_starts_is_its_minimum():
    text = "## NAT\n- NAT GW is AZ-scoped, 5 Gbps scaling up to 45 Gbps\n"
    found = {(qualifier, value) for *_, qualifier, value in _quantities(text)}
    assert found == {("min", "5 Gbps"), ("max", "45 Gbps")}
