# S3 cheat sheet
S3 = {
    "max_parts": 10000,
    "max_buckets": 100,
    "max_tags": 10,
}
