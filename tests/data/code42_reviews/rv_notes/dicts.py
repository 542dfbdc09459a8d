SQS = {
    'max_message_kb': 256,
    'retention_days': (1, 14),   # default 4
    'visibility_timeout_max_hours': 12,
}
APIGW = {
    'timeout_ms': 29000,
    'payload_max_mb': 10,
}
