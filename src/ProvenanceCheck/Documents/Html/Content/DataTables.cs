using AngleSharp.Dom;

namespace ProvenanceCheck.Documents.Html.Content;

/// <summary>
/// Readability's data-table test (a table with headers, or many rows or columns, holds data, not layout), answered
/// once per table. Asked afresh for every table and every table around it, each answer searching the whole table,
/// it took minutes on a 30 KB page of 2,000 nested tables: here one pass over a table's subtree measures it and
/// every table inside it.
/// </summary>
internal sealed class DataTables
{
    private static readonly HashSet<string> HeaderParts = new(StringComparer.Ordinal) { "caption", "thead", "tfoot", "colgroup", "th" };

    private readonly Dictionary<IElement, TableShape> _shapes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, bool> _insideData = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, IElement?> _enclosing = new(ReferenceEqualityComparer.Instance);

    /// <summary>Records the table around <paramref name="table"/>, known to a walk from the top, so it is not searched for.</summary>
    public void NoteEnclosing(IElement table, IElement? enclosing) => _enclosing[table] = enclosing;

    /// <summary>Whether <paramref name="table"/> or any table around it is a data table.</summary>
    public bool IsInsideData(IElement? table)
    {
        if (table is null)
        {
            return false;
        }

        var chain = new List<IElement>();
        var inside = false;
        for (var current = table; current is not null; current = Enclosing(current))
        {
            if (_insideData.TryGetValue(current, out var known))
            {
                inside = known;
                break;
            }

            chain.Add(current);
            if (IsData(current))
            {
                inside = true;
                break;
            }
        }

        foreach (var seen in chain)
        {
            _insideData[seen] = inside;
        }

        return inside;
    }

    private IElement? Enclosing(IElement table) =>
        _enclosing.TryGetValue(table, out var enclosing) ? enclosing : table.ParentElement?.Closest("table");

    private bool IsData(IElement table)
    {
        if (table.GetAttribute("role") == "presentation" || table.GetAttribute("datatable") == "0")
        {
            return false;
        }

        var shape = Shape(table);
        if (table.HasAttribute("summary") || shape.HasHeaderPart)
        {
            return true;
        }

        if (shape.HasNestedTable)
        {
            return false;
        }

        return shape.Rows >= 10 || shape.MaxColumns > 4 || shape.Rows * shape.MaxColumns > 10;
    }

    /// <summary>Measures <paramref name="table"/>'s descendants, recording the shape of each table among them on the way out.</summary>
    private TableShape Shape(IElement table)
    {
        if (_shapes.TryGetValue(table, out var known))
        {
            return known;
        }

        var shape = new TableShape();
        var stack = new Stack<(IElement Element, TableShape Owner, TableShape? Closing)>();
        PushChildren(stack, table, shape);
        while (stack.Count > 0)
        {
            var (element, owner, closing) = stack.Pop();
            if (closing is not null)
            {
                _shapes[element] = closing;
                owner.Add(closing);
            }
            else if (element.LocalName == "table")
            {
                owner.HasNestedTable = true;
                if (_shapes.TryGetValue(element, out var nested))
                {
                    owner.Add(nested);
                    continue;
                }

                var inner = new TableShape();
                stack.Push((element, owner, inner));
                PushChildren(stack, element, inner);
            }
            else
            {
                owner.Count(element);
                PushChildren(stack, element, owner);
            }
        }

        _shapes[table] = shape;
        return shape;
    }

    private static void PushChildren(Stack<(IElement, TableShape, TableShape?)> stack, IElement element, TableShape owner)
    {
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push((child, owner, null));
            }
        }
    }

    /// <summary>What the data-table test reads of a table's descendants, nested tables' included.</summary>
    private sealed class TableShape
    {
        public bool HasHeaderPart;
        public bool HasNestedTable;
        public int Rows;
        public int MaxColumns;

        public void Count(IElement element)
        {
            HasHeaderPart |= HeaderParts.Contains(element.LocalName);
            if (element.LocalName == "tr")
            {
                Rows++;
                MaxColumns = Math.Max(MaxColumns, element.ChildElementCount);
            }
        }

        public void Add(TableShape nested)
        {
            HasHeaderPart |= nested.HasHeaderPart;
            HasNestedTable = true;
            Rows += nested.Rows;
            MaxColumns = Math.Max(MaxColumns, nested.MaxColumns);
        }
    }
}
