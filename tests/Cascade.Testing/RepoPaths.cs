namespace Cascade.Testing;

/// <summary>
/// Where the repository and the shared folder beside it are, found from the test binaries
/// upwards, so tests run the same from an IDE, `dotnet test` and a fresh CI clone.
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared: the seed plans, their gold registers and the spec.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Gold => Path.Combine(Shared, "gold");

    /// <summary>The five seed names without extension, e.g. "000_a067e6b2a3273be3".</summary>
    public static IReadOnlyList<string> SeedNames =>
        Directory.GetFiles(Gold, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static string SeedText(string name) => Path.Combine(Seeds, name + ".txt");

    public static string GoldRegister(string name) => Path.Combine(Gold, name + ".json");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cascade.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cascade.slnx not found above " + AppContext.BaseDirectory);
    }
}
