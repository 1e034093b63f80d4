namespace ContactHub.Dialogs.Ports;

/// <summary>服务质量, 维修质量, 配件, 价格, 销售, 态度, 其他 (issue 3).</summary>
public enum ComplaintCategory
{
    ServiceQuality = 0,
    RepairQuality = 1,
    Parts = 2,
    Price = 3,
    Sales = 4,
    Attitude = 5,
    Other = 6,
}
