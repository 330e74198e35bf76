using SampleApi;

if (args is ["--health-check", var url])
    return await HealthProbe.RunAsync(url);

await SampleApp.Create(args).RunAsync();
return 0;
