namespace ContactHub.Hub.Records.Seed;

/// <summary>The fixed ingredients of the demo dealer's records; every mobile is in the unassigned +86 139 0000 range.</summary>
internal static class DemoDealer
{
    public const int Seed = 20261127;
    public const int CustomerCount = 50;
    public const int VehicleCount = 60;

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];

    public static readonly string[] GivenNames =
    [
        "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
        "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "晓东", "海燕", "文博", "子涵", "思远",
    ];

    public static readonly (string Name, string Vds, bool NewEnergy)[] Models =
    [
        ("速腾", "A2BCD", false), ("迈腾", "A3BCE", false), ("宝来", "A1ABD", false), ("探岳", "B4ACF", false),
        ("探歌", "B2ACE", false), ("高尔夫", "A1BCE", false), ("揽境", "B6ADG", false), ("CC", "A5BDF", false),
        ("ID.4 CROZZ", "E4EVA", true), ("ID.6 CROZZ", "E6EVB", true),
    ];

    public static readonly string[] Advisors = ["陈晓峰", "林嘉欣", "周子豪", "何美玲"];

    public static readonly string[] RepairWork = ["更换前刹车片", "空调滤芯更换及系统清洗", "更换蓄电池", "四轮定位", "更换雨刮片"];

    /// <summary>Model-year codes (VIN position 10) for 2018–2025.</summary>
    public const string YearCodes = "JKLMNPRS";

    public static string Mobile(int index) => $"+861390000{index:D4}";
}
