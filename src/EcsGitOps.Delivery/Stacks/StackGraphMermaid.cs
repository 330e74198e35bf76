using System.Text;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>The stack graph as a Mermaid flowchart (arrows point from a stack to the stacks that import from it).</summary>
public static class StackGraphMermaid
{
    public static string ToMermaid(this StackGraph graph)
    {
        var text = new StringBuilder("flowchart LR\n");
        foreach (var node in graph.Waves.SelectMany(w => w))
            text.Append($"  {Id(node.Name)}[\"{node.Name}\"]\n");
        var order = graph.Nodes.Select((n, i) => (n.Name, i)).ToDictionary(x => x.Name, x => x.i);
        foreach (var node in graph.Waves.SelectMany(w => w))
            foreach (var dependency in node.DependsOn.OrderBy(d => order[d]))
                text.Append($"  {Id(dependency)} --> {Id(node.Name)}\n");
        return text.ToString();
    }

    // Mermaid reads '-' in an id as the start of an edge.
    static string Id(string name) => name.Replace('-', '_');
}
