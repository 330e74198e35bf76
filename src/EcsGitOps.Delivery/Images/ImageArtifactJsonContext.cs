using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsGitOps.Delivery.Images;

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ImageArtifact))]
internal sealed partial class ImageArtifactJsonContext : JsonSerializerContext;
