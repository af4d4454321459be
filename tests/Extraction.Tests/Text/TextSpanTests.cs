using Extraction.Text;

namespace Extraction.Tests.Text;

public class TextSpanTests
{
    [Fact]
    public void Length_and_slice_follow_half_open_convention()
    {
        var span = new TextSpan(2, 5);
        span.Length.Should().Be(3);
        span.Substring("абвгдеж").Should().Be("вгд");
        span.Slice("абвгдеж").ToString().Should().Be("вгд");
    }

    [Fact]
    public void Overlap_and_containment()
    {
        new TextSpan(0, 4).Overlaps(new TextSpan(4, 6)).Should().BeFalse();
        new TextSpan(0, 5).Overlaps(new TextSpan(4, 6)).Should().BeTrue();
        new TextSpan(0, 10).Contains(new TextSpan(3, 10)).Should().BeTrue();
        new TextSpan(0, 10).Contains(new TextSpan(3, 11)).Should().BeFalse();
    }
}
