"""S3 / EBS / EFS / Glacier / Storage Gateway.

block (EBS) vs file (EFS, FSx) vs object (S3).
EBS = one AZ, attach to one instance (except io1/io2 multi-attach up to 16 Nitro instances)
EFS = NFS, multi-AZ, Linux only, pay per GB used
FSx for Windows = SMB. FSx for Lustre = HPC, integrates with S3
"""
import pytest

# ---------- S3 ----------
S3_MAX_OBJECT_TB = 5
S3_SINGLE_PUT_MAX_GB = 5     # > 100 MB -> multipart recommended
S3_MULTIPART_MAX_PARTS = 10_000
S3_MULTIPART_MIN_PART_MB = 5  # except last part
S3_BUCKETS_PER_ACCOUNT = 100  # soft limit default
S3_DURABILITY = "99.999999999%"  # 11 nines, all classes
S3_STANDARD_AVAILABILITY = "99.99%"

# request rates per prefix
S3_PUT_PER_PREFIX_S = 3500   # PUT/COPY/POST/DELETE
S3_GET_PER_PREFIX_S = 5500   # GET/HEAD

# consistency: strong read-after-write since Dec 2020

# min storage duration (charged even if deleted early)
MIN_DAYS = {
    "STANDARD_IA": 30,
    "ONEZONE_IA": 30,
    "GLACIER_IR": 90,
    "GLACIER_FLEXIBLE": 90,
    "DEEP_ARCHIVE": 180,
}

# Glacier flexible retrieval: expedited 1-5 min, standard 3-5 hours, bulk 5-12 hours
# deep archive: standard within 12 hours, bulk within 48 hours

# presigned URL: max 7 days with SigV4 (IAM user creds). console = up to 12 hours
S3_PRESIGNED_MAX_DAYS = 7

# S3 errors
# 403 AccessDenied, 404 NoSuchKey, 503 SlowDown (too many requests on prefix)
# 412 Precondition Failed

# encryption: SSE-S3 (AES-256, default since Jan 2023), SSE-KMS, SSE-C (https only), client side
# Object Lock: governance mode (users with permission can override) vs compliance mode (nobody, not even root)
# versioning once enabled can only be suspended, never disabled

# ---------- EBS ----------
EBS_GP3_BASELINE_IOPS = 3000     # 125 MiB/s baseline, independent of size
EBS_GP3_MAX_IOPS = 16_000
EBS_GP2_IOPS_PER_GB = 3
EBS_IO2_BX_MAX_IOPS = 256_000
EBS_MAX_VOLUME_TIB = 16          # gp2/gp3/io1
# st1/sc1 HDD cannot be boot volumes
# snapshots are incremental, stored in S3. Fast Snapshot Restore = no latency on first read

# ---------- EFS ----------
# performance modes: General Purpose (default) vs Max I/O
# throughput modes: bursting, provisioned, elastic
# EFS-IA lifecycle - move files not accessed for 30 days (default policy)

# ---------- Storage Gateway ----------
# file gateway (NFS/SMB -> S3), volume gateway (iSCSI, cached vs stored), tape gateway (VTL -> Glacier)
# snowball edge storage optimized = 80 TB usable. snowmobile = 100 PB

def test_s3_object():
    assert S3_SINGLE_PUT_MAX_GB < S3_MAX_OBJECT_TB * 1024


@pytest.mark.parametrize("cls", ["DEEP_ARCHIVE", "GLACIER_FLEXIBLE"])
def test_min_duration(cls):
    assert MIN_DAYS[cls] > MIN_DAYS["STANDARD_IA"]
