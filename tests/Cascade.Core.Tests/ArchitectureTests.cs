using NetArchTest.Rules;

namespace Cascade.Core.Tests;

/// <summary>The rules core depends on nothing: no database, no web, no files.</summary>
public sealed class ArchitectureTests
{
    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Cascade.Data")]
    [InlineData("Cascade.Web")]
    [InlineData("Cascade.Import")]
    [InlineData("System.Net")]
    [InlineData("System.IO")]
    public void TheCoreDoesNotDependOn(string dependency)
    {
        var result = Types.InAssembly(typeof(Cascade.Core.Documents.Plan).Assembly)
            .ShouldNot().HaveDependencyOn(dependency)
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void TheCoreDoesNotReadTheClock()
    {
        var result = Types.InAssembly(typeof(Cascade.Core.Documents.Plan).Assembly)
            .ShouldNot().HaveDependencyOn("System.DateTime")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
