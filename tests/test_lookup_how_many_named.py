""""how many" before a service's two-word name that ends in a plural counts that plural
(session 28, lookup28; unseen82's "how many s3 buckets can i have", where "s3 buckets" names
S3 and "buckets" was no word of the question: "63 characters" of bucket names answered)."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn


def test_how_many_s3_buckets_counts_buckets(tmp_path):
    conn = notes_conn(tmp_path, "# S3\n\n- bucket names globally unique, 3-63 chars\n"
                                "- 100 buckets per account (soft limit)\n")
    values = lookup_values(conn, "how many s3 buckets can i have")
    assert values and "100" in values[0], values
    conn.close()


def test_the_plural_is_read_only_after_a_name_of_two_words():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    assert understand("how many s3 buckets can i have", lexicon()).counted == {"bucket"}
    assert understand("how many s3 objects per bucket", lexicon()).services == ["S3"]
