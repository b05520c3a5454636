using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ProvenanceCheck.Policies;

/// <summary>
/// Strict, position-aware access to a YAML mapping: unknown keys, missing keys and wrong types are
/// errors that name the file, line and column. Policies, lexicons and configs are all read through it.
/// </summary>
public sealed class YamlNodeReader
{
    // Policies nest a handful of levels (rules → options → lists); a hundred times that is no policy.
    private const int MaxDepth = 64;

    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>Wraps a mapping node from <paramref name="file"/>.</summary>
    public YamlNodeReader(string file, YamlMappingNode node)
    {
        File = file;
        _node = node;
    }

    /// <summary>The file the node came from.</summary>
    public string File { get; }

    /// <summary>Where the mapping starts.</summary>
    public Mark Start => _node.Start;

    /// <summary>Loads a file's single YAML document as a mapping.</summary>
    public static YamlNodeReader Load(string file, string text)
    {
        var stream = new YamlStream();
        try
        {
            RefuseDeepNesting(file, text);
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new PolicyException(file, (int)ex.Start.Line, (int)ex.Start.Column, Flatten(ex));
        }

        if (stream.Documents.Count == 0)
        {
            throw new PolicyException(file, 1, 1, "the file is empty");
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            throw new PolicyException(file, (int)second.Line, (int)second.Column, "expected one YAML document, found several");
        }

        var root = stream.Documents[0].RootNode;
        return root is YamlMappingNode mapping
            ? new YamlNodeReader(file, mapping)
            : throw Error(file, root, "expected a mapping of keys to values at the top of the file");
    }

    private static void RefuseDeepNesting(string file, string text)
    {
        if (YamlNesting.FirstTooDeep(text, MaxDepth) is { } at)
        {
            throw new PolicyException(file, (int)at.Line, (int)at.Column, $"the YAML nests more than {MaxDepth} levels deep");
        }
    }

    /// <summary>Makes an exception that points at <paramref name="node"/>.</summary>
    public static PolicyException Error(string file, YamlNode node, string message) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, message);

    /// <summary>Makes an exception that points at this mapping.</summary>
    public PolicyException Error(string message) => new(File, (int)_node.Start.Line, (int)_node.Start.Column, message);

    /// <summary>The keys present, in order.</summary>
    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>The raw node of a key, if present.</summary>
    public YamlNode? Node(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    /// <summary>The node of a key's name, for errors that point at the key.</summary>
    public YamlNode? KeyNode(string key) => _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key);

    /// <summary>A required string.</summary>
    public string RequireString(string key) =>
        OptionalString(key) ?? throw Error($"missing required key '{key}'");

    /// <summary>An optional string.</summary>
    public string? OptionalString(string key) => Node(key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value ?? "",
        var other => throw Error(File, other, $"'{key}' must be a string"),
    };

    /// <summary>An optional whole number within bounds.</summary>
    public int? OptionalInt(string key, int min, int max)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value >= min && value <= max ? value : throw Error(File, node, $"'{key}' must be between {min} and {max}");
        }

        throw Error(File, node, $"'{key}' must be a whole number");
    }

    /// <summary>An optional boolean.</summary>
    public bool? OptionalBool(string key)
    {
        var node = Node(key);
        return node switch
        {
            null => null,
            YamlScalarNode { Value: "true" or "True" or "yes" or "on" } => true,
            YamlScalarNode { Value: "false" or "False" or "no" or "off" } => false,
            _ => throw Error(File, node, $"'{key}' must be true or false"),
        };
    }

    /// <summary>An optional list of strings; a single string is accepted as a list of one.</summary>
    public IReadOnlyList<string>? OptionalStringList(string key)
    {
        var node = Node(key);
        return node switch
        {
            null => null,
            YamlScalarNode scalar => [scalar.Value ?? ""],
            YamlSequenceNode sequence => [.. sequence.Children.Select(item => item is YamlScalarNode s ? s.Value ?? "" : throw Error(File, item, $"'{key}' must be a list of strings"))],
            _ => throw Error(File, node, $"'{key}' must be a list of strings"),
        };
    }

    /// <summary>An optional nested mapping.</summary>
    public YamlNodeReader? OptionalMapping(string key)
    {
        var node = Node(key);
        return node switch
        {
            null => null,
            YamlMappingNode mapping => new YamlNodeReader(File, mapping),
            _ => throw Error(File, node, $"'{key}' must be a mapping"),
        };
    }

    /// <summary>The entries of a nested mapping, as (key, key node, value node).</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries()
    {
        foreach (var (key, value) in _node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                throw Error(File, key, "keys must be plain strings");
            }

            _read.Add(name);
            yield return (name, key, value);
        }
    }

    /// <summary>Fails on the first key that was never asked for: a misspelt key is an error, not a silent no-op.</summary>
    public void EnsureNoUnknownKeys(string what)
    {
        foreach (var key in _node.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !_read.Contains(name))
            {
                var known = string.Join(", ", _read.Order(StringComparer.Ordinal));
                throw Error(File, key, $"unknown key '{name}' in {what} (known keys: {known})");
            }
        }
    }

    private static string Flatten(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        return (paren >= 0 && message.StartsWith('(') ? message[(paren + 3)..] : message).ReplaceLineEndings(" ");
    }
}
