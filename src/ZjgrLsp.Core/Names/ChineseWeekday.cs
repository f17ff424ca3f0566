namespace ZjgrLsp.Core.Names;

/// <summary>The weekday as a Chinese date prints it after 星期 or 周: 日, 一 … 六 (天 for Sunday too).</summary>
public static class ChineseWeekday
{
    private const string Names = "日一二三四五六";

    public static char Of(DateOnly date) => Names[(int)date.DayOfWeek];

    /// <summary>True when the printed weekday character is the date's; 天 is accepted for 日.</summary>
    public static bool Matches(char printed, DateOnly date) => printed == Of(date) || printed == '天' && Of(date) == '日';
}
