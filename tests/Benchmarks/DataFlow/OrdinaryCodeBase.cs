using System.Globalization;
using System.Text;
using Governance.Benchmarks.Synthetic;

namespace Governance.Benchmarks.DataFlow;

/// <summary>
/// A large code base of ordinary C# with a few telemetry events, for the cost of GOV012 (the data-flow rule) where
/// it matters: most code never touches an event. Each file is a small feature: records with initializers and
/// <c>with</c>, services with locals, string building, LINQ, lambdas and local functions, <c>?.</c>, <c>??</c>, switch
/// expressions, exceptions, target-typed <c>new(...)</c>, and common property names (<c>Name</c>, <c>Count</c>,
/// <c>Status</c>) assigned everywhere. Every 25th file also creates an event to send; one send in five puts personal data
/// into a Technical field on purpose, so the rule has real work and a known number of findings.
/// </summary>
internal sealed class OrdinaryCodeBase
{
    private const int EventEveryNthFile = 25;
    private const int TaintedEveryNthSend = 5;

    private readonly List<SourceFile> _files = new();

    private OrdinaryCodeBase()
    {
    }

    public IReadOnlyList<SourceFile> Files => _files;

    public int Lines { get; private set; }

    public int EventTypes { get; private set; }

    public int Sends { get; private set; }

    /// <summary>The flows the rule must report: the tainted sends.</summary>
    public int ExpectedFindings { get; private set; }

    /// <summary>At least <paramref name="lines"/> lines, in files of about 330 lines.</summary>
    public static OrdinaryCodeBase Create(int lines)
    {
        var code = new OrdinaryCodeBase();
        code.Add("Telemetry/Events.cs", code.Events());
        for (var file = 0; code.Lines < lines; file++)
        {
            code.Add($"Features/Feature{file:D4}.cs", code.Feature(file));
        }

        return code;
    }

    private void Add(string path, string text)
    {
        _files.Add(new SourceFile(path, text));
        Lines += text.Count(c => c == '\n');
    }

    private string Events()
    {
        // The generator is not run here (its emitters would be the only difference): events are kept as objects.
        var text = new StringBuilder("using System;\nusing Governance;\n\nnamespace Ordinary.Telemetry;\n\npublic static class Outbox\n{\n    public static void Keep(object telemetryEvent) => GC.KeepAlive(telemetryEvent);\n}\n\n");
        for (var i = 0; i < 8; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""
                [TelemetryEvent("feature.step{{i}}", Purpose = "Learn which steps of feature {{i}} people use, to simplify the flow.", RetentionDays = 90, Consent = Consent.OptIn, Owner = "team@example.org")]
                public partial record Step{{i}}
                {
                    [TelemetryField("Which step ran, from a fixed list.")] public string Name { get; init; } = "";
                    [TelemetryField("How many items the step handled.")] public int Count { get; init; }
                    [TelemetryField("What the step ended with, from a fixed list.")] public string Status { get; init; } = "";
                    [TelemetryField("How long the step took, in milliseconds.")] public long DurationMs { get; init; }
                }


                """);
            EventTypes++;
        }

        return text.ToString();
    }

    private string Feature(int n)
    {
        var ns = "Ordinary.Feature" + n.ToString("D4", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using Governance;

            namespace {{ns}};

            public sealed record Item(string Name, int Count)
            {
                public string Status { get; init; } = "new";
                public decimal Price { get; init; }
                public DateTimeOffset Created { get; init; } = DateTimeOffset.UnixEpoch;
            }

            public sealed class Order
            {
                public string Name { get; set; } = "";
                public int Count { get; set; }
                public string Status { get; set; } = "open";
                public List<Item> Items { get; } = new();
                public string? Note { get; set; }
            }

            public enum Stage { Draft, Review, Done, Failed }

            public sealed class Repository
            {
                private readonly Dictionary<string, Order> _orders = new(StringComparer.Ordinal);

                public Order? Find(string name) => _orders.TryGetValue(name, out var order) ? order : null;

                public void Save(Order order)
                {
                    if (string.IsNullOrWhiteSpace(order.Name))
                    {
                        throw new ArgumentException("An order needs a name.", nameof(order));
                    }

                    _orders[order.Name] = order;
                }

                public IEnumerable<Order> Open() => _orders.Values.Where(o => o.Status == "open").OrderBy(o => o.Name, StringComparer.Ordinal);
            }


            """);

        for (var s = 0; s < 6; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""
                public sealed class Service{{s}}
                {
                    private readonly Repository _repository = new();
                    private int _handled;

                    public Order Create(string name, int count)
                    {
                        var order = new Order { Name = name.Trim(), Count = count, Status = count > 10 ? "large" : "open" };
                        for (var i = 0; i < count; i++)
                        {
                            order.Items.Add(new Item($"{name}-{i}", i) { Status = i % 2 == 0 ? "even" : "odd", Price = i * 1.5m });
                        }

                        _repository.Save(order);
                        _handled++;
                        return order;
                    }

                    public string Describe(Order? order)
                    {
                        var builder = new StringBuilder();
                        builder.Append(order?.Name ?? "none").Append(": ");
                        builder.Append(order?.Items.Count ?? 0).Append(" items");
                        string Line(Item item) => $"{item.Name} x{item.Count} ({item.Status})";
                        foreach (var item in order?.Items ?? new List<Item>())
                        {
                            builder.AppendLine(Line(item));
                        }

                        return builder.ToString();
                    }

                    public Stage Next(Stage stage, bool failed) => (stage, failed) switch
                    {
                        (_, true) => Stage.Failed,
                        (Stage.Draft, _) => Stage.Review,
                        (Stage.Review, _) => Stage.Done,
                        _ => stage,
                    };

                    public IReadOnlyList<Item> Cheapest(Order order, int take)
                    {
                        Func<Item, bool> visible = item => item.Status != "hidden" && item.Count >= 0;
                        var items = order.Items.Where(visible).OrderBy(item => item.Price).ThenBy(item => item.Name, StringComparer.Ordinal).Take(take).ToList();
                        var renamed = items.Select(item => item with { Name = item.Name.ToUpperInvariant() }).ToList();
                        return renamed.Count > 0 ? renamed : items;
                    }

                    public int Total(IEnumerable<Order> orders)
                    {
                        var total = 0;
                        foreach (var order in orders)
                        {
                            try
                            {
                                total = checked(total + order.Count);
                            }
                            catch (OverflowException error)
                            {
                                order.Note = error.Message;
                                order.Status = "overflow";
                            }
                        }

                        return total;
                    }

                    public Item Merge(Item left, Item right)
                    {
                        Item merged = new(left.Name + "+" + right.Name, left.Count + right.Count);
                        merged = merged with { Status = left.Status == right.Status ? left.Status : "mixed", Price = left.Price + right.Price };
                        return merged;
                    }

                    public int Handled => _handled;
                }


                """);
        }

        if (n % EventEveryNthFile == 0)
        {
            var step = (n / EventEveryNthFile) % EventTypes;
            var tainted = Sends % TaintedEveryNthSend == 0;
            var status = tainted ? "Environment.UserName" : "order.Status";
            text.Append(CultureInfo.InvariantCulture, $$"""
                public static class Tracking
                {
                    public static void Send(Order order, long elapsed)
                    {
                        var status = {{status}};
                        Ordinary.Telemetry.Outbox.Keep(new Ordinary.Telemetry.Step{{step}} { Name = "create", Count = order.Count, Status = status, DurationMs = elapsed });
                    }
                }

                """);
            Sends++;
            ExpectedFindings += tainted ? 1 : 0;
        }

        return text.ToString();
    }
}
