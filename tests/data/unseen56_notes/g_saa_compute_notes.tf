# =====================================================================
# SAA-C03 compute notes -- written as terraform so I learn the syntax too
# NOT meant to be applied!!  (validate mostly passes lol)
# =====================================================================

provider "aws" { region = "us-east-1" }

// ------------------------------ EC2 ------------------------------
resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro" # burstable, CPU credits. t3 launches in "unlimited" mode by default, t2 in "standard"
  monitoring    = true # detailed monitoring = 1 min metrics ($), basic (default) = 5 min

  user_data = file("bootstrap.sh") # user data max 16 KB (raw, before base64). runs ONCE as root on first boot

  metadata_options {
    http_tokens                 = "required" # IMDSv2 only. IMDS lives at 169.254.169.254
    http_put_response_hop_limit = 1          # default hop limit 1 -> bump to 2 for containers
  }

  hibernation = true # RAM must be < 150 GB, root EBS must be encrypted + big enough for RAM, max 60 days hibernated
  # stop vs terminate: EBS root survives stop; instance store data is LOST on stop

  root_block_device {
    volume_type           = "gp3"
    volume_size           = 30
    delete_on_termination = true # default true for root vol
  }
}

// placement groups
resource "aws_placement_group" "hpc" {
  name     = "hpc-pg"
  strategy = "cluster" # same rack, same AZ -> lowest latency, 10 Gbps between instances. rack dies = all die
}

resource "aws_placement_group" "critical" {
  name     = "crit-pg"
  strategy = "spread" # each instance on distinct hardware, max 7 instances per AZ per group
}

resource "aws_placement_group" "bigdata" {
  name            = "kafka-pg"
  strategy        = "partition"
  partition_count = 7 # up to 7 partitions per AZ, 100s of instances total. HDFS / HBase / Cassandra / Kafka
}

// Spot
resource "aws_spot_instance_request" "batch" {
  ami                            = "ami-0c55b159cbfafe1f0"
  instance_type                  = "c5.large"
  spot_price                     = "0.03"       # your max price; spot price goes above it -> interrupted
  spot_type                      = "persistent" # one-time | persistent
  instance_interruption_behavior = "stop"       # terminate (default) | stop | hibernate
  # 2 minute warning before interruption (instance metadata + EventBridge)
  # cancel the spot REQUEST first, then terminate instances, else persistent request relaunches them
  # Spot Fleet allocation: lowestPrice / diversified / capacityOptimized / priceCapacityOptimized
}

// --------------------------- Auto Scaling ---------------------------
resource "aws_launch_template" "lt" {
  name_prefix   = "web-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  # launch configurations = legacy, immutable. launch templates have versions + mixed instances/spot
}

resource "aws_autoscaling_group" "asg" {
  min_size                  = 2
  max_size                  = 6
  desired_capacity          = 2
  vpc_zone_identifier       = ["subnet-aaa", "subnet-bbb"]
  health_check_type         = "ELB"       # default is "EC2" -> use ELB so failed ALB health checks replace instances
  health_check_grace_period = 300         # default 300 sec
  default_cooldown          = 300         # 300 sec cooldown after a scaling activity (simple scaling)
  termination_policies      = ["Default"] # AZ w/ most instances -> oldest launch template/config -> closest to next billing hour
  target_group_arns         = [aws_lb_target_group.tg.arn]

  launch_template { id = aws_launch_template.lt.id, version = "$Latest" }
  # instance refresh: MinHealthyPercentage default 90%
}

resource "aws_autoscaling_policy" "cpu" {
  name                   = "cpu-tt"
  autoscaling_group_name = aws_autoscaling_group.asg.name
  policy_type            = "TargetTrackingScaling" # also SimpleScaling, StepScaling, PredictiveScaling (+ scheduled actions)
  # target_tracking_configuration -> ASGAverageCPUUtilization / ASGAverageNetworkIn/Out / ALBRequestCountPerTarget, e.g. target 40
}

