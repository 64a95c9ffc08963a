using System.Resources;

[assembly: NeutralResourcesLanguage("vi")]

namespace Cascade.Web;

/// <summary>The UI texts: Resources/SharedResource.resx is Vietnamese, SharedResource.en.resx English.</summary>
public sealed class SharedResource;
