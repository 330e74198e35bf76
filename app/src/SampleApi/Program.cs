using SampleApi;

await SampleApp.Create(args).RunAsync();
