namespace SampleApi;

/// <summary>A setting the service cannot start with; Program prints the message as one line and exits 1.</summary>
public sealed class InvalidSettingException(string message) : InvalidOperationException(message);
