namespace ContactHub.Dialogs.Ports;

public enum SurveyQuestionKind
{
    /// <summary>1–5: digits, Chinese numerals, stars, emoji or words (非常满意 … 很差).</summary>
    Rating = 0,

    /// <summary>Net Promoter Score, 0–10 as a number.</summary>
    Nps = 1,

    /// <summary>Free text.</summary>
    Comment = 2,
}
