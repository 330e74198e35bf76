namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>A local registry that requires user <see cref="User"/> with password <see cref="Password"/>.</summary>
public sealed class AuthenticatingRegistry : LocalRegistry
{
    public const string User = "ci";
    public const string Password = "right-password";

    // bcrypt of Password at the lowest cost, so each request checks it quickly; fixed so the tests need no hashing tool.
    protected override string Htpasswd => $"{User}:$2b$04$abcdefghijklmnopqrstuuS80hwFD6gSIL20SCUGvmL7S939BjOHW";
}
