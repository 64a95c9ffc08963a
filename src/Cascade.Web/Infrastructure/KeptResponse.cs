using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace Cascade.Web.Infrastructure;

/// <summary>
/// An answer written once and sent many times (a dashboard's JSON, a kept page), already compressed
/// with Brotli and gzip: the country's dashboard is 145 KB of JSON, which a provincial line should
/// not carry whole, and compressing it again for every reader would cost more than building it.
/// The encoding is chosen from the reader's Accept-Encoding, as the response compression would.
/// </summary>
public sealed class KeptResponse : IResult
{
    private readonly byte[] _identity;
    private readonly byte[] _brotli;
    private readonly byte[] _gzip;

    public KeptResponse(byte[] body, string contentType)
    {
        _identity = body;
        ContentType = contentType;
        _brotli = Compress(body, stream => new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true));
        _gzip = Compress(body, stream => new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true));
    }

    public string ContentType { get; }

    /// <summary>The body as written, uncompressed.</summary>
    public ReadOnlyMemory<byte> Body => _identity;

    /// <summary>What the response holds in memory, all encodings together.</summary>
    public long Size => _identity.Length + _brotli.Length + _gzip.Length;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var (encoding, bytes) = Chosen(httpContext.Request.Headers.AcceptEncoding);
        response.ContentType = ContentType;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (encoding is not null)
        {
            // The response compression leaves a body that already says its encoding alone.
            response.Headers.ContentEncoding = encoding;
        }

        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }

    private (string? Encoding, byte[] Bytes) Chosen(Microsoft.Extensions.Primitives.StringValues acceptEncoding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted) || accepted.Count == 0)
        {
            return (null, _identity);
        }

        var brotli = QualityOf(accepted, "br");
        var gzip = QualityOf(accepted, "gzip");
        if (brotli > 0 && brotli >= gzip)
        {
            return ("br", _brotli);
        }

        return gzip > 0 ? ("gzip", _gzip) : (null, _identity);
    }

    /// <summary>The weight a reader gives an encoding: named, or through "*"; 0 when refused or not named.</summary>
    private static double QualityOf(IList<StringWithQualityHeaderValue> accepted, string encoding)
    {
        var named = accepted.FirstOrDefault(a => string.Equals(a.Value.Value, encoding, StringComparison.OrdinalIgnoreCase))
            ?? accepted.FirstOrDefault(a => a.Value.Value == "*");
        return named is null ? 0 : named.Quality ?? 1;
    }

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream(body.Length / 4 + 64);
        using (var compressing = compressor(output))
        {
            compressing.Write(body);
        }

        return output.ToArray();
    }
}
