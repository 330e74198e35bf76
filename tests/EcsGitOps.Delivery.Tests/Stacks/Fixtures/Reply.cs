namespace EcsGitOps.Delivery.Tests.Stacks.Fixtures;

public sealed record Reply(int Status, string Body);
