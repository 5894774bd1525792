using Infra.Settings;
using Pulumi;
using Pulumi.Utilities;

namespace ElastiCacheRedis;

/// <summary>
/// The component's validated settings, in two steps with the same settings-library rules.
/// </summary>
/// <param name="Early">
/// The settings of the first step: every decision, and what follows from the presence of the other
/// inputs (e.g. authMode token has a token, a vpcId means no VPC is created). Their content may be
/// a <see cref="DeferredValue"/>: use <paramref name="Known"/> or <paramref name="Resolved"/> for it.
/// </param>
/// <param name="Known">
/// The settings when every input was known at construction (the stack program, literal ids in a
/// YAML program): the component then declares its children at once. Null when an input resolves later.
/// </param>
/// <param name="Resolved">
/// The settings checked with the real values of every input; fails the deployment, naming each
/// input, when a resolved value breaks a rule. Not secret itself: secrets inside stay
/// <see cref="SecretValue"/>s, and the components wrap them as Pulumi secrets.
/// </param>
/// <param name="InputResources">The resources behind the <c>Input</c>-valued inputs (<see cref="CacheInputs.Dependencies"/>).</param>
internal sealed record ValidatedInputs(StackSettings Early, StackSettings? Known, Output<StackSettings> Resolved, InputList<Resource> InputResources);

/// <summary>
/// First step, at construction: decisions (plain inputs) are known and checked, inputs that are
/// not yet known count as present (<see cref="DeferredValue"/>); every problem is thrown at once,
/// before any child or invoke. Second step, when the inputs resolve: the same parse with their
/// content.
/// </summary>
internal static class CacheSettingsResolver
{
    public static ValidatedInputs Resolve(string componentName, CacheArgs args)
    {
        var project = Deployment.Instance.ProjectName;
        var stack = Deployment.Instance.StackName;
        var names = ResourceNaming.ForName(componentName);
        var plain = CacheInputs.PlainText(args);
        var inputs = CacheInputs.InputText(args);
        var inputResources = CacheInputs.Dependencies(inputs);

        var now = new Dictionary<string, string>(plain, StringComparer.Ordinal);
        var allKnown = true;
        foreach (var (key, text) in inputs)
        {
            if (!TryReadNow(text, out var value))
            {
                now[key] = DeferredValue.Marker;
                allKnown = false;
            }
            else if (value is not null)
            {
                now[key] = value;
            }
        }

        // With every input known nothing is deferred: a value that happens to spell the marker is checked like any other.
        var deferrable = allKnown ? DeferredValue.None : DeferredValue.ComponentInputKeys;
        var early = Parse(componentName, () => StackSettingsParser.Parse(project, stack, names, now, deferrable),
            SmokeProgram.Problem(args.VerifyOnUp, Directory.GetCurrentDirectory()));
        if (allKnown)
        {
            return new ValidatedInputs(early, early, Output.Create(early), inputResources);
        }

        var resolved = Output.All(inputs.Select(input => input.Value.Apply(value => (input.Key, value)))).Apply(values =>
        {
            var config = new Dictionary<string, string>(plain, StringComparer.Ordinal);
            foreach (var (key, value) in values.Where(entry => entry.value is not null))
            {
                config[key] = value!;
            }

            return Parse(componentName, () => StackSettingsParser.Parse(project, stack, names, config, DeferredValue.None), null);
        });
        return new ValidatedInputs(early, null, Output.Unsecret(resolved), inputResources);
    }

    // Not a wait: an input built from plain values (config, literals) is already complete, so its
    // value is read now; anything still pending or unknown (another resource's output, a preview)
    // is deferred and checked when it resolves.
    private static bool TryReadNow(Output<string?> output, out string? value)
    {
        var known = OutputUtilities.GetIsKnownAsync(output);
        var data = OutputUtilities.GetValueAsync(output);
        if (known.IsCompletedSuccessfully && data.IsCompletedSuccessfully && known.Result)
        {
            value = data.Result;
            return true;
        }

        value = null;
        return false;
    }

    private static StackSettings Parse(string componentName, Func<StackSettings> parse, SettingProblem? extra)
    {
        var problems = new List<SettingProblem>();
        StackSettings? settings = null;
        try
        {
            settings = parse();
        }
        catch (SettingsValidationException e)
        {
            problems.AddRange(e.Problems);
        }

        if (extra is not null)
        {
            problems.Add(extra);
        }

        if (problems.Count > 0 || settings is null)
        {
            // Shown without a stack trace; each problem names the input, what was given (never a
            // secret) and what is allowed.
            throw new RunException($"Cache '{componentName}': {new SettingsValidationException(problems).Message}");
        }

        return settings;
    }
}
