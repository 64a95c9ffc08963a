using System.Runtime.CompilerServices;

namespace Cascade.Web.Infrastructure;

/// <summary>
/// Whether a request was served a result kept from before another program's save, while the new one
/// was being built (<see cref="SavedDataCache{TResult}"/>): what it rendered from it must not be kept
/// as the page of the data as it now stands.
/// </summary>
public static class StaleResults
{
    private static readonly AsyncLocal<StrongBox<bool>?> Served = new();

    /// <summary>Watches the work that follows in this flow; the box says afterwards whether it was served a stale result.</summary>
    public static StrongBox<bool> Watch()
    {
        var box = new StrongBox<bool>();
        Served.Value = box;
        return box;
    }

    internal static void MarkServed()
    {
        if (Served.Value is { } box)
        {
            box.Value = true;
        }
    }
}
