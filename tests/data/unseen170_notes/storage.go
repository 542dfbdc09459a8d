// Package awsstorage - SAA-C03 study consts for S3 / EBS / EFS / FSx / Glacier
// i write these as Go consts bc it makes me look up the exact number
package awsstorage

const (
	KB = 1024
	MB = 1024 * KB
	GB = 1024 * MB
	TB = 1024 * GB
)

// ---------- S3 ----------
const (
	S3MaxObjectSize       = 5 * TB   // single object
	S3MaxSinglePut        = 5 * GB   // above that MUST use multipart
	S3MultipartRecommend  = 100 * MB // recommended to use multipart over 100MB
	S3MultipartMinPart    = 5 * MB   // except last part
	S3MultipartMaxParts   = 10000
	S3BucketsPerAcct      = 100      // soft limit, can raise to 1000
	S3BucketNameMinLen    = 3
	S3BucketNameMaxLen    = 63
	S3PutRPSPerPrefix     = 3500     // PUT/COPY/POST/DELETE per prefix per sec
	S3GetRPSPerPrefix     = 5500     // GET/HEAD
	S3MetadataMaxKB       = 2        // user-defined metadata 2 KB
	S3TagsPerObject       = 10
	S3PresignedMaxDays    = 7        // sigv4, from IAM user creds
	S3LifecycleRulesMax   = 1000
)

// ConsistencyModel - s3 consistency
// new object PUT = read-after-write consistent
// overwrite PUT / DELETE = eventually consistent (may return old data for a bit)
type ConsistencyModel string

const (
	S3NewObjects  ConsistencyModel = "read-after-write"
	S3Overwrites  ConsistencyModel = "eventual"
	S3ListAfterPut ConsistencyModel = "eventual"
)

// storage class minimum storage duration (days) - charged even if deleted early
var S3MinDurationDays = map[string]int{
	"STANDARD":             0,
	"STANDARD_IA":          30,
	"ONEZONE_IA":           30,
	"INTELLIGENT_TIERING":  0,
	"GLACIER_IR":           90,
	"GLACIER_FLEXIBLE":     90,
	"DEEP_ARCHIVE":         180,
}

// min billable object size for IA classes = 128 KB
const S3IAMinBillableKB = 128

// Glacier retrieval times (flexible retrieval)
var GlacierRetrieval = map[string]string{
	"expedited": "1-5 min",
	"standard":  "3-5 hrs",
	"bulk":      "5-12 hrs",
	"deep_archive_standard": "12 hrs",   // bulk = 48 hrs
}

// S3 error codes I kept seeing in labs
var S3Errors = map[string]string{
	"AccessDenied":          "403 - bucket policy/IAM/SCP/Block Public Access/KMS key policy",
	"NoSuchBucket":          "404 - bucket does not exist",
	"NoSuchKey":             "404 - key not found (or 403 if no s3:ListBucket perm!)",
	"SlowDown":              "503 - exceeding request rate on prefix, back off",
	"EntityTooLarge":        "400 - single PUT > 5GB",
	"BucketAlreadyExists":   "409 - name taken globally by someone else",
	"PreconditionFailed":    "412 - If-Match etc failed",
}

// ---------- EBS ----------
const (
	EBSgp2BaselineIOPSPerGB = 3       // min 100 IOPS, burst to 3000
	EBSgp2MaxIOPS           = 16000
	EBSgp3BaselineIOPS      = 3000    // independent of size
	EBSgp3MaxIOPS           = 16000
	EBSgp3BaselineMBs       = 125     // MiB/s, up to 1000
	EBSio2MaxIOPS           = 64000   // io1 too; nitro only
	EBSMaxVolumeSizeTB      = 16      // gp2/gp3/io1
	EBSMultiAttachMax       = 16      // io1/io2 only, same AZ
	EBSst1MaxMBs            = 500
)
// EBS is AZ-locked -> snapshot + copy to move. snapshots stored in S3, incremental
// EBS vs EFS vs instance store:
//   EBS = block, 1 AZ, 1 instance (mostly)
//   EFS = NFS, multi-AZ, thousands of Linux instances, pay per GB used, ~3x gp2 price
//   instance store = ephemeral, lost on stop/terminate, very high IOPS

// ---------- EFS ----------
const (
	EFSMaxFileSizeTB     = 47    // ~47.9 TiB
	EFSDefaultPerfMode   = "generalPurpose" // vs maxIO (higher latency)
	EFSDefaultThroughput = "bursting"       // vs provisioned / elastic
	EFSIALifecycleDefaultDays = 30
)

// FSx: Windows File Server = SMB + AD; Lustre = HPC, S3 linked; NetApp ONTAP; OpenZFS
// Storage Gateway types: S3 File GW (NFS/SMB), FSx File GW, Volume GW (cached/stored, iSCSI), Tape GW (VTL)
