namespace Cascade.Web.Infrastructure;

/// <summary>A page of a long list; the page number travels as the query parameter "p".</summary>
public sealed record PagerModel(int Page, int PageCount);
