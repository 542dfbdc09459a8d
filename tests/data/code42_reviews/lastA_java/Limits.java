package study;

// ElastiCache and Aurora facts
public final class Limits {
    public static final int AURORA_MAX_REPLICAS = 15;
    public static final int AURORA_BACKTRACK_MAX_HOURS = 72;
    public static final int ELASTICACHE_REDIS_MAX_REPLICAS_PER_SHARD = 5;
    private static final int POOL_SIZE = 8; // thread pool for my app
}
