namespace EcsGitOps.Delivery.LocalCloud.Seeding;

public enum SeedingOutcome
{
    Created,
    AlreadySeeded,
    NotSeeded,
}
