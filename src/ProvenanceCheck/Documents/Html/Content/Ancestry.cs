using AngleSharp.Dom;

namespace ProvenanceCheck.Documents.Html.Content;

/// <summary>What conditional cleaning needs to know of the elements above one: inside code, inside a figure, the nearest table.</summary>
internal readonly record struct Ancestry(bool InCode, bool InFigure, IElement? Table)
{
    /// <summary>The ancestry of <paramref name="root"/>'s children, found once by climbing from it.</summary>
    public static Ancestry Of(IElement root)
    {
        var above = new Ancestry(false, false, null);
        for (var element = root; element is not null; element = element.ParentElement)
        {
            above = element.LocalName switch
            {
                "code" => above with { InCode = true },
                "figure" => above with { InFigure = true },
                "table" when above.Table is null => above with { Table = element },
                _ => above,
            };
        }

        return above;
    }

    /// <summary>The ancestry of <paramref name="element"/>'s children, given that this is the element's own.</summary>
    public Ancestry Below(IElement element) => element.LocalName switch
    {
        "code" => this with { InCode = true },
        "figure" => this with { InFigure = true },
        "table" => this with { Table = element },
        _ => this,
    };
}
