"""Lookup on notes written in their own shorthand (issue 10, round sixteen): a note's own
abbreviation legend says what its short words mean, initials with a plural "s" ("GSIs") say
the initials, "std" names the standard side, and "X Y vs Z W" compares two phrases.
"""

from __future__ import annotations

from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from tests.helpers import lookup_values, notes_conn, parsed_quantities

LEGEND = "_abbr: ret = retention, vis = visibility timeout, def = default_\n"
CHEAT = """\
# queues cheat sheet
{legend}
## SQS
- ret def 4 days / min 60 s / max 14 days
- dedup window 5 min for FIFO
- msg size max 256 KB

## CloudFront
- min TTL 0, max TTL def 1 year
- default TTL 24 hours
"""


def test_a_notes_legend_says_what_its_short_words_mean(tmp_path):
    conn = notes_conn(tmp_path, CHEAT.format(legend=LEGEND), "cheat.md")
    values = lookup_values(conn, "sqs default retention")
    assert values and "4 days" in values[0]
    # the legend line defines words, it states no fact: never an answer
    for query in ("sqs retention visibility timeout", "what does ret mean in sqs"):
        assert not any(v.lower().lstrip("_").startswith("abbr") for v in
                       lookup_values(conn, query))


def test_without_the_legend_the_short_word_says_nothing(tmp_path):
    conn = notes_conn(tmp_path, CHEAT.format(legend=""), "cheat.md")
    values = lookup_values(conn, "sqs default retention")
    # (texting's "def" before a figure is "default" in any note, notes/text_speak.py: the
    # note's own line "ret default 4 days / ..." may come up as itself, a line shown as
    # written; "ret" still names no retention, so no 4-day figure is the answer, and no fact
    # of the note is a retention's)
    assert not values or values[0] != "4 days"
    facts = parsed_quantities(CHEAT.format(legend=""), "cheat.md")
    assert not any("retention" in attribute for _, _, attribute, _, _ in facts), facts


def test_a_legend_does_not_redefine_a_cue_word(tmp_path):
    # "def = default" is the parser's to read: "max TTL def 1 year" is a maximum
    conn = notes_conn(tmp_path, CHEAT.format(legend=LEGEND), "cheat.md")
    # the 24-hour default ("24 hours" as the line says it, or "24 h" once the parser reads the
    # legend too), never the maximum's 1 year
    assert "24 h" in lookup_values(conn, "cloudfront default ttl")[0]


QUOTAS = """\
# dynamodb quotas

## DynamoDB
| Quota | Value |
|---|---|
| GSIs per table | 20 (default) |
| LSIs per table | 5 (hard) |

## SQS
- SQS → Lambda: batch size up to 10,000 for std queues, 10 for FIFO queues
"""


def test_initials_with_a_plural_s_say_the_initials(tmp_path):
    conn = notes_conn(tmp_path, QUOTAS, "quotas.md")
    assert "20" in lookup_values(conn, "ddb gsi limit per table")[0]
    assert "5" in lookup_values(conn, "dynamodb lsi limit per table")[0]


def test_std_names_the_standard_side(tmp_path):
    conn = notes_conn(tmp_path, QUOTAS, "quotas.md")
    values = lookup_values(conn, "sqs lambda max batch size standard queue")
    assert values and "10,000" in values[0]


DR = """\
# saa versus tables

## DR strategies (cheap/slow → expensive/fast)
| Strategy | RTO | What runs |
|---|---|---|
| Backup & restore | hours | nothing, restore from backups |
| Pilot light | 10s of minutes | core DB replicated, app off |
| Warm standby | minutes | scaled-down full copy |
"""


def test_two_phrases_compared_are_answered_by_their_rows(tmp_path):
    conn = notes_conn(tmp_path, DR, "versus.md")
    values = lookup_values(conn, "pilot light vs warm standby")
    assert values and any(side in values[0] for side in ("Pilot light", "Warm standby"))
    assert not any("Backup" in v for v in values[:2])


def test_phrase_sides_are_the_words_that_tell_them_apart():
    lex = lexicon()
    q = understand("http api vs rest api", lex)
    assert q.compared == [{"http": 1.0}, {"rest": 1.0}] and q.phrase_sides
    q = understand("pilot light vs warm standby", lex)
    assert len(q.compared) == 2 and all(len(side) == 2 for side in q.compared)
    # one side a kind of the other, or more asked than which of two: the words decide
    assert understand("task role vs task execution role", lex).compared == []
    assert understand("pilot light vs warm standby which is cheaper", lex).compared == []


