using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Cascade.Core.Documents;

namespace Cascade.Web.Infrastructure;

/// <summary>The API's JSON: enums by name, document numbers as printed, Vietnamese unescaped.</summary>
public static class JsonSetup
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new DocumentNumberConverter());
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    }

    private sealed class DocumentNumberConverter : JsonConverter<DocumentNumber>
    {
        public override DocumentNumber? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DocumentNumber.TryParse(reader.GetString(), out var number) ? number : throw new JsonException("Not a document number and symbol.");

        public override void Write(Utf8JsonWriter writer, DocumentNumber value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
    }
}
