"""A subject named in one sentence of a line is not the subject of the next sentences' numbers
once its own sentence gave a number (unseen68's glossary line: "... container image up to 10 GB.
/tmp storage 512 MB (fixed). Env vars total 4 KB. Up to 5 layers." was asked "the maximum
number of layers for AWS Lambda (container image)", which can use none, and its 10 GB and
512 MB were swapped between the image and /tmp)."""

from studycli.extract import parse_note
from studycli.model import Kind


def _limits(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.attribute, f.value) for f in parse_note(text, "n.txt").facts
            if f.kind in (Kind.LIMIT, Kind.DEFAULT)}


def test_a_subject_ends_with_the_sentence_that_gave_its_number():
    facts = _limits("Lambda — serverless functions. Deployment pkg 50 MB zipped; container "
                    "image up to 10 GB. /tmp storage 512 MB (fixed). Env vars total 4 KB. "
                    "Up to 5 layers.\n")
    assert ("container image", "container image size", "10 GB") in facts, facts
    assert ("", "ephemeral storage (/tmp)", "512 MB") in facts, facts
    assert ("", "layers", "5 layers") in facts, facts
    assert not any(s == "container image" and v != "10 GB" for s, _, v in facts), facts


def test_a_subject_named_mid_line_ends_after_a_later_sentence_with_a_number():
    facts = _limits("DynamoDB — NoSQL. Item max 400 KB. Global tables (multi-region). PITR "
                    "up to 35 days. TTL deletes expired items within ~48 hrs.\n")
    assert not any(s == "Global Tables" and "48" in v for s, _, v in facts), facts


def test_a_subject_holds_where_it_labels_the_line_or_leads_its_prose():
    # near-misses: the line's label, a sentence that refers back, a subject the prose opens
    # with, an abbreviation's full stop, a table row
    labelled = _limits("# EC2\n- **Spot** — up to 90% off. Interruption notice 2 minutes.\n")
    assert ("Spot Instances", "interruption notice", "2 min") in labelled, labelled
    tokens = _limits("# Cognito\nUser pool tokens: ID token expires after 1 hour by default. "
                     "Refresh token 30 days by default, max 10 years.\n")
    assert ("user pool", "refresh token validity", "10 years") in tokens, tokens
    back = _limits("# ELB\nThe idle timeout on ALB is 60 seconds default. You can set it "
                   "from 1 to 4000 seconds.\n")
    assert any(s == "ALB" and v == "4000 s" for s, _, v in back), back
    prose = _limits("# S3\nS3 Intelligent-Tiering is the answer for unknown access patterns. "
                    "Objects not accessed for 30 days move to IA. Small objects under 128 KB "
                    "are never moved.\n")
    assert any(s == "S3 Intelligent-Tiering" and v == "128 KB" for s, _, v in prose), prose
    row = _limits("# EBS\n| gp3 | baseline 3000 IOPS, indep. of size. Max 16000 IOPS |\n")
    assert all(s == "gp3" for s, _, _ in row) and row, row