// ------------------------------ ELB ------------------------------
resource "aws_lb" "alb" {
  name                             = "web-alb"
  load_balancer_type               = "application"                # L7 HTTP/HTTPS/gRPC/WebSocket; routes on path, host, headers, query string, source IP
  subnets                          = ["subnet-aaa", "subnet-bbb"] # ALB needs >= 2 AZs
  idle_timeout                     = 60                           # default 60 sec, range 1-4000
  enable_cross_zone_load_balancing = true                         # ALB: always on, free. NLB + GWLB: off by default, inter-AZ $$ if on
  # ALB = fixed DNS name, NO static IP -> put NLB or Global Accelerator in front if you need static IPs
  # client IP in X-Forwarded-For, port X-Forwarded-Port, protocol X-Forwarded-Proto
}

resource "aws_lb" "nlb" {
  name               = "tcp-nlb"
  load_balancer_type = "network" # L4 TCP/UDP/TLS, millions req/s, ~100 ms latency vs ~400 ms ALB, one static IP per AZ (EIP ok)
  subnets            = ["subnet-aaa", "subnet-bbb"]
}

resource "aws_lb" "gwlb" {
  name               = "fw-gwlb"
  load_balancer_type = "gateway" # L3, fleets of 3rd-party appliances (firewall, IDS/IPS), GENEVE protocol on port 6081
}

resource "aws_lb_target_group" "tg" {
  name                 = "web-tg"
  port                 = 80
  protocol             = "HTTP"
  vpc_id               = "vpc-123"
  target_type          = "instance" # instance | ip (private IPs only) | lambda | alb (only behind NLB)
  deregistration_delay = 300        # connection draining, default 300 sec, 0-3600
  slow_start           = 0          # 30-900 sec, disabled by default

  health_check {
    path                = "/health"
    interval            = 30 # default 30 sec
    timeout             = 5  # default 5 sec
    healthy_threshold   = 5  # default 5
    unhealthy_threshold = 2  # default 2
    matcher             = "200"
  }

  stickiness {
    type            = "lb_cookie" # AWSALB cookie. app_cookie = your own name (AWSALB, AWSALBAPP, AWSALBTG reserved)
    cookie_duration = 86400       # 1 sec - 7 days, default 1 day
  }
}
// ALB errors: 502 = target sent bad response / closed conn, 503 = no registered/healthy targets, 504 = target didn't answer within idle timeout
// 460 = client closed conn before LB responded, 463 = X-Forwarded-For has > 30 IPs
// SNI = many TLS certs on one listener -> ALB + NLB only (not CLB)

// ------------------------------ RDS ------------------------------
resource "aws_db_instance" "main" {
  identifier                          = "app-db"
  engine                              = "mysql"
  instance_class                      = "db.m5.large"
  allocated_storage                   = 100
  max_allocated_storage               = 1000 # storage autoscaling: free < 10%, for 5+ min, 6 hrs since last change
  multi_az                            = true # SYNC replication to standby in other AZ, standby NOT readable, DNS failover ~60-120 sec
  backup_retention_period             = 7    # default 7 days (console), 0 disables, max 35 days
  deletion_protection                 = true
  iam_database_authentication_enabled = true # auth token valid 15 min, MySQL + Postgres only
  # max storage 64 TiB (SQL Server 16 TiB). manual snapshots kept until you delete them
}

resource "aws_db_instance" "replica" {
  identifier          = "app-db-rr1"
  replicate_source_db = aws_db_instance.main.identifier
  instance_class      = "db.m5.large"
  # read replicas: up to 5 per source (MySQL/MariaDB/Postgres), ASYNC -> eventually consistent
  # same-region replica = no transfer cost, cross-region = $$. replica can be promoted to standalone
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier      = "aurora-pg"
  engine                  = "aurora-postgresql"
  master_username         = "admin"
  master_password         = "changeme123" # lol use secrets manager
  backup_retention_period = 1             # aurora default 1 day
  # 6 copies across 3 AZs: 4 of 6 needed for writes, 3 of 6 for reads
  # storage auto-grows in 10 GB steps up to 64 TB
  # up to 15 Aurora replicas, failover < 30 sec, reader endpoint load-balances connections
  # Backtrack (Aurora MySQL only): rewind up to 72 hrs without restoring
}

resource "aws_db_proxy" "proxy" {
  name                = "app-proxy"
  engine_family       = "MYSQL"
  idle_client_timeout = 1800 # default 1800 sec (30 min)
  require_tls         = true
  # pools connections, cuts failover time by up to 66%, only reachable from inside the VPC
}
