# DynamoDB facts
DYNAMODB = {
    "max_gsi": 20,
    "max_lsi": 5,
    "max_item_size_kb": 400,
}
EC2_MAX_TAGS = 50
