using System.Security.Cryptography;
using System.Text;
using EcsGitOps.Aws.CodeDeploy;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>The rendered AppSpec as a CodeDeploy revision, pointing at the task definition that was just registered.</summary>
internal static class AppSpecRevision
{
    /// <summary>What CodePipeline replaces in an AppSpec; RenderTaskDef leaves it when the ARN is not known yet.</summary>
    public const string Placeholder = "<TASK_DEFINITION>";

    /// <exception cref="InvalidDataException">The AppSpec is empty or names another task definition.</exception>
    public static RevisionLocation For(string appSpec, string taskDefinitionArn)
    {
        if (string.IsNullOrWhiteSpace(appSpec))
            throw new InvalidDataException("The AppSpec (artifacts/appspec.yaml) is empty: run RenderTaskDef to render it.");
        var content = appSpec.Replace(Placeholder, taskDefinitionArn, StringComparison.Ordinal);
        var familyAndRevision = taskDefinitionArn[(taskDefinitionArn.LastIndexOf('/') + 1)..];
        if (!content.Contains(familyAndRevision, StringComparison.Ordinal))
            throw new InvalidDataException(
                $"The AppSpec (artifacts/appspec.yaml) names neither {Placeholder} nor the registered task definition {taskDefinitionArn}: run RenderTaskDef again.");
        return new RevisionLocation
        {
            RevisionType = "AppSpecContent",
            AppSpecContent = new AppSpecContent
            {
                Content = content,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))),
            },
        };
    }
}
