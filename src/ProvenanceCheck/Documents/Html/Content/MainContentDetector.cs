using AngleSharp.Dom;

namespace ProvenanceCheck.Documents.Html.Content;

/// <summary>
/// Finds the main content of a page on the already parsed document, without changing it:
/// Readability-style scoring (paragraph text, commas, class/id hints, link density) picks the
/// best container and the siblings that belong with it; conditional cleaning and boilerplate
/// rules then mark the subtrees inside it that are not article text.
/// </summary>
internal static class MainContentDetector
{
    /// <summary>Below this many characters the detector retries with looser rules, as Readability does.</summary>
    private const int RetryThreshold = 500;

    private const int MinScoredTextLength = 25;

    private static readonly Attempt[] Attempts =
    [
        new(StripUnlikely: true, WeightClasses: true, CleanConditionally: true),
        new(StripUnlikely: false, WeightClasses: true, CleanConditionally: true),
        new(StripUnlikely: false, WeightClasses: false, CleanConditionally: true),
        new(StripUnlikely: false, WeightClasses: false, CleanConditionally: false),
    ];

    public static ContentSelection Detect(IElement body)
    {
        Result? best = null;
        Result? last = null;
        foreach (var attempt in Attempts)
        {
            // A looser attempt whose relaxed rules changed nothing last time would find the same content again.
            if (last is not null && !last.MayDifferUnder(attempt))
            {
                continue;
            }

            var result = Run(body, attempt);
            if (best is null || result.TextLength > best.TextLength)
            {
                best = result;
            }

            if (result.TextLength >= RetryThreshold)
            {
                break;
            }

            last = result;
        }

        var selection = best!.Selection;
        selection.IsConfident = best.TextLength >= RetryThreshold && best.LinkDensity <= 0.5;
        if (best.TextLength == 0)
        {
            selection.Notes.Add("no main content found: the page does not look like an article");
        }
        else if (best.LinkDensity > 0.5)
        {
            // Short briefs are articles too; only a body that is mostly links says "index page".
            selection.Notes.Add($"the page may not be an article: the main content found is mostly links ({best.TextLength} characters)");
        }

        return selection;
    }

    /// <summary>Only the boilerplate rules, for a body chosen by markup (<c>--body article</c>).</summary>
    public static ContentSelection CleanOnly(IElement root)
    {
        var measure = PageMeasure.Measure(root, stripUnlikely: false);
        var dropped = new HashSet<IElement>(measure.Dropped, ReferenceEqualityComparer.Instance);
        new ContentCleaner(measure, dropped, cleanConditionally: false, weightClasses: false).Clean(root, measure.Of(root)?.TextLength ?? 0);
        return new ContentSelection(root, kept: null, dropped);
    }

    private static Result Run(IElement body, Attempt attempt)
    {
        var measure = PageMeasure.Measure(body, attempt.StripUnlikely);
        var candidates = ScoreParagraphs(measure, attempt.WeightClasses, out var weighedCandidates);
        var top = ChooseTop(measure, candidates);
        var kept = KeepSiblings(measure, top);
        var dropped = new HashSet<IElement>(measure.Dropped, ReferenceEqualityComparer.Instance);
        var keptLength = kept.Sum(k => measure.Of(k)?.TextLength ?? 0);
        var cleaner = new ContentCleaner(measure, dropped, attempt.CleanConditionally, attempt.WeightClasses);
        foreach (var root in kept)
        {
            cleaner.Clean(root, keptLength);
        }

        var textLength = Math.Max(0, keptLength - cleaner.DroppedLength);
        var linkLength = kept.Sum(k => measure.Of(k)?.LinkLength ?? 0);
        var linkDensity = keptLength == 0 ? 0 : (double)linkLength / keptLength;
        var selection = kept.Count == 1
            ? new ContentSelection(kept[0], kept: null, dropped)
            : new ContentSelection(top.ParentElement!, new HashSet<IElement>(kept, ReferenceEqualityComparer.Instance), dropped);
        var used = new Attempt(measure.StrippedUnlikely, weighedCandidates || cleaner.WeighedClasses, cleaner.CleanedConditionally);
        return new Result(selection, textLength, linkDensity, attempt, used);
    }

    private static List<IElement> ScoreParagraphs(PageMeasure measure, bool weightClasses, out bool weighed)
    {
        weighed = false;
        var candidates = new List<IElement>();
        foreach (var element in measure.Order)
        {
            if (!IsScorable(measure, element))
            {
                continue;
            }

            // Text in a footer, navigation or aside scores nothing: a brief of two paragraphs over a long legal footer
            // was read as the footer, and its own claims went unchecked ("no article text found").
            var stats = measure.Of(element)!;
            if (stats.TextLength < MinScoredTextLength || stats.InLandmark)
            {
                continue;
            }

            var score = 1 + (stats.Commas + 1) + Math.Min(stats.TextLength / 100, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; level < 5 && ancestor?.ParentElement is not null; level++, ancestor = ancestor.ParentElement)
            {
                if (measure.Of(ancestor) is not { } ancestorStats)
                {
                    break;
                }

                if (!ancestorStats.IsCandidate)
                {
                    var weight = weightClasses ? ContentHints.ClassWeight(ancestor) : 0;
                    weighed |= weight != 0;
                    ancestorStats.Score = InitialScore(ancestor) + weight;
                    candidates.Add(ancestor);
                }

                var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
                ancestorStats.Score += (double)score / divider;
            }
        }

        foreach (var candidate in candidates)
        {
            var stats = measure.Of(candidate)!;
            stats.Score *= 1 - stats.LinkDensity;
        }

        return candidates;
    }

