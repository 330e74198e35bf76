using SampleApi;

if (args is ["--health-check", var url])
    return await HealthProbe.RunAsync(url);

WebApplication app;
try
{
    app = SampleApp.Create(args);
}
catch (InvalidSettingException error)
{
    // One line an operator can act on, not a stack trace.
    await Console.Error.WriteLineAsync(error.Message);
    return 1;
}
await app.RunAsync();
return 0;
