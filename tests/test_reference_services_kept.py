"""A load of some services' reference entries reads only the files that hold them; which those
are is kept between runs (reference/services_index.py), not worked out again from every
file's text in every process (~8 ms of a lookup that shows what the AWS docs say). And such a
lookup loads neither OpenSSL (hashlib) nor tomllib once the reference's parse is kept."""

from __future__ import annotations

import hashlib
import os
import sys

import pytest

from studycli.digest import sha256_hex
from studycli.reference import loader, services_index
from tests.helpers import lookup_loads

SQS = '[[entry]]\nid = "sqs.a"\nservice = "SQS"\nattribute = "message size"\n'
SNS = ('[[entry]]\nid = "sns.a"\nservice = "SNS"\nattribute = "message size"\n'
       'claim_services = ["Support"]\n')


@pytest.fixture
def reference(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYCLI_CACHE", str(tmp_path / "cache"))
    ref = tmp_path / "ref"
    ref.mkdir()
    (ref / "sqs.toml").write_text(SQS, encoding="utf-8")
    (ref / "sns.toml").write_text(SNS, encoding="utf-8")
    _written_before_start(ref / "sqs.toml", ref / "sns.toml")
    return ref


def _written_before_start(*files) -> None:
    """Files as a student's reference holds them: written before this process started (one
    written since is built but not kept, test_a_file_written_since_start_is_not_kept)."""
    for file in files:
        os.utime(file, (1_600_000_000, 1_600_000_000))


def _fresh_process() -> None:
    """What a new process starts from: none of the loader's in-memory caches."""
    for cached in (loader._load, loader._load_file, services_index.services_by_file):
        cached.cache_clear()


def _counting_reads(monkeypatch) -> list[str]:
    read: list[str] = []
    real = services_index.services_in

    def counted(path: str) -> frozenset[str]:
        read.append(os.path.basename(path))
        return real(path)

    monkeypatch.setattr(services_index, "services_in", counted)
    return read


def test_the_files_of_a_service_are_told_from_the_kept_index(reference, monkeypatch):
    read = _counting_reads(monkeypatch)
    _fresh_process()
    first = [e.id for e in loader.load_reference(reference, services=["SQS"]).entries]
    assert first == ["sqs.a"] and sorted(read) == ["sns.toml", "sqs.toml"]
    read.clear()
    _fresh_process()
    assert [e.id for e in loader.load_reference(reference, services=["SQS"]).entries] == first
    assert [e.id for e in loader.load_reference(reference, services=["Support"]).entries] \
        == ["sns.a"]  # a claim service's file, as before
    assert read == []  # no file's text read again to tell which holds SQS


def test_an_edited_file_is_read_again(reference, monkeypatch):
    read = _counting_reads(monkeypatch)
    _fresh_process()
    assert loader.load_reference(reference, services=["Lambda"]).entries == []
    (reference / "sns.toml").write_text(SNS + '\n[[entry]]\nid = "lambda.a"\n'
                                        'service = "Lambda"\nattribute = "timeout"\n',
                                        encoding="utf-8")
    _written_before_start(reference / "sns.toml")
    read.clear()
    _fresh_process()
    assert [e.id for e in loader.load_reference(reference, services=["Lambda"]).entries] \
        == ["lambda.a"]
    assert sorted(read) == ["sns.toml", "sqs.toml"]


@pytest.mark.parametrize("raw", [b"", b"abc", b'[[entry]]\nid = "sqs.a"\n' * 1000])
@pytest.mark.parametrize("hashlib_loaded", [True, False])
def test_the_digest_is_hashlib_s_with_or_without_it(raw, hashlib_loaded, monkeypatch):
    """The kept parse's file name is the same digest whichever maker sha256_hex takes: this
    test process imported hashlib, so the builtin's path (a lookup's) is taken only with
    hashlib out of sys.modules."""
    expected = hashlib.sha256(raw).hexdigest()
    if not hashlib_loaded:
        monkeypatch.delitem(sys.modules, "hashlib")
    assert sha256_hex(raw) == expected


def test_a_lookup_showing_the_aws_docs_loads_neither_openssl_nor_tomllib(shipped_copy,
                                                                        tmp_path):
    """Not in the shipped notes, so the reference's answer is shown (lookup/docs.py): a run
    whose cache folder lacks a file's parse parses it with tomllib and keeps it; the second
    run reads the kept parse alone."""
    first, second = lookup_loads(shipped_copy, tmp_path, ("hashlib", "tomllib"),
                                 query="sqs max tags per queue")
    assert first.startswith("RC 1 False ") and second == "RC 1 False False"


def test_a_damaged_kept_index_is_built_again(reference, monkeypatch, tmp_path):
    _fresh_process()
    loader.load_reference(reference, services=["SQS"])
    kept = list((tmp_path / "cache").glob("kept-reference-services-*.marshal"))
    assert len(kept) == 1
    kept[0].write_bytes(kept[0].read_bytes()[:-7] + b"garbage")
    read = _counting_reads(monkeypatch)
    _fresh_process()
    assert [e.id for e in loader.load_reference(reference, services=["SQS"]).entries] \
        == ["sqs.a"]
    assert sorted(read) == ["sns.toml", "sqs.toml"]  # not trusted: read again


def test_a_file_written_since_start_is_not_kept(reference, monkeypatch, tmp_path):
    """A stamp (mtime, size) is not the text: a file written since this process started may
    be written again under the same stamp, so its index is built and not kept; the next
    process, started after the write, keeps it (paths.written_since_start)."""
    (reference / "sns.toml").write_text(SNS, encoding="utf-8")  # now: since the start
    read = _counting_reads(monkeypatch)
    _fresh_process()
    assert [e.id for e in loader.load_reference(reference, services=["SQS"]).entries] \
        == ["sqs.a"]
    assert sorted(read) == ["sns.toml", "sqs.toml"]
    assert list((tmp_path / "cache").glob("kept-reference-services-*.marshal")) == []
    import studycli

    monkeypatch.setattr(studycli, "_STARTED_NS", studycli._STARTED_NS + 10 ** 12)  # later
    _fresh_process()
    loader.load_reference(reference, services=["SQS"])
    assert len(list((tmp_path / "cache").glob("kept-reference-services-*.marshal"))) == 1
