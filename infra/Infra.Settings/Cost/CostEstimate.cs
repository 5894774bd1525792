namespace Infra.Settings;

/// <summary>A monthly estimate in USD at <see cref="PriceTable"/>'s us-east-1 list prices.</summary>
/// <param name="Unpriced">What the table has no price for (e.g. a node type), left out of the total.</param>
public sealed record CostEstimate(IReadOnlyList<CostLineItem> Items, IReadOnlyList<string> Unpriced)
{
    public decimal MonthlyUsd => Items.Sum(item => item.MonthlyUsd);

    /// <summary>Line item name → monthly USD, for the <c>costBreakdown</c> output.</summary>
    public IReadOnlyDictionary<string, decimal> Breakdown => Items.ToDictionary(item => item.Name, item => item.MonthlyUsd);
}

/// <summary>One line of the estimate, rounded to cents, with how it was computed.</summary>
public sealed record CostLineItem(string Name, decimal MonthlyUsd, string Basis);
