using Cascade.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCascade();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseCascade();
app.PrintStartupBanner();
await app.RunAsync();

/// <summary>The entry point, visible to the web tests' host.</summary>
public partial class Program;
