using System.Text;
using Cascade.Export.Csv;

namespace Cascade.Export.Tests.Csv;

public sealed class CsvTableTests
{
    [Fact]
    public void FieldsWithCommasQuotesOrLineBreaksAreQuotedAndTheFileStartsWithAByteOrderMark()
    {
        var bytes = CsvTable.Write(["TT", "Nội dung"], [["1", "Sở Y tế, Sở Tài chính"], ["2", "Đề án \"Phát triển\"\ngiai đoạn 2"], ["3", null]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "TT,Nội dung\r\n1,\"Sở Y tế, Sở Tài chính\"\r\n2,\"Đề án \"\"Phát triển\"\"\ngiai đoạn 2\"\r\n3,\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }
}
