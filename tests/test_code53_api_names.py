"""An API's name typed whole ("batchwriteitem") is said by a line writing it as its words
("DDB batch write items", a constants module's DDB_BATCH_WRITE_ITEMS read as words):
lookup/written_apart.joined_typed (issue 10, session 53)."""

from tests.helpers import folder_cli


def test_an_api_name_typed_whole_is_said_by_its_three_words(tmp_path):
    ask = folder_cli(tmp_path, {"databases.py": "DDB_BATCH_WRITE_ITEMS = 25\n"
                                                "DDB_BATCH_GET_ITEMS = 100\n"
                                                "DDB_MAX_ITEM_KB = 400\n"})
    hits = ask("lookup", "dynamodb batchwriteitem")
    assert hits and "25" in hits[0]["value"]
    hits = ask("lookup", "dynamodb batchgetitem")
    assert hits and "100" in hits[0]["value"]


def test_deploy_zip_and_unzipped_name_the_deployment_package_and_its_cases(tmp_path):
    # "deploy" and "zip" / "unzipped" as a student abbreviates them in a constant's name
    ask = folder_cli(tmp_path, {"lambda_limits.py": "LAMBDA_DEPLOY_ZIP_MB = 50\n"
                                                    "LAMBDA_DEPLOY_UNZIPPED_MB = 250\n"
                                                    "LAMBDA_CONTAINER_IMAGE_GB = 10\n"})
    hits = ask("lookup", "lambda unzipped package limit")
    assert hits and hits[0]["value"] == "250 MB"
    assert hits[0]["attribute"] == "deployment package size (unzipped)"
    hits = ask("lookup", "lambda zip upload limit")
    assert hits and hits[0]["value"] == "50 MB"
