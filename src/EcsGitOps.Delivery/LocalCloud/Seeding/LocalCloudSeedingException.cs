namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>A template declares something seeding cannot create; the message names the template, resource and expression.</summary>
public sealed class LocalCloudSeedingException(string message, Exception? innerException = null) : Exception(message, innerException);
