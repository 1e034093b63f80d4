using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContactHub.Channels.WeChat;

/// <summary>
/// The custom menu as WeChat's <c>/cgi-bin/menu/create</c> wants it (reference §1.12): checked against the documented
/// limits first, so a bad configuration is refused here with every problem named instead of by WeChat with one
/// errcode (40018 …) at a time.
/// </summary>
public static class WeChatMenu
{
    public const int MaxTopButtons = 3;
    public const int MaxSubButtons = 5;
    public const int MaxTopNameBytes = 16;
    public const int MaxSubNameBytes = 60;
    public const int MaxKeyBytes = 128;
    public const int MaxUrlBytes = 1024;

    // Same reason as WeChatOutbound: some WeChat APIs show \uXXXX escapes of Chinese literally.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every way <paramref name="buttons"/> breaks the limits or names a CLICK key no dialog answers; empty when it may be published.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<WeChatMenuButton> buttons, IEnumerable<string> clickKeys)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var keys = clickKeys.ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        if (buttons.Count is < 1 or > MaxTopButtons)
        {
            problems.Add($"WeChat:Menu has {buttons.Count} buttons; WeChat takes 1 to {MaxTopButtons}.");
        }

        for (var i = 0; i < buttons.Count; i++)
        {
            var top = buttons[i];
            var path = $"WeChat:Menu:{i}";
            CheckName(problems, path, top.Name, MaxTopNameBytes);
            if (top.SubButtons.Count == 0)
            {
                CheckAction(problems, path, top, keys);
                continue;
            }

            if (top.Key is not null || top.Url is not null)
            {
                problems.Add($"{path} ({top.Name}) has sub-buttons, so it cannot also have a Key or a Url.");
            }

            if (top.SubButtons.Count > MaxSubButtons)
            {
                problems.Add($"{path} ({top.Name}) has {top.SubButtons.Count} sub-buttons; WeChat takes at most {MaxSubButtons}.");
            }

            for (var j = 0; j < top.SubButtons.Count; j++)
            {
                var sub = top.SubButtons[j];
                var subPath = $"{path}:SubButtons:{j}";
                CheckName(problems, subPath, sub.Name, MaxSubNameBytes);
                if (sub.SubButtons.Count > 0)
                {
                    problems.Add($"{subPath} ({sub.Name}) has sub-buttons; WeChat menus have two levels only.");
                }

                CheckAction(problems, subPath, sub, keys);
            }
        }

        return problems;
    }

    /// <summary>The <c>{"button":[…]}</c> body; call <see cref="Problems"/> first.</summary>
    public static string ToJson(IReadOnlyList<WeChatMenuButton> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("button");
            foreach (var button in buttons)
            {
                WriteButton(writer, button);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteButton(Utf8JsonWriter writer, WeChatMenuButton button)
    {
        writer.WriteStartObject();
        writer.WriteString("name", button.Name);
        if (button.SubButtons.Count > 0)
        {
            writer.WriteStartArray("sub_button");
            foreach (var sub in button.SubButtons)
            {
                WriteButton(writer, sub);
            }

            writer.WriteEndArray();
        }
        else if (button.Key is not null)
        {
            writer.WriteString("type", "click");
            writer.WriteString("key", button.Key);
        }
        else
        {
            writer.WriteString("type", "view");
            writer.WriteString("url", button.Url);
        }

        writer.WriteEndObject();
    }

    private static void CheckName(List<string> problems, string path, string name, int maxBytes)
    {
        var bytes = Encoding.UTF8.GetByteCount(name ?? "");
        if (bytes == 0 || bytes > maxBytes)
        {
            problems.Add($"{path}:Name '{name}' is {bytes} bytes; WeChat takes 1 to {maxBytes} (UTF-8, a Chinese character is 3).");
        }
    }

    private static void CheckAction(List<string> problems, string path, WeChatMenuButton button, HashSet<string> keys)
    {
        if ((button.Key is null) == (button.Url is null))
        {
            problems.Add($"{path} ({button.Name}) needs either a Key (a CLICK button) or a Url (a VIEW button), not both or neither.");
        }
        else if (button.Key is { } key)
        {
            if (Encoding.UTF8.GetByteCount(key) is 0 or > MaxKeyBytes)
            {
                problems.Add($"{path}:Key '{key}' must be 1 to {MaxKeyBytes} bytes.");
            }
            else if (!keys.Contains(key))
            {
                problems.Add($"{path}:Key '{key}' is not in WeChat:MenuKeys, so a click on it would open no dialog.");
            }
        }
        else if (!Uri.TryCreate(button.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")
            || Encoding.UTF8.GetByteCount(button.Url!) > MaxUrlBytes)
        {
            problems.Add($"{path}:Url '{button.Url}' must be an absolute http(s) URL of at most {MaxUrlBytes} bytes.");
        }
    }
}
