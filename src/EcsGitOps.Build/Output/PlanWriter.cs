using System.Net;
using EcsGitOps.Build.Planning;

namespace EcsGitOps.Build.Output;

/// <summary>--plan: the ordered plan as text, and as a Mermaid graph in an HTML page.</summary>
internal static class PlanWriter
{
    public static IEnumerable<string> Lines(ExecutionPlan plan, string htmlPath)
    {
        yield return $"Plan for {string.Join(", ", plan.Invoked)}:";
        var rows = plan.Targets.Select((t, i) => new[] { $"{i + 1}.", t.Name, t.SkipReason is { } reason ? $"skipped: {reason}" : "" }).ToList();
        foreach (var line in TextTable.Align(rows)) yield return line;
        yield return $"Graph: {htmlPath}";
    }

    public static string Mermaid(ExecutionPlan plan, TargetGraph graph)
    {
        var names = plan.Targets.Select(t => t.Name).ToHashSet();
        var lines = new List<string> { "graph TD" };
        lines.AddRange(plan.Targets.Select(t => t.SkipReason is null ? $"  {t.Name}" : $"  {t.Name}:::skipped"));
        lines.AddRange(plan.Targets.SelectMany(t => graph.Predecessors(t.Name).Where(names.Contains).Select(p => $"  {p} --> {t.Name}")));
        lines.Add("  classDef skipped stroke-dasharray: 5 5,color:#888");
        return string.Join("\n", lines);
    }

    public static string Html(ExecutionPlan plan, TargetGraph graph) => $$"""
        <!DOCTYPE html>
        <html>
        <head>
        <meta charset="utf-8">
        <title>Plan for {{WebUtility.HtmlEncode(string.Join(", ", plan.Invoked))}}</title>
        <script type="module">
        import mermaid from 'https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs';
        mermaid.initialize({ startOnLoad: true });
        </script>
        </head>
        <body>
        <pre class="mermaid">
        {{WebUtility.HtmlEncode(Mermaid(plan, graph))}}
        </pre>
        </body>
        </html>

        """.ReplaceLineEndings("\n");
}
