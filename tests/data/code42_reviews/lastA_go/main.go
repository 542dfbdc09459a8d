package main

// S3 uploader practice: S3 multipart part size min 5 MB
const (
	S3PartSizeMB     = 16
	S3MaxConcurrency = 8
	DynamoDBTable    = "uploads"
)

func main() {}
