# S3 + EBS + EFS notes (SAA-C03) -- gherkin style, dont judge
Feature: S3 object limits

  Scenario: single PUT too big
    Given a bucket "my-notes-bkt"
    When I PUT a 6 GB object in a single operation
    Then it fails with EntityTooLarge
    # single PUT max = 5 GB, multipart recommended above 100 MB
    # max object size 5 TB

  Scenario Outline: multipart
    When I upload with multipart
    Then <thing> is <value>
    Examples:
      | thing          | value         |
      | max parts      | 10,000        |
      | min part size  | 5 MB (except last) |
      | max part size  | 5 GB          |

  Scenario: bucket count
    Then an account can have 100 buckets by default (soft limit, raise to 1000)

  Scenario: consistency
    When I overwrite an existing key and GET it right away
    Then I might get the old version (eventual consistency for overwrites)
    # new object PUTs = read-after-write consistent

  Scenario: request rate
    Then per prefix I get 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD per sec

  Scenario: wrong region / no bucket
    When I GET from a bucket that doesnt exist
    Then I get 404 NoSuchBucket
    # 403 AccessDenied if no perms, 301 PermanentRedirect if wrong region endpoint

Feature: S3 storage classes

  Scenario Outline: min storage duration
    Given an object in <class>
    When I delete it early
    Then I am charged for min <days>
    Examples:
      | class              | days |
      | Standard-IA        | 30   |
      | One Zone-IA        | 30   |
      | Glacier Instant    | 90   |
      | Glacier Flexible   | 90   |
      | Glacier Deep Archive | 180 |

  Scenario Outline: glacier retrieval
    When I restore with <tier>
    Then it takes <time>
    Examples:
      | tier        | time        |
      | Expedited   | 1-5 min     |
      | Standard    | 3-5 hrs     |
      | Bulk        | 5-12 hrs    |
    # deep archive: standard 12 hrs, bulk 48 hrs

  # Standard-IA vs One Zone-IA: both 128KB min billable size, One Zone = 1 AZ only, 20% cheaper, 99.5% availability vs 99.9%
  # durability 11 9s for all classes

Feature: S3 encryption
  Scenario: default enc
    When I upload with no encryption header
    Then object is encrypted with SSE-S3 (AES-256) by default
    # SSE-KMS header: x-amz-server-side-encryption: aws:kms
    # SSE-C = must use HTTPS

Feature: EBS volumes
  Scenario Outline: volume types
    Given a <type> volume
    Then max IOPS is <iops>
    Examples:
      | type | iops    |
      | gp2  | 16,000  |
      | gp3  | 16,000  |
      | io1  | 64,000  |
      | io2 Block Express | 256,000 |
      | st1  | 500     |
      | sc1  | 250     |
    # gp3 baseline 3000 IOPS + 125 MiB/s regardless of size
    # gp2 = 3 IOPS per GB, min 100
    # st1/sc1 cant be boot volumes!!

  Scenario: multi attach
    When I attach an io2 volume to 2 instances in the same AZ
    Then it works (Multi-Attach, up to 16 nitro instances)
    # gp2/gp3 no multi-attach

Feature: EFS
  Scenario: mount
    Then EFS is NFSv4.1, linux only, multi-AZ
    # EFS vs EBS: EFS shared across AZs + many instances, EBS locked to 1 AZ
    # EFS-IA lifecycle default transition 30 days
