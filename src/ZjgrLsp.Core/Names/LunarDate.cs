using System.Globalization;

namespace ZjgrLsp.Core.Names;

/// <summary>A date in the Chinese calendar as a masthead prints it: 甲辰年五月廿六, 壬寅年腊月廿七, 癸卯年闰二月初一.</summary>
public sealed record LunarDate(string YearName, int Month, bool Leap, int Day)
{
    private static readonly ChineseLunisolarCalendar Calendar = new();
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";
    private const string Branches = "子丑寅卯辰巳午未申酉戌亥";
    private static readonly string[] Numerals = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    public static LunarDate Of(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        var year = Calendar.GetYear(dt);
        var month = Calendar.GetMonth(dt);
        var leapMonth = Calendar.GetLeapMonth(year);
        var leap = leapMonth > 0 && month == leapMonth;
        if (leapMonth > 0 && month >= leapMonth) month--;
        var cycle = Calendar.GetSexagenaryYear(dt);
        var name = $"{Stems[Calendar.GetCelestialStem(cycle) - 1]}{Branches[Calendar.GetTerrestrialBranch(cycle) - 1]}";
        return new LunarDate(name, month, leap, Calendar.GetDayOfMonth(dt));
    }

    /// <summary>The month as printed; <paramref name="traditional"/> writes 正月, 冬月 and 腊月.</summary>
    public string MonthText(bool traditional) => (Leap ? "闰" : "") + (traditional && Month is 1 or 11 or 12
        ? Month switch { 1 => "正", 11 => "冬", _ => "腊" } : Numerals[Month]) + "月";

    public string DayText => Day switch
    {
        <= 10 => "初" + Numerals[Day],
        < 20 => "十" + Numerals[Day - 10],
        20 => "二十",
        < 30 => "廿" + Numerals[Day - 20],
        _ => "三十",
    };

    public string ToText(bool traditionalMonths) => $"{YearName}年{MonthText(traditionalMonths)}{DayText}";

    /// <summary>Reads a printed month (正, 一 … 十二, 冬, 腊) into its number; 0 when unreadable.</summary>
    public static int ParseMonth(string s) => s switch
    {
        "正" => 1, "冬" => 11, "腊" => 12,
        _ => Array.IndexOf(Numerals, s) is var i and > 0 ? i : 0,
    };

    /// <summary>Reads a printed day (初一, 十五, 廿六, 三十) into its number; 0 when unreadable.</summary>
    public static int ParseDay(string s) => s switch
    {
        ['初', var c] => Array.IndexOf(Numerals, c.ToString()) is var i and > 0 ? i : 0,
        "二十" => 20,
        "三十" => 30,
        ['十', var c] => Array.IndexOf(Numerals, c.ToString()) is var i and > 0 ? 10 + i : 0,
        ['廿', var c] => Array.IndexOf(Numerals, c.ToString()) is var i and > 0 ? 20 + i : 0,
        _ => 0,
    };
}