    private static bool IsScorable(PageMeasure measure, IElement element) => element.LocalName switch
    {
        "p" or "td" or "pre" or "section" or "h2" or "h3" or "h4" or "h5" or "h6" => true,
        "div" => measure.IsParagraphLike(element),
        _ => false,
    };

    private static double InitialScore(IElement element) => element.LocalName switch
    {
        "div" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private static IElement ChooseTop(PageMeasure measure, List<IElement> candidates)
    {
        var ranked = candidates.OrderByDescending(c => measure.Of(c)!.Score).Take(5).ToList();
        if (ranked.Count == 0 || ranked[0] == measure.Body)
        {
            return measure.Body;
        }

        var top = ranked[0];
        top = LiftToSharedAncestor(measure, top, ranked);
        top = ClimbWhileParentScoresBetter(measure, top);
        while (top != measure.Body && top.ParentElement is { } parent && parent != measure.Body && parent.ChildElementCount == 1)
        {
            top = parent;
        }

        return top;
    }

    /// <summary>When three or more near-best candidates share an ancestor, the article is that ancestor.</summary>
    private static IElement LiftToSharedAncestor(PageMeasure measure, IElement top, List<IElement> ranked)
    {
        var topScore = measure.Of(top)!.Score;
        var alternatives = ranked.Skip(1).Where(c => measure.Of(c)!.Score / topScore >= 0.75).ToList();
        if (alternatives.Count < 3)
        {
            return top;
        }

        for (var parent = top.ParentElement; parent is not null && parent != measure.Body; parent = parent.ParentElement)
        {
            var sharing = alternatives.Count(a => parent.Contains(a));
            if (sharing >= 3)
            {
                return parent;
            }
        }

        return top;
    }

    private static IElement ClimbWhileParentScoresBetter(PageMeasure measure, IElement top)
    {
        var lastScore = measure.Of(top)!.Score;
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != measure.Body; parent = parent.ParentElement)
        {
            if (measure.Of(parent) is not { IsCandidate: true } stats)
            {
                continue;
            }

            if (stats.Score < threshold)
            {
                break;
            }

            if (stats.Score > lastScore)
            {
                return parent;
            }

            lastScore = stats.Score;
        }

        return top;
    }

    private static List<IElement> KeepSiblings(PageMeasure measure, IElement top)
    {
        if (top == measure.Body || top.ParentElement is not { } parent)
        {
            return [top];
        }

        var topScore = measure.Of(top)!.IsCandidate ? measure.Of(top)!.Score : 0;
        var threshold = Math.Max(10, topScore * 0.2);
        var kept = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top || (measure.Of(sibling) is { } stats && BelongsWithTop(measure, sibling, stats, top, topScore, threshold)))
            {
                kept.Add(sibling);
            }
        }

        return kept;
    }

    private static bool BelongsWithTop(PageMeasure measure, IElement sibling, NodeStats stats, IElement top, double topScore, double threshold)
    {
        var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
        if (stats.IsCandidate && stats.Score + bonus >= threshold)
        {
            return true;
        }

        if (!measure.IsParagraphLike(sibling))
        {
            return false;
        }

        if (stats.TextLength > 80)
        {
            return stats.LinkDensity < 0.25;
        }

        return stats.TextLength > 0 && stats.LinkDensity == 0 && EndsSentence(sibling.TextContent);
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('.') || trimmed.Contains(". ", StringComparison.Ordinal);
    }

    private readonly record struct Attempt(bool StripUnlikely, bool WeightClasses, bool CleanConditionally);

    /// <summary>What an attempt found, the rules it ran with, and which of them changed anything (<paramref name="Used"/>).</summary>
    private sealed record Result(ContentSelection Selection, int TextLength, double LinkDensity, Attempt RunWith, Attempt Used)
    {
        /// <summary>Whether a looser attempt could find something else: it must drop a rule that changed this result.</summary>
        public bool MayDifferUnder(Attempt looser) =>
            (RunWith.StripUnlikely && !looser.StripUnlikely && Used.StripUnlikely) ||
            (RunWith.WeightClasses && !looser.WeightClasses && Used.WeightClasses) ||
            (RunWith.CleanConditionally && !looser.CleanConditionally && Used.CleanConditionally);
    }
}
