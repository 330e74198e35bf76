using EcsGitOps.Build.Caching;

namespace EcsGitOps.Build.Parameters;

internal static class ParameterFingerprint
{
    /// <summary>One hash of every parameter's bound value; secret values are hashed before they are combined.</summary>
    public static string Of(object build, IReadOnlyList<ParameterMember> parameters) =>
        ContentHash.Of(string.Join("\n", parameters.Select(p =>
        {
            var value = ParameterMember.Format(p.Get(build)) ?? "(null)";
            return $"{p.Name}={(p.IsSecret ? ContentHash.Of(value) : value)}";
        })));
}