VERSUS = """\
# messaging cheat sheet

## SQS
- DLQ = SQS or SNS only; destinations = SQS, SNS, Lambda, EventBridge
- fan-out: SNS topic + many SQS queues

## SQS vs SNS (1-liners)
- SQS = pull, msg deleted after consume, 1 consumer per msg
- SNS = push, no persistence, every subscriber gets it

## DynamoDB
- 40,000 WCUs per table
- 1 WCU = one write per second of an item up to 1 KB

## Lambda
- no internet by default once in VPC!! need NAT gateway in a public subnet
"""


def test_a_bare_comparison_is_answered_by_its_sides_own_lines(tmp_path):
    conn = notes_conn(tmp_path, VERSUS, "versus.md")
    values = lookup_values(conn, "sqs vs sns")
    assert values and ("pull" in values[0] or "push" in values[0])
    assert not values[0].startswith(("DLQ", "fan-out"))


def test_a_definition_asked_is_answered_by_the_line_that_defines(tmp_path):
    conn = notes_conn(tmp_path, VERSUS, "versus.md")
    assert "1 KB" in lookup_values(conn, "wcu = ?")[0]


def test_the_remedy_asked_is_no_word_the_answer_must_say(tmp_path):
    conn = notes_conn(tmp_path, VERSUS, "versus.md")
    values = lookup_values(conn, "lambda in vpc no internet fix")
    assert values and "NAT" in values[0]


RDS_VS_AURORA = """\
# saa comparisons

## RDS vs Aurora

| | RDS | Aurora |
|---|---|---|
| read replicas | up to 5 | up to 15 |
| replica lag | seconds (async) | usually < 10 ms |
"""


def test_a_bare_count_in_a_comparison_cell_counts_what_its_row_names(tmp_path):
    conn = notes_conn(tmp_path, RDS_VS_AURORA, "comparisons.md")
    values = lookup_values(conn, "aurora max read replicas")
    assert values and "15" in values[0]
    assert lookup_values(conn, "aurora max storage size") == []


def test_more_of_a_measure_wanted_asks_how_to_get_it(tmp_path):
    conn = notes_conn(tmp_path, "# sqs\n\n## SQS\n"
                      "- consumer needs more time → ChangeMessageVisibility API\n"
                      "- visibility timeout default 30 s, max 12 h\n", "sqs.md")
    values = lookup_values(conn, "consumer needs more time to process sqs msg")
    assert values and "ChangeMessageVisibility" in values[0]
    lex = lexicon()
    assert understand("consumer needs more time to process sqs msg", lex).dimensions == set()
    assert understand("sqs max visibility timeout time", lex).dimensions  # a bound asked


STUDY_DOC = """\
SESSION 4 - MONITORING
==============================

RDS automated backups: default retention 7 days, max 35 days

CloudWatch = PERFORMANCE monitoring (metrics, logs, alarms, dashboards)
- EC2 basic monitoring = every 5 min (free); detailed monitoring = every 1 min ($)
- alarm states: OK, ALARM, INSUFFICIENT_DATA
- Logs: log groups/streams, retention default = never expire (1 day to 10 years)
"""


def test_an_unfiled_item_is_of_the_service_the_line_opening_its_list_names(tmp_path):
    conn = notes_conn(tmp_path, STUDY_DOC, "studygroup.txt")
    values = lookup_values(conn, "cloudwatch logs retention default")
    assert values and "never expire" in values[0]


def test_x_instead_of_y_compares_and_a_service_of_two_words_is_one_side(tmp_path):
    q = understand("when to use step functions instead of lambda", lexicon())
    assert len(q.compared) == 2 and q.concept
    assert not any("instead" in c for c in q.topic)
    conn = notes_conn(tmp_path, "# serverless\n\n## Step Functions\n"
                      "- use Step Functions when orchestration > 15 min or many lambdas chained\n"
                      "\n## Lambda\n- execution timeout max 900 seconds\n", "serverless.md")
    values = lookup_values(conn, "when to use step functions instead of lambda")
    assert values and "orchestration" in values[0]


def test_a_legend_entry_of_several_words_says_each_of_them(tmp_path):
    notes = ("# sqs cheat sheet\n_abbr: vis = visibility timeout, ret = retention_\n\n## SQS\n"
             "- vis def 30s, range 0s - 12h\n"
             "- visibility timeout expiry: max 12 h after receive\n"
             "- vis expires before delete -> msg becomes visible again -> another consumer\n")
    conn = notes_conn(tmp_path, notes, "cheat.md")
    values = lookup_values(conn, "what happens when the visibility timeout expires")
    assert values and "visible again" in values[0]
