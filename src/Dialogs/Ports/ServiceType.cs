namespace ContactHub.Dialogs.Ports;

/// <summary>What the workshop is asked to do (issue 3): 首保, 常规保养, 维修, 钣金喷漆, 检测, 其他.</summary>
public enum ServiceType
{
    FirstMaintenance = 0,
    RegularMaintenance = 1,
    Repair = 2,
    BodyAndPaint = 3,
    Inspection = 4,
    Other = 5,
}
