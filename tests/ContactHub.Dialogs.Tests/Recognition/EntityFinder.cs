using ContactHub.Dialogs.Recognition;

namespace ContactHub.Dialogs.Tests.Recognition;

/// <summary>Runs one entity recognizer alone over a message, at the tables' fixed now.</summary>
public static class EntityFinder
{
    public static List<RecognizedEntity> Find(IEntityRecognizer recognizer, string text, string locale = "zh-CN", DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        var found = new List<RecognizedEntity>();
        recognizer.Collect(RecognitionInput.Create(text, locale, now ?? RecognizerTable.Now, DealerTimeZone.Default), found);
        return found;
    }

    public static string? Single(IEntityRecognizer recognizer, string text, string locale = "zh-CN") =>
        Find(recognizer, text, locale) is [var only] ? only.Value : null;
}
