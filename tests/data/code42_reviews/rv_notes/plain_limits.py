# Lambda
timeout_max_sec = 900
memory_max_mb = 10240
ephemeral_storage_max_mb = 10240

# DynamoDB
item_size_max_kb = 400
