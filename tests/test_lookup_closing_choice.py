"""A choice closing a query (session 31, rank31): "security group vs nacl stateful or
stateless" compares two things and asks which of two words each is. The closing "A or B" is
no part of the second side (the comparison is still read), and a line saying either word
says what was asked ("NACL = stateless"), while a line saying neither lacks both."""

from __future__ import annotations

from .helpers import ingest_text, lookup_top

VPC = ("# VPC\n\n- security group: no inbound, all outbound allowed\n"
       "- NACL = stateless, subnet level, allow + deny, rules 1-32766\n"
       "- default NACL: allow all in/out. New custom NACL: deny all\n"
       "- 5 security groups per ENI\n")



def test_a_comparison_closed_by_a_choice_is_read_as_one():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    q = understand("security group vs nacl stateful or stateless", lexicon())
    assert q.phrase_sides and len(q.compared) == 2, q.compared
    # each of the two words is said by either of them, and counts as much as before
    chosen = [c for c in q.topic if "stateful" in c]
    assert len(chosen) == 2 and all("stateless" in c for c in chosen), q.topic
    # more asked after the sides than a choice: the words decide, as before
    assert not understand("task role vs task execution role permissions", lexicon()).compared
    # an "or" inside the query offers no choice to close it
    q = understand("sqs or sns fan out pattern", lexicon())
    assert not any("sqs" in c and "sns" in c for c in q.topic), q.topic


def test_either_word_of_a_closing_choice_answers(tmp_path):
    _, db, _ = ingest_text(tmp_path, VPC, columns="200")
    code, values = lookup_top(db, "security group vs nacl stateful or stateless")
    assert code == 0 and values[0].startswith("NACL = stateless"), values
    # a line saying neither word is no answer to the choice
    assert lookup_top(db, "security groups stateful or stateless") == (1, [])


def test_a_line_saying_neither_word_of_the_choice_answers_no_side(tmp_path):
    # review of rank31, finding 1: a line naming one side is granted the other side's words
    # only when it says a word of the closing choice
    _, db, _ = ingest_text(tmp_path, (
        "# VPC\n\n- security group: instance level, allow rules only\n"
        "- NACL: subnet level, allow + deny, rules evaluated in number order\n"
        "- 5 security groups per ENI\n\n# DR\n\n"
        "- pilot light: core DB running, servers off\n"
        "- warm standby: scaled-down full copy always running\n"), columns="200")
    assert lookup_top(db, "security group vs nacl stateful or stateless") == (1, [])
    assert lookup_top(db, "pilot light vs warm standby rto or rpo") == (1, [])


def test_or_both_closing_a_comparison_is_no_choice_of_words():
    # review of rank31, finding 4: "or both" would cut "read replica" to "read"
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import closing_choice, understand

    for text in ("multi az vs read replica or both", "pilot light vs warm standby or both",
                 "task role vs execution role or both"):
        assert closing_choice(text.split()) is None, text
        q = understand(text, lexicon())
        assert not q.choice and all(len(side) != 1 or "read" not in side
                                    for side in q.compared), q.compared


def test_route_53_is_read_from_its_short_name_and_its_cname_record():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    # "r53" names the service, "CNAME" its record (lookup_synonyms.json)
    assert understand("cname vs alias r53", lexicon()).services == ["Route 53"]
    q = understand("alias vs cname record", lexicon())
    assert ("Route 53", "CNAME record") in q.subjects, q.subjects


def test_a_bare_cname_implies_no_service():
    # review of rank31, finding 5: CloudFront, ACM and Beanstalk lines say "CNAME" too; only
    # "CNAME record" is Route 53's
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    for text in ("cname swap", "custom domain cname cert region"):
        q = understand(text, lexicon())
        assert "Route 53" not in q.implied_services and not q.subjects, (text, q.subjects)


def test_a_subject_compared_across_services_answers_from_the_right_one(tmp_path):
    _, db, _ = ingest_text(tmp_path, (
        "# Lambda\n\n- alias = pointer to a version, can do weighted routing\n"
        "- Lambda timeout max 15 min\n- Lambda memory 128 MB to 10,240 MB\n\n"
        "# Route 53\n\n- alias vs CNAME: alias works at the zone apex, CNAME does not\n"
        "- health check interval 30 s\n"), columns="200")
    code, values = lookup_top(db, "alias vs cname record")
    assert code == 0 and "zone apex" in values[0], values
    code, values = lookup_top(db, "cname vs alias r53")
    assert code == 0 and "zone apex" in values[0], values
