using EcsGitOps.Delivery.Analysis;

namespace EcsGitOps.Delivery.Tests.Analysis;

public sealed class CheckResultTests
{
    [Fact]
    public void A_detail_spanning_several_lines_is_kept_to_its_first_line() =>
        Assert.Equal("exit 1 (+2 more lines)", CheckResult.Fail("smoke", "exit 1\nat a\r\nat b\n").Detail);

    [Fact]
    public void A_result_reads_as_a_sentence() =>
        Assert.Equal("alarms: FAILED (web-5xx is ALARM)", CheckResult.Fail("alarms", "web-5xx is ALARM").ToString());
}
