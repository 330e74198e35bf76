using EcsGitOps.Delivery.LocalCloud.Seeding;
using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.LocalCloud.Templates;

/// <summary>
/// The template body the local profile deploys a stack with: the template as JSON, without the resources moto's
/// CloudFormation cannot create and <see cref="LocalCloudSeeder"/> creates after DeployInfra (ECS services with the
/// EXTERNAL deployment controller). The same template and parameters give the same bytes, so an unchanged stack
/// reads as up to date.
/// </summary>
public static class LocalCloudTemplate
{
    static readonly IReadOnlyDictionary<string, string> NoExports = new Dictionary<string, string>();

    public static async Task<string> BodyAsync(StackGraphBinding stack, CancellationToken ct) => File.Exists(stack.TemplatePath)
        ? Body(stack, await File.ReadAllTextAsync(stack.TemplatePath, ct))
        : throw new StackGraphException($"template {stack.TemplatePath} not found: fix the template path in the stack manifest");

    /// <param name="templateText">The text of the template at <see cref="StackGraphBinding.TemplatePath"/>.</param>
    public static string Body(StackGraphBinding stack, string templateText)
    {
        var template = StackGraphTemplate.Parse(templateText, stack.TemplatePath);
        var resolver = new IntrinsicResolver(new(template, SeedingStack.From(stack), null, NoExports));
        var leftOut = ExternalServices.In(template, resolver);
        LeftOutResources.EnsureUnreferenced(template, leftOut, resolver);
        return TemplateJson.Write(templateText, leftOut);
    }
}
