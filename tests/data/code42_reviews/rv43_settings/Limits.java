package cram;

public class Limits {
    public static final int SQS_MAX_KB = 256;
    public static final int SQS_RETENTION_MAX_DAYS = 14;
    public static final int VISIBILITY_MAX_H = 12; // SQS visibility timeout max is 12 hours
    public static final int KINESIS_SHARD_WRITE_MB_S = 1;
    public static final int TIMEOUT = 900; // Lambda max timeout is 15 minutes
}
