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
