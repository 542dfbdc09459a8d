# ===== Lambda =====
TIMEOUT_MAX_S = 900
# unlike SQS
MEMORY_MAX_MB = 10240
LAYERS_MAX = 5

# ===== SQS =====
# Standard queue
INFLIGHT_MAX = 120000
# FIFO queue
FIFO_INFLIGHT_MAX = 20000
# same as SNS
MESSAGE_MAX_KB = 256
