# Quotas cheat sheet (prints a table)
LAMBDA = {
    "max_timeout_min": 15,
    "max_memory_mb": 10240,
    "max_layers": 5,
}
SQS = {
    "max_message_kb": 256,
    "max_retention_days": 14,
}
for k, v in LAMBDA.items():
    print(k, v)
