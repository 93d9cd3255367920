using Verbind.Web;

var app = VerbindApp.Build(args);
VerbindApp.PrintBannerOnStart(app);
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
