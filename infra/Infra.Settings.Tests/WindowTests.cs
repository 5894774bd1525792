using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class WindowTests
{
    [Theory]
    [InlineData("00:00-01:00")]
    [InlineData("23:30-00:30")]
    [InlineData("10:00-14:00")]
    public void A_daily_window_of_at_least_an_hour_is_accepted(string window) =>
        Assert.Equal(window, ParseWith(SettingKeys.SnapshotWindow, window).Cache.SnapshotWindow);

    [Theory]
    [InlineData("03:00-03:59")]
    [InlineData("3:00-4:00")]
    [InlineData("24:00-01:00")]
    [InlineData("03:60-05:00")]
    [InlineData("03:00-03:00")]
    [InlineData("mon:03:00-mon:04:00")]
    public void A_bad_daily_window_is_rejected(string window) =>
        Assert.Equal(SettingKeys.SnapshotWindow, SingleProblem(SettingKeys.SnapshotWindow, window).Key);

    [Theory]
    [InlineData("mon:05:00-mon:06:00")]
    [InlineData("sat:23:30-sun:00:30")]
    [InlineData("Tue:05:00-Tue:08:00")]
    public void A_weekly_window_of_at_least_an_hour_is_accepted(string window) =>
        Assert.Equal(window.ToLowerInvariant(), ParseWith(SettingKeys.MaintenanceWindow, window).Cache.MaintenanceWindow);

    [Fact]
    public void A_weekly_window_may_wrap_the_week() =>
        Assert.NotNull(ParseWith(SettingKeys.MaintenanceWindow, "sat:22:00-sun:01:00").Cache.MaintenanceWindow);

    [Theory]
    [InlineData("sun:05:00-sun:05:59")]
    [InlineData("sun:05:00-sun:05:00")]
    [InlineData("xyz:05:00-sun:06:00")]
    [InlineData("sun:5:00-sun:6:00")]
    [InlineData("05:00-06:00")]
    public void A_bad_weekly_window_is_rejected(string window) =>
        Assert.Equal(SettingKeys.MaintenanceWindow, SingleProblem(SettingKeys.MaintenanceWindow, window).Key);

    [Theory]
    [InlineData("03:00-04:00", "wed:03:30-wed:04:30")]
    [InlineData("03:00-04:00", "tue:02:00-tue:03:01")]
    [InlineData("23:00-01:00", "sun:00:00-sun:02:00")]
    [InlineData("23:00-01:00", "sat:23:30-sun:00:30")]
    [InlineData("01:00-02:00", "mon:00:00-wed:00:00")]
    public void A_maintenance_window_overlapping_the_daily_snapshot_window_is_rejected(string snapshot, string maintenance)
    {
        var problem = Assert.Single(Problems(Valid().With(SettingKeys.SnapshotWindow, snapshot).With(SettingKeys.MaintenanceWindow, maintenance)));

        Assert.Equal(SettingKeys.MaintenanceWindow, problem.Key);
        Assert.Contains($"snapshotWindow {snapshot}", problem.Allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("03:00-04:00", "sun:04:00-sun:05:00")]
    [InlineData("03:00-04:00", "sun:02:00-sun:03:00")]
    [InlineData("23:00-01:00", "sun:01:00-sun:22:59")]
    public void Touching_windows_do_not_overlap(string snapshot, string maintenance) =>
        Assert.NotNull(Parse(Valid().With(SettingKeys.SnapshotWindow, snapshot).With(SettingKeys.MaintenanceWindow, maintenance)).Cache.MaintenanceWindow);

    [Fact]
    public void Overlap_does_not_matter_without_automatic_snapshots() =>
        Assert.Null(Parse(Valid()
            .With(SettingKeys.SnapshotRetentionDays, "0")
            .With(SettingKeys.SnapshotWindow, "03:00-04:00")
            .With(SettingKeys.MaintenanceWindow, "sun:03:00-sun:04:00")).Cache.SnapshotWindow);
}
