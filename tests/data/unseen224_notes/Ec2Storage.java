package notes.saa;

import java.time.Duration;

/**
 * EC2 / EBS / EFS / ELB / ASG / ECS cheat sheet.
 * Javadoc = defaults, constants = limits. Sizes in GiB unless noted.
 */
public class Ec2Storage {

    /* ---------------- EC2 ---------------- */
    public static final int VCPU_ON_DEMAND_STANDARD_DEFAULT = 5;   // vCPU-based soft limit, new accounts
    public static final int EIP_PER_REGION = 5;                     // Elastic IPs default
    public static final int USER_DATA_MAX_KB = 16;                  // raw, before base64
    public static final int SPOT_INTERRUPTION_NOTICE_S = 2 * 60;    // 2 minute warning
    public static final int REBALANCE_RECOMMENDATION = 1;           // earlier signal, not guaranteed
    public static final int HIBERNATE_MAX_DAYS = 60;
    public static final int HIBERNATE_RAM_MAX_GB = 150;
    public static final int SG_RULES_PER_SG = 60;                   // inbound, and separately 60 outbound
    public static final int SG_PER_ENI = 5;
    /** IMDS endpoint, IMDSv2 needs PUT token, hop limit default 1 */
    public static final String IMDS_IP = "169.254.169.254";
    public static final int IMDSV2_TOKEN_TTL_MAX_S = 6 * 60 * 60;  // 21600

    // Placement groups: cluster (one AZ, low latency), spread (max 7 instances per AZ per group), partition (up to 7 partitions per AZ)
    public static final int SPREAD_PG_MAX_PER_AZ = 7;
    public static final int PARTITION_PG_MAX_PARTITIONS_PER_AZ = 7;

    // Reserved Instances: 1 or 3 yr, up to 72% off; Savings Plans up to 72%; Spot up to 90%
    public static final int RI_MAX_DISCOUNT_PCT = 72;
    public static final int SPOT_MAX_DISCOUNT_PCT = 90;

    enum Ec2LaunchError {
        InsufficientInstanceCapacity,   // AWS has no capacity in that AZ -> try other AZ/type
        InstanceLimitExceeded,          // your vCPU limit -> request quota increase
        VcpuLimitExceeded,
        UnauthorizedOperation,          // IAM
        InvalidKeyPair_NotFound
    }

    /* ---------------- EBS ---------------- */
    public static final int GP2_BASELINE_IOPS_PER_GB = 3;          // 3 IOPS/GB, min 100
    public static final int GP2_MAX_IOPS = 10_000;
    public static final int GP2_BURST_IOPS = 3_000;
    public static final int GP3_BASELINE_IOPS = 3_000;             // independent of size
    public static final int GP3_BASELINE_MBPS = 125;
    public static final int GP3_MAX_IOPS = 16_000;
    public static final int GP3_MAX_MBPS = 1_000;
    public static final int IO2_MAX_IOPS = 64_000;                 // block express 256k
    public static final int IO1_MAX_IOPS_PER_GB = 50;
    public static final int EBS_MAX_VOLUME_TIB = 16;               // gp2/gp3/io1
    public static final int ST1_MAX_MBPS = 500;
    public static final int SC1_MAX_MBPS = 250;
    // st1/sc1 HDD can NOT be boot volumes
    // Multi-attach: io1/io2 only, up to 16 Nitro instances, same AZ
    public static final int EBS_MULTI_ATTACH_MAX = 16;
    /** DeleteOnTermination default: root = true, additional volumes = false */
    public static final boolean ROOT_DELETE_ON_TERMINATION = true;
    // Snapshot Recycle Bin retention 1 day - 1 year; Archive tier 75% cheaper, restore 24-72 h
    public static final int SNAPSHOT_ARCHIVE_MIN_DAYS = 90;

    // Instance store = ephemeral, lost on stop/terminate, very high IOPS

    /* ---------------- EFS ---------------- */
    // NFSv4.1, Linux only, multi-AZ, POSIX, pay per use
    // Performance: General Purpose (default) vs Max I/O; Throughput: bursting / provisioned / elastic
    public static final String EFS_DEFAULT_PERF_MODE = "generalPurpose";
    public static final int EFS_MAX_FILE_SIZE_TIB = 47;            // ~47.9 TiB
    public static final int EFS_IA_DEFAULT_TRANSITION_DAYS = 30;   // lifecycle policy default
    // EFS vs EBS: EFS shared by 1000s of instances across AZs; EBS one AZ, one instance (except multi-attach)
    // FSx for Windows = SMB + AD; FSx for Lustre = HPC, S3 integration

    /* ---------------- ELB ---------------- */
    public static final Duration DEREGISTRATION_DELAY_DEFAULT = Duration.ofSeconds(300); // connection draining
    public static final Duration DEREGISTRATION_DELAY_MAX = Duration.ofSeconds(3600);
    public static final Duration ALB_IDLE_TIMEOUT_DEFAULT = Duration.ofSeconds(60);
    public static final Duration NLB_TCP_IDLE_TIMEOUT = Duration.ofSeconds(350);
    public static final int HEALTH_CHECK_INTERVAL_DEFAULT_S = 30;
    public static final int HEALTHY_THRESHOLD_DEFAULT = 5;
    public static final int UNHEALTHY_THRESHOLD_DEFAULT = 2;
    public static final int ALB_TARGET_GROUPS_PER_LB = 100;
    public static final int ALB_RULES_PER_LISTENER = 100;
    // Sticky sessions: duration-based cookie AWSALB default 1 day
    public static final Duration STICKY_COOKIE_DEFAULT = Duration.ofDays(1);

    // ALB = layer 7 HTTP/HTTPS/gRPC, path/host/header routing, Lambda targets
    // NLB = layer 4 TCP/UDP/TLS, static IP per AZ, millions req/s, ~100 ms latency
    // GWLB = layer 3, GENEVE port 6081, 3rd-party appliances
    public static final int GWLB_GENEVE_PORT = 6081;

    enum AlbHttpCode {
        E502_BAD_GATEWAY,            // target closed connection / bad response
        E503_SERVICE_UNAVAILABLE,    // no registered healthy targets
        E504_GATEWAY_TIMEOUT,        // target did not answer within idle timeout
        E460_CLIENT_CLOSED,          // client closed before idle timeout
        E463_TOO_MANY_XFF_IPS        // X-Forwarded-For > 30 IPs
    }

    /* ---------------- ASG ---------------- */
    public static final Duration ASG_DEFAULT_COOLDOWN = Duration.ofSeconds(300);
    public static final Duration ASG_HEALTH_CHECK_GRACE_DEFAULT = Duration.ofSeconds(300);
    public static final Duration LIFECYCLE_HOOK_DEFAULT_TIMEOUT = Duration.ofHours(1);
    // default termination policy: AZ with most instances -> oldest launch config/template -> closest to billing hour
    // Instance refresh: min healthy percentage default 90%
    public static final int INSTANCE_REFRESH_MIN_HEALTHY_DEFAULT_PCT = 90;
    // Scaling: target tracking, step, simple, scheduled, predictive
}
