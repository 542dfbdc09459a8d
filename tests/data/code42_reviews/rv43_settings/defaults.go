package config

// Defaults for our uploader service.
const (
	S3PartSizeMB       = 16
	SQSWaitTimeSeconds = 5
	LambdaMemoryMB     = 256
)
