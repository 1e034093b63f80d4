using ContactHub.Dialogs.Ports;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// The default rule-based reading of a complaint (issue 3): keyword lists, first category that matches wins, in the
/// order of the examples (态度 before 维修质量 before 配件 …), so "销售态度差" is about attitude. Severity is
/// critical for safety words and major for escalation words (manufacturer, 12315, media, lawyer). The customer confirms
/// or corrects the category, so a rule that misses costs one tap, not a misfiled ticket.
/// </summary>
public static class ComplaintClassifier
{
    private static readonly (ComplaintCategory Category, string[] Words)[] Categories =
    [
        (ComplaintCategory.Attitude, ["态度差", "态度不好", "态度恶劣", "态度很差", "骂人", "不耐烦", "爱答不理", "不理人", "甩脸色", "rude", "attitude", "impolite", "yelled", "shouted"]),
        (ComplaintCategory.RepairQuality, ["没修好", "又坏了", "异响", "返修", "修不好", "还是坏", "漏油", "故障灯", "not fixed", "broke again", "broken again", "still broken", "noise", "leak"]),
        (ComplaintCategory.Parts, ["配件", "假货", "副厂", "零件", "原厂件", "parts", "fake", "counterfeit"]),
        (ComplaintCategory.Price, ["乱收费", "太贵", "多收", "收费", "价格", "加价", "overcharg", "too expensive", "price", "charged"]),
        (ComplaintCategory.Sales, ["销售", "购车", "买车", "提车", "订金", "定金", "salesman", "sales", "purchase", "bought", "deposit"]),
        (ComplaintCategory.ServiceQuality, ["服务", "等了", "等太久", "没人管", "没人接", "预约", "service", "waited", "waiting"]),
    ];

    private static readonly string[] CriticalWords =
        ["安全", "刹车失灵", "刹车不灵", "起火", "着火", "自燃", "冒烟", "受伤", "车祸", "失控", "brake fail", "brakes fail", "fire", "smoke", "injur", "accident", "unsafe", "safety"];

    private static readonly string[] MajorWords =
        ["投诉到厂家", "厂家投诉", "找厂家", "12315", "消协", "媒体", "曝光", "律师", "起诉", "法院", "manufacturer", "lawyer", "media", "court", "consumer association"];

    public static ComplaintClassification Classify(string? description)
    {
        var text = (description ?? "").ToLowerInvariant();
        var category = ComplaintCategory.Other;
        foreach (var (candidate, words) in Categories)
        {
            if (ContainsAny(text, words))
            {
                category = candidate;
                break;
            }
        }

        var severity = ContainsAny(text, CriticalWords) ? ComplaintSeverity.Critical
            : ContainsAny(text, MajorWords) ? ComplaintSeverity.Major
            : ComplaintSeverity.Normal;
        return new ComplaintClassification(category, severity);
    }

    private static bool ContainsAny(string text, string[] words) => words.Any(word => text.Contains(word, StringComparison.Ordinal));
}
