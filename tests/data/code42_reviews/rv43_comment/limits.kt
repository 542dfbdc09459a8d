// my DVA numbers
object Limits {
    const val SQS_MAX_KB = 256
    const val SNS_MAX_KB = 256
    const val RETRIES = 2 // Lambda async invocations retry 2 times on error
    const val DLQ_RECEIVE = 5 // typical maxReceiveCount before SQS moves a message to the DLQ
}
