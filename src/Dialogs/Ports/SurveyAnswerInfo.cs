namespace ContactHub.Dialogs.Ports;

/// <summary>The answer to one question: the customer's words and, when it was a rating, the score understood.</summary>
public sealed record SurveyAnswerInfo(string QuestionId, string Text, int? Score);
