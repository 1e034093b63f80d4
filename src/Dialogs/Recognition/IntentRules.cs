using System.Collections.Frozen;

namespace ContactHub.Dialogs.Recognition;

/// <summary>
/// The keyword tables of <see cref="IntentRecognizer"/>, in the order they are tried: the first rule that matches
/// wins, so the more specific intent comes first (客服电话 before 客服, 改到 before 预约, 取消预约 before
/// 预约, 已经保养过了 before 保养). Keywords are matched in the folded (lower-case, half-width) message.
/// </summary>
internal static class IntentRules
{
    /// <summary>
    /// Whole messages that are the buttons and global commands of the bot. A reminder offers 预约 / 稍后提醒 / 已保养 /
    /// 不需要 (issue 3), so those exact words answer the reminder; 帮我预约一下保养 in a sentence is a plain booking.
    /// </summary>
    public static readonly FrozenDictionary<string, string> Exact = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["预约"] = Intents.ReminderBook, ["马上预约"] = Intents.ReminderBook, ["立即预约"] = Intents.ReminderBook, ["book"] = Intents.ReminderBook, ["book now"] = Intents.ReminderBook,
        ["稍后提醒"] = Intents.ReminderSnooze, ["稍后提醒我"] = Intents.ReminderSnooze, ["remind me later"] = Intents.ReminderSnooze, ["later"] = Intents.ReminderSnooze,
        ["已保养"] = Intents.ReminderDone, ["已经保养"] = Intents.ReminderDone, ["already serviced"] = Intents.ReminderDone,
        ["不需要"] = Intents.ReminderDecline, ["不需要了"] = Intents.ReminderDecline, ["不用了"] = Intents.ReminderDecline, ["not needed"] = Intents.ReminderDecline, ["no need"] = Intents.ReminderDecline,
        ["菜单"] = Intents.Menu, ["主菜单"] = Intents.Menu, ["menu"] = Intents.Menu, ["help"] = Intents.Menu, ["帮助"] = Intents.Menu,
        ["人工"] = Intents.Human, ["转人工"] = Intents.Human, ["人工客服"] = Intents.Human, ["agent"] = Intents.Human, ["human"] = Intents.Human,
        ["取消"] = Intents.Cancel, ["cancel"] = Intents.Cancel,
        ["绑定"] = Intents.Bind, ["link"] = Intents.Bind, ["bind"] = Intents.Bind,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A complaint word together with a progress word asks for the status of a complaint.</summary>
    public static readonly IntentRule ComplaintTopic = new(Intents.ComplaintStatus, 0.9,
        "投诉", "投拆", "工单", "反馈的问题", "complaint", "ticket");

    public static readonly IntentRule ProgressWord = new(Intents.ComplaintStatus, 0.9,
        "进度", "进展", "处理得", "处理的怎么样", "处理到", "处理结果", "有结果", "结果呢", "怎么样了", "有回复", "回复呢", "跟进", "有人管", "没人管", "没人理",
        "status", "update", "progress", "any news", "heard back");

