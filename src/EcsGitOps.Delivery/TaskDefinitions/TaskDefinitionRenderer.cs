using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Inputs;

namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>
/// RenderTaskDef: fills templates/taskdef.json and templates/appspec.yaml and writes them to the artifacts
/// directory. The task definition is re-indented so the same inputs always give the same bytes.
/// </summary>
public sealed class TaskDefinitionRenderer
{
    /// <summary>The placeholder that must hold an image pinned by digest.</summary>
    public const string ImagePlaceholder = "image";

    static readonly JsonWriterOptions Canonical = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<RenderedTaskDefinition> RenderAsync(
        RenderTaskDefOptions options, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var taskDefinition = RenderTaskDefinition(
            await ReadTemplateAsync(options.TaskDefinitionTemplate, cancellationToken), options.TaskDefinitionTemplate, values);
        if (options.AppEnvironment.Count > 0)
        {
            var withEnvironment = AppEnvironment.Apply(JsonNode.Parse(taskDefinition)!.AsObject(), options.AppContainer, options.AppEnvironment);
            using var document = JsonDocument.Parse(withEnvironment.ToJsonString());
            taskDefinition = Format(document.RootElement);
        }
        var appSpec = RenderAppSpec(
            await ReadTemplateAsync(options.AppSpecTemplate, cancellationToken), options.AppSpecTemplate, values);

        Directory.CreateDirectory(options.ArtifactsDirectory);
        var taskDefinitionPath = Path.Combine(options.ArtifactsDirectory, "taskdef.json");
        var appSpecPath = Path.Combine(options.ArtifactsDirectory, "appspec.yaml");
        await File.WriteAllTextAsync(taskDefinitionPath, taskDefinition, cancellationToken);
        await File.WriteAllTextAsync(appSpecPath, appSpec, cancellationToken);
        return new(taskDefinition, appSpec, taskDefinitionPath, appSpecPath);
    }

    public string RenderTaskDefinition(string templateText, string source, IReadOnlyDictionary<string, string?> values)
    {
        var template = PlaceholderTemplate.Parse(templateText, source);
        RefuseImagesPinnedByTag(template, values);
        var rendered = template.Render(values);
        try
        {
            using var document = JsonDocument.Parse(rendered);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new TemplateRenderException(source, 1, null, "a task definition is a JSON object: check the template");
            return Format(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new TemplateRenderException(source, (int)(e.LineNumber ?? 0) + 1, null,
                $"renders to invalid JSON ({ArtifactFile.Problem(e)}): check the template around this line");
        }
    }

    public string RenderAppSpec(string templateText, string source, IReadOnlyDictionary<string, string?> values)
    {
        var rendered = PlaceholderTemplate.Parse(templateText, source).Render(values);
        // A placeholder renders on the line it stands on, so an error's line in the rendered text is the template's line
        // (not its column: the values before it on the line shift it).
        if (!YamlSyntax.TryLoad(rendered, source, out _, out var error))
            throw new TemplateRenderException(source, error.Line, null, $"renders to invalid YAML ({error.Problem}): check the template around this line");
        return rendered.EndsWith('\n') ? rendered : rendered + "\n";
    }

    static void RefuseImagesPinnedByTag(PlaceholderTemplate template, IReadOnlyDictionary<string, string?> values)
    {
        if (!values.TryGetValue(ImagePlaceholder, out var image) || string.IsNullOrWhiteSpace(image) || ImageArtifact.IsDigestPinned(image))
            return;
        var placeholder = template.Placeholders.FirstOrDefault(p => p.Name == ImagePlaceholder);
        if (placeholder is not null)
            throw template.Problem(placeholder,
                $"{{{{ {ImagePlaceholder} }}}} is '{image}', not pinned by digest; a task definition takes repository@sha256:...: "
                + "run PushEcr so artifacts/image.json records the pushed digest");
    }

    static string Format(JsonElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Canonical))
            root.WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    static async Task<string> ReadTemplateAsync(string path, CancellationToken cancellationToken) =>
        File.Exists(path)
            ? await File.ReadAllTextAsync(path, cancellationToken)
            : throw new FileNotFoundException($"template {ShownPath.Of(path)} not found: run from the repository root or set its path", path);
}
