namespace ContactHub.Channels.Sms;

/// <summary>
/// Cuts text after each sentence end so long SMS split where a reader pauses. Chinese stops (。！？) and newlines always
/// end a sentence; ASCII . ! ? only when followed by whitespace or the end, so "3.5" and URLs stay whole.
/// Each piece keeps its punctuation and leading whitespace: concatenated they give the text back unchanged.
/// </summary>
public static class SmsSentences
{
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (EndsSentence(text, i))
            {
                sentences.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            sentences.Add(text[start..]);
        }

        return sentences;
    }

    private static bool EndsSentence(string text, int i) => text[i] switch
    {
        '。' or '！' or '？' or '\n' => true,
        '.' or '!' or '?' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };
}
