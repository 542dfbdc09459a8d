namespace Lab {
  // settings for my .NET SQS consumer
  public static class Settings {
    public const int SqsMaxMessages = 10;
    public const int SqsWaitTimeSeconds = 5;
    public const int DynamoDbRcu = 5;
  }
}
