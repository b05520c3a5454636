using System.Text;
using ProvenanceCheck.Text;

namespace ProvenanceCheck.Tests.Text;

/// <summary>
/// The source map keeps runs, not an entry per character; every span must still map exactly as a map of two offsets
/// per character would (the model below), through entities, tags, folded white space and zero-length breaks.
/// </summary>
[TestClass]
public sealed class MappedTextTests
{
    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    [DataRow(4)]
    [DataRow(5)]
    public void EverySpanMapsAsAPerCharacterMapWould(int seed)
    {
        var (mapped, model) = Build(new Random(seed), 160);

        mapped.Text.ShouldBe(model.Text);
        for (var start = 0; start <= model.Text.Length; start++)
        {
            for (var end = start; end <= model.Text.Length; end++)
            {
                var span = TextSpan.FromBounds(start, end);
                mapped.ToSource(span).ShouldBe(model.ToSource(span), $"seed {seed}, span {span}");
            }

            mapped.SourceOffsetAt(start).ShouldBe(model.Starts[Math.Min(start, model.Text.Length - 1)]);
        }
    }

    [TestMethod]
    [DataRow(11)]
    [DataRow(12)]
    [DataRow(13)]
    public void ASliceMapsAsTheSameSpanOfTheWhole(int seed)
    {
        var random = new Random(seed);
        var (mapped, model) = Build(random, 120);

        for (var n = 0; n < 200; n++)
        {
            var from = random.Next(model.Text.Length);
            var to = random.Next(from + 1, model.Text.Length + 1);
            var slice = mapped.Slice(TextSpan.FromBounds(from, to));

            slice.Text.ShouldBe(model.Text[from..to]);
            for (var start = 0; start < slice.Length; start++)
            {
                for (var end = start + 1; end <= slice.Length; end++)
                {
                    slice.ToSource(TextSpan.FromBounds(start, end)).ShouldBe(model.ToSource(TextSpan.FromBounds(from + start, from + end)));
                }
            }
        }
    }

    [TestMethod]
    public void AnEmptyTextMapsToItsStart()
    {
        new MappedTextBuilder().Build().ToSource(new TextSpan(0, 0)).ShouldBe(new TextSpan(0, 0));
    }

    // Text made the way readers make it: copied characters, entities, tags skipped, white space, breaks.
    private static (MappedText Mapped, Model Model) Build(Random random, int pieces)
    {
        var builder = new MappedTextBuilder();
        var model = new Model();
        var offset = 0;
        for (var i = 0; i < pieces; i++)
        {
            switch (random.Next(7))
            {
                case 0 or 1: // a word copied one for one
                    for (var k = random.Next(1, 8); k > 0; k--, offset++)
                    {
                        Append(builder, model, (char)('a' + random.Next(26)), offset, offset + 1);
                    }

                    break;
                case 2: // an entity: one character from several
                    var length = random.Next(4, 9);
                    Append(builder, model, '&', offset, offset + length);
                    offset += length;
                    break;
                case 3: // a tag: source skipped
                    offset += random.Next(2) == 0 ? 1 : random.Next(2, 30);
                    break;
                case 5: // a character with no source of its own
                    Append(builder, model, '-', offset, offset);
                    break;
                case 4: // white space, folded
                    for (var k = random.Next(1, 4); k > 0; k--, offset++)
                    {
                        Append(builder, model, random.Next(2) == 0 ? ' ' : '\n', offset, offset + 1);
                    }

                    break;
                default: // a block break: zero length
                    builder.AppendBreak(offset);
                    model.Append(' ', offset, offset);
                    break;
            }
        }

        return (builder.Build(), model);
    }

    private static void Append(MappedTextBuilder builder, Model model, char c, int start, int end)
    {
        builder.Append(c, start, end);
        model.Append(c, start, end);
    }

    /// <summary>The plain map: two offsets per character, white space folded as a browser does.</summary>
    private sealed class Model
    {
        private readonly StringBuilder _text = new();
        private bool _pending;
        private int _pendingStart;
        private int _pendingEnd;

        public List<int> Starts { get; } = [];

        public List<int> Ends { get; } = [];

        public string Text => _text.ToString();

        public void Append(char c, int start, int end)
        {
            if (c is ' ' or '\n')
            {
                _pendingStart = _pending ? _pendingStart : start;
                _pendingEnd = end;
                _pending = true;
                return;
            }

            if (_pending && _text.Length > 0)
            {
                Add(' ', _pendingStart, _pendingEnd);
            }

            _pending = false;
            Add(c, start, end);
        }

        public TextSpan ToSource(TextSpan span)
        {
            var start = Math.Clamp(span.Start, 0, _text.Length - 1);
            if (span.Length == 0)
            {
                return new TextSpan(Starts[start], 0);
            }

            var last = Math.Clamp(span.End - 1, start, _text.Length - 1);
            return TextSpan.FromBounds(Starts[start], Math.Max(Starts[start], Ends[last]));
        }

        private void Add(char c, int start, int end)
        {
            _text.Append(c);
            Starts.Add(start);
            Ends.Add(end);
        }
    }
}
