"""extract/lambda_invokers reads data/reference/lambda.toml through the reference's loader
(one parse serves it and the AWS check), and never from $STUDYCLI_REFERENCE."""

from studycli.extract.lambda_invokers import lambda_invokers
from studycli.paths import data_dir
from studycli.reference.loader import load_reference


def test_the_invokers_are_the_loaded_entries_of_lambda_toml():
    entries = load_reference(data_dir() / "reference").entries
    modes = {e.subject for e in entries if e.file == "lambda.toml" and e.kind == "invocation_mode"}
    assert modes and modes <= lambda_invokers()
    assert {"S3", "SNS", "API Gateway", "SQS"} <= lambda_invokers()


def test_another_reference_folder_changes_no_invoker(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYCLI_REFERENCE", str(tmp_path))  # an empty reference
    lambda_invokers.cache_clear()
    try:
        assert {"S3", "SNS", "API Gateway"} <= lambda_invokers()
    finally:
        lambda_invokers.cache_clear()


def test_the_reference_the_invokers_read_loads_without_problems():
    # The loader reports a broken lambda.toml in `problems` and carries on with no entries of
    # it; lambda_invokers would then lose every invocation_mode invoker silently (its own
    # tomllib parse used to fail loudly). This is where the break shows.
    loaded = load_reference(data_dir() / "reference", services=("Lambda",))
    assert loaded.problems == [], loaded.problems
    assert any(e.file == "lambda.toml" and e.kind == "invocation_mode" for e in loaded.entries)
