# infra.tf -- SAA-C03 practice VPC. annotated so I can revise from it
// terraform apply -var env=dev

variable "vpc_cidr" {
  description = "VPC CIDR. allowed block size /16 (65,536 IPs) to /28 (16 IPs). can add up to 5 CIDRs per VPC (soft)"
  default     = "10.0.0.0/16"
}

variable "env" {
  description = "env name; 5 VPCs per region default quota so don't spam envs"
  default     = "dev"
}

provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc" "main" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true   # default true
  enable_dns_hostnames = true   # default FALSE for non-default VPCs -> need true for private hosted zones / interface endpoints
  tags = { Name = "main-${var.env}" }
}

# SUBNETS
# AWS reserves 5 IPs per subnet: .0 network, .1 router, .2 DNS, .3 future, .255 broadcast
#   -> /24 = 251 usable. /28 = 11 usable
# subnet = one AZ only. 200 subnets per VPC
resource "aws_subnet" "public_a" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  availability_zone       = "us-east-1a"
  map_public_ip_on_launch = true
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.11.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_internet_gateway" "igw" {
  vpc_id = aws_vpc.main.id   # 1 IGW per VPC, horizontally scaled, no bandwidth limit
}

// NAT GATEWAY
// managed, AZ-specific -> one per AZ for HA. 5 Gbps bursting to 45 Gbps
// needs EIP + lives in PUBLIC subnet. no security groups on NAT GW!
// ~$0.045/hr + $0.045/GB processed (us-east-1)
// NAT instance (old way): disable source/dest check, can use SG, can be bastion
resource "aws_eip" "nat" {
  domain = "vpc"
}
resource "aws_nat_gateway" "nat_a" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public_a.id
}

# SECURITY GROUPS vs NACLs
#   SG: instance/ENI level, STATEFUL, allow rules only, all rules evaluated
#   NACL: subnet level, STATELESS (need ephemeral ports 1024-65535 outbound), allow + deny, rules by number lowest first
#   default SG: all inbound from same SG, all outbound. new custom SG: no inbound, all outbound
#   default NACL allows everything; custom NACL denies everything until you add rules
# limits: 60 inbound + 60 outbound rules per SG, 5 SGs per ENI (max 16), 2500 SGs per region
# NACL: 20 rules per direction default (max 40)
resource "aws_security_group" "web" {
  name   = "web-sg"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# VPC endpoints: gateway = S3 + DynamoDB only, free, route table entry
#                interface = ENI w/ private IP, PrivateLink, $ per hr per AZ
# VPC peering: NOT transitive, no overlapping CIDRs, 125 active peerings per VPC (soft 50)
# flow logs -> CloudWatch Logs or S3 or Firehose, don't capture DNS to Route53 resolver / 169.254.169.254

# ---------------- RDS ----------------
variable "db_backup_retention" {
  description = "automated backups 0-35 days (0 disables). console default 7 days, API/CLI default 1 day"
  default     = 7
}

resource "aws_db_instance" "app" {
  identifier              = "app-db"
  engine                  = "mysql"
  instance_class          = "db.t3.medium"
  allocated_storage       = 100      // max 64 TiB for mysql/postgres/mariadb, SQL Server 16 TiB
  max_allocated_storage   = 500      // storage autoscaling kicks in when free < 10%, low for 5 min, 6 hrs since last change
  multi_az                = true     // SYNC replication to standby, failover 60-120 s, standby not readable
  backup_retention_period = var.db_backup_retention
  storage_encrypted       = true     // must choose at creation -> snapshot, copy encrypted, restore to encrypt later
  username                = "admin"
  password                = "change-me-please" # use Secrets Manager in real life
  skip_final_snapshot     = true
}

// read replicas: ASYNC replication -> eventually consistent reads. up to 5 per source (mysql/maria/postgres now 15)
// cross-region RR = $ data transfer, same region RR free transfer
// Aurora: 15 replicas, 6 copies across 3 AZs, storage auto grows 10 GB -> 128 TiB, failover < 30 s
// Aurora backtrack up to 72 hrs (mysql only)
// RDS Proxy: pools connections, reduces failover time by up to 66%, IAM auth, only reachable from inside VPC
resource "aws_db_instance" "replica" {
  identifier          = "app-db-rr1"
  replicate_source_db = aws_db_instance.app.identifier
  instance_class      = "db.t3.medium"
}

# -------------- ElastiCache --------------
# Redis: multi-AZ w/ auto failover, persistence (AOF/RDB), backups, replication up to 5 replicas per shard, sorted sets
# Memcached: multi-threaded, no replication, no persistence, no backups, sharding across nodes (max 40 nodes per cluster... old limit 20)
# Redis cluster mode enabled: up to 500 shards
# lazy loading vs write-through: lazy = cache miss penalty + stale data possible; write-through = never stale but cache churn
# Redis AUTH token -> need in-transit encryption enabled. port 6379 redis / 11211 memcached
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session store"
  engine                     = "redis"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 2
  automatic_failover_enabled = true   # requires >= 2 nodes
  port                       = 6379
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
