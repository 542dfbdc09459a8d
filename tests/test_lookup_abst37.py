"""Lookups the notes cannot answer (session 37, abst37): lines that share the question's
words but give the figure of another variant, another bound or another thing. A bound a
line's label states speaks for every figure after it; a sentence naming the variant asked
speaks of it only where it says what is asked; a note line answering as itself is of the
variant its own facts were filed under; a default data rate is where a capacity starts; a
variant the query names (a Snowball Edge's option, a KMS key's owner) must be the
line's.

AWS facts the tests rely on: a Fargate task has 0.5 GB to 120 GB of memory
(https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html);
an NLB's TCP idle timeout is 350 s, an ALB's idle timeout defaults to 60 s
(https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html,
https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html);
a Kinesis on-demand stream starts at 4 MB/s of write capacity and scales up to 200 MB/s by
default (https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html);
KMS rotates AWS managed keys every year, and customer managed keys (when enabled) every 365
days by default or on a custom RotationPeriodInDays
(https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html).
"""

from __future__ import annotations

import pytest

from .helpers import lookup_values, notes_conn


def test_a_label_bound_speaks_for_every_figure_after_it(tmp_path):
    # "fargate min memory" (unseen123): "max:" bounds 120 GB too, though the parser kept
    # the bound for the first figure only
    conn = notes_conn(tmp_path, "# Fargate\n\nFargate task max: 16 vCPU, 120 GB memory\n")
    assert lookup_values(conn, "fargate min memory") == []
    found = lookup_values(conn, "fargate max memory")
    assert found and "120" in found[0], found


def test_a_label_bound_leaves_a_clause_with_its_own_bound(tmp_path):
    # a clause writing the bound asked answers it, whatever the label says
    conn = notes_conn(tmp_path, "# Lambda\n\nLambda memory max: 10 GB, min 128 MB\n")
    found = lookup_values(conn, "lambda min memory")
    assert found and "128" in found[0], found


def test_a_sentence_naming_the_variant_asked_of_another_topic_speaks_not_of_it(tmp_path):
    # "nlb idle timeout" (unseen123): the second sentence names NLB, of cross-zone load
    # balancing; the idle timeout's figure is the ALB's
    conn = notes_conn(tmp_path, "# ELB\n\nALB idle timeout defaults to 60 seconds. Cross-zone"
                      " load balancing is always on for ALB and off by default for NLB.\n")
    assert lookup_values(conn, "nlb idle timeout") == []
    found = lookup_values(conn, "alb idle timeout")
    assert found and "60" in found[0], found


def test_a_sentence_naming_the_variant_asked_of_the_topic_still_answers(tmp_path):
    conn = notes_conn(tmp_path, "# ELB\n\nALB idle timeout defaults to 60 seconds. The NLB"
                      " idle timeout for TCP is 350 seconds.\n")
    found = lookup_values(conn, "nlb idle timeout")
    assert found and "350" in found[0], found


def test_a_line_answering_as_itself_is_of_its_facts_variant(tmp_path):
    # "nlb idle timeout default" (unseen122): the line under "- ALB details" answers as
    # itself with no service of its own; its facts were filed ELB/ALB
    notes = ("# Load balancers\n\n- ALB details\n  - idle timeout default 60 sec\n"
             "  - health check default interval 30s, timeout 5s\n")
    conn = notes_conn(tmp_path, notes)
    assert lookup_values(conn, "nlb idle timeout default") == []
    assert lookup_values(conn, "nlb health check interval default") == []
    found = lookup_values(conn, "alb idle timeout default")
    assert found and "60" in found[0], found


def test_a_default_data_rate_is_no_maximum(tmp_path):
    # "kinesis on-demand max write throughput" (unseen52, 119, 121, 122)
    conn = notes_conn(tmp_path, "# Kinesis Data Streams\n\n- capacity modes: provisioned vs"
                      " on-demand (on-demand default 4 MB/s write)\n")
    assert lookup_values(conn, "kinesis on demand max write throughput") == []
    found = lookup_values(conn, "kinesis on demand default write throughput")
    assert found and "4" in found[0], found


def test_a_start_written_with_words_between_is_no_maximum(tmp_path):
    # "On-demand mode starts with a default write capacity of 4 MB/s" (unseen54)
    conn = notes_conn(tmp_path, "# Kinesis Data Streams\n\nOn-demand mode starts with a default"
                      " write capacity of 4 MB/s and scales with traffic.\n")
    assert lookup_values(conn, "kinesis on-demand max write throughput") == []


@pytest.mark.parametrize("section, line, asked, other", [
    ("KMS", "KMS automatic key rotation for customer managed keys: every 1 year",
     "aws managed kms key rotation period", "customer managed kms key rotation period"),
    # a storage class by the short name notes write it ("Std-IA"): no Glacier class
    ("S3", "lifecycle: transition to Std-IA only after 30 days min",
     "s3 lifecycle min days before glacier transition",
     "s3 lifecycle min days before standard-ia transition"),
    ("Snow Family", "Snowball Edge Storage Optimized: 80 TB usable storage",
     "snowball edge compute optimized storage tb", "snowball edge storage optimized storage tb"),
])
def test_a_variant_asked_is_not_answered_by_another(tmp_path, section, line, asked, other):
    conn = notes_conn(tmp_path, f"# {section}\n\n- {line}\n")
    assert lookup_values(conn, asked) == []
    assert lookup_values(conn, other), other

