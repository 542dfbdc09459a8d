""""ESM" names the event source mapping as its phrase does: "SQS → Lambda (ESM / polling)" was
taken for someone else's polling (an activity worker's) and gave SQS no mode."""

from tests.helpers import parsed_modes


def test_the_abbreviation_names_the_mapping():
    assert parsed_modes("# Lambda\n\n- SQS → Lambda (ESM / polling)\n") == {
        ("SQS", "event source mapping")}


def test_someone_elses_polling_still_names_no_mode():
    assert parsed_modes("# Step Functions\n\nActivity Worker on EC2/Lambda calls "
                        "GetActivityTask to poll for work\n") == set()