    public static readonly IntentRule[] Ordered =
    [
        new(Intents.Bind, 0.9,
            "绑定", "车主认证", "认证车主", "关联手机", "关联车主", "关联我的", "验证手机",
            "link my account", "link account", "link my phone", "link my number", "verify my phone", "verify my number", "bind my"),
        new(Intents.FaqHours, 0.9,
            "营业时间", "营业", "几点开门", "几点关门", "几点下班", "几点上班", "上班时间", "下班时间", "开门", "关门", "开到几点", "上班吗", "休息吗", "放假", "开着吗",
            "opening hours", "open hours", "business hours", "working hours", "are you open", "when do you open", "when do you close", "what time do you open",
            "what time do you close", "open on", "open today", "open tomorrow", "closing time"),
        new(Intents.FaqAddress, 0.9,
            "地址", "在哪", "在什么地方", "怎么走", "怎么过去", "导航", "发个定位", "发定位", "发个位置", "哪条路",
            "address", "where are you", "where is the", "location", "directions", "how do i get", "how to get"),
        new(Intents.FaqPhone, 0.85,
            "电话多少", "电话是多少", "电话号码", "号码多少", "打什么电话", "客服电话", "联系方式", "座机", "热线", "怎么联系",
            "phone number", "telephone", "call you", "contact number", "your number", "hotline"),
        new(Intents.Human, 0.95,
            "人工", "真人", "客服", "工作人员", "找个人", "找人", "来个人", "活人", "机器人", "跟人说话",
            "agent", "human", "real person", "a person", "someone", "speak to", "talk to", "customer service", "representative", "operator"),
        new(Intents.Reschedule, 0.9,
            "改到", "改成", "改约", "改期", "改时间", "改一下时间", "改个时间", "改天", "换个时间", "换一天", "换到", "换个日子", "推迟", "推后", "延后", "往后推", "往后挪",
            "挪到", "挪一下", "提前到", "调整时间", "调整一下", "重新约", "重新预约",
            "reschedule", "change my appointment", "change the appointment", "change the time", "move my appointment", "move it to", "move the appointment",
            "push it", "postpone", "different time", "another day", "another time"),
        new(Intents.Cancel, 0.9,
            "取消", "撤销", "不去了", "去不了", "来不了", "不来了", "退掉预约", "不约了",
            "cancel", "call off", "won't make it", "can't make it", "can not make it", "cannot make it"),
        new(Intents.ReminderSnooze, 0.85,
            "稍后提醒", "晚点提醒", "晚点再提醒", "以后提醒", "再提醒", "过几天再", "下次再说", "改天再说", "回头再说", "以后再说", "过段时间", "等等再说", "过阵子", "晚些时候",
            "remind me", "later please", "snooze", "not now", "maybe later", "some other time"),
        new(Intents.ReminderDone, 0.85,
            "已保养", "已经保养", "保养过了", "保养过", "做过保养", "已经做过", "已经做了", "做过了", "刚保养", "刚做完", "已经弄", "别的地方保养", "外面保养", "在别家",
            "already serviced", "already done", "already did", "already had", "had it serviced", "got it serviced", "done it", "did it already", "serviced elsewhere"),
        new(Intents.ReminderDecline, 0.85,
            "不需要", "不用了", "不用保养", "暂时不用", "没必要", "不想保养", "不要了", "不做了", "不考虑",
            "no need", "don't need", "do not need", "not needed", "no thanks", "no thank you", "not interested", "not necessary"),
        new(Intents.Complaint, 0.9,
            "投诉", "投拆", "太差", "很差", "真差", "差劲", "态度差", "态度不好", "态度恶劣", "态度很", "不满", "坑人", "坑爹", "被坑", "太坑", "骗", "乱收费", "多收",
            "收费不合理", "没修好", "修不好", "还是不", "还是有问题", "又坏", "又出问题", "还是响", "还是异响", "还是漏", "举报", "维权", "12315", "曝光", "垃圾", "气死",
            "生气", "失望", "恶心", "敷衍", "推卸", "不负责", "欺骗", "退款", "赔偿", "等了半天", "等了好久", "没人理", "划痕", "刮花", "弄坏", "不专业",
            "complain", "terrible", "awful", "rude", "worst", "unacceptable", "ripped off", "scam", "not fixed", "still broken", "still not", "disappointed",
            "refund", "horrible", "poor service", "bad service", "damaged", "scratched", "overcharged"),
        new(Intents.Book, 0.85,
            "预约", "预订", "约个", "约一下", "约下", "帮我约", "想约", "我约", "要约", "能不能约", "可以约", "约今天", "约明天", "约后天", "约周", "约星期", "约礼拜", "约这", "订个", "订一下", "保养", "维修", "修车", "修一下", "首保", "二保", "检修", "检测",
            "年检", "钣金", "喷漆", "补漆", "换机油", "换油", "机油", "轮胎", "刹车", "空调", "四轮定位", "异响", "漏油", "故障灯", "抖", "异味", "打不着", "熄火", "去店",
            "来店", "到店", "进店", "过去一趟", "送修", "有空位", "有位置", "排期", "工位", "能去吗", "可以去吗", "过来吗", "过去吗",
            "book", "appointment", "schedule", "service", "maintenance", "oil change", "repair", "fix", "inspection", "check-up", "checkup", "tire", "tyre", "brake",
            "noise", "leak", "warning light", "bring my car", "bring the car", "come in", "drop off", "slot", "available"),
        new(Intents.Menu, 0.85,
            "菜单", "功能", "帮助", "能做什么", "能干什么", "会什么", "有什么服务", "选项", "返回", "重新开始",
            "menu", "help", "options", "what can you do", "start over", "main menu"),
        new(Intents.Thanks, 0.9,
            "谢谢", "感谢", "多谢", "谢了", "谢啦", "辛苦了", "辛苦", "3q", "thx", "thanks", "thank you", "thank u", "ty", "appreciate", "cheers"),
    ];
}
